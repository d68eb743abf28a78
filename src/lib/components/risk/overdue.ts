/** Overdue = a due date in the past and not done; `today` is yyyy-mm-dd in Dutch time. */
export function isOverdue(measure: { dueOn: string | null; status: string }, today: string): boolean {
	return measure.dueOn !== null && measure.status !== 'done' && measure.dueOn < today;
}
