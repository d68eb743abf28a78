import type { Locator } from '@playwright/test';

/**
 * One answer as a person gives it on a questionnaire page: type a text, tick or choose options, fill the
 * second part of a compound answer, pick one choice in every row, or give a period. Questions are found
 * through their visible labels ("1.1 Wat wordt ingevoerd of gewijzigd?"), never through field names.
 */
export type Answer =
	| { q: string; text: string }
	| { q: string; pick: string[] }
	| { q: string; detail: string; text: string }
	| { q: string; everyRow: string }
	| { q: string; period: { amount: string; unit: string; start: string } };

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The block of one question: on a plain page its id is q-<question>, inside a list item q-<item>-<question>. */
function block(scope: Locator, q: string, inItem: boolean): Locator {
	return scope.locator(inItem ? `div[id$="-${q}"]` : `div[id="q-${q}"]`);
}

export async function give(scope: Locator, answer: Answer, inItem = false): Promise<void> {
	const here = block(scope, answer.q, inItem);
	if ('detail' in answer) {
		await here.getByLabel(answer.detail, { exact: true }).fill(answer.text);
	} else if ('text' in answer) {
		await here.getByLabel(new RegExp(`^${escape(answer.q)} `)).fill(answer.text);
	} else if ('pick' in answer) {
		const select = here.locator('select');
		if (await select.count()) {
			await select.first().selectOption({ label: answer.pick[0]! });
		} else {
			for (const label of answer.pick) await here.getByLabel(label, { exact: true }).check();
		}
	} else if ('everyRow' in answer) {
		const rows = here.locator('fieldset fieldset');
		for (let i = 0; i < (await rows.count()); i++) await rows.nth(i).getByLabel(answer.everyRow, { exact: true }).check();
	} else {
		await here.getByLabel('Aantal', { exact: true }).fill(answer.period.amount);
		await here.getByLabel('Eenheid').selectOption(answer.period.unit);
		await here.getByLabel('Startmoment').fill(answer.period.start);
	}
}
