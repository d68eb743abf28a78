/** Every report worker is busy and the queue is full: the person is asked to try again in a moment. */
export class ReportsBusy extends Error {
	readonly _tag = 'ReportsBusy';
	constructor(readonly retryAfterSeconds: number) {
		super('all report workers are busy and the queue is full');
	}
}

/** A report went over its budget (render time, file size or worker memory) and was stopped. */
export class ReportBudgetExceeded extends Error {
	readonly _tag = 'ReportBudgetExceeded';
	constructor(
		readonly budget: 'time' | 'size' | 'memory',
		readonly limit: number
	) {
		super(`report stopped: over its ${budget} budget (${limit})`);
	}
}
