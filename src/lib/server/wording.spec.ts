import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ACTIONS } from '$lib/domain/workflow/actions';
import { m } from '$lib/paraglide/messages';
import { reportTexts } from './pdf/texts';

const LOCALES = ['nl', 'en'] as const;

/** Every message file of a language as raw JSON text (to look for hand-made plurals). */
function messageFiles(locale: string): string {
	const dir = `messages/${locale}`;
	return [readFileSync(`messages/${locale}.json`, 'utf8'), ...readdirSync(dir).map((f) => readFileSync(`${dir}/${f}`, 'utf8'))].join('\n');
}

describe('one wording for one thing (issue 19)', () => {
	it('calls the decision page by its own name where the questionnaire points at it', () => {
		for (const locale of LOCALES) {
			const page = m.wf_page_title({}, { locale });
			expect(m.qn_kept_workflow({}, { locale })).toContain(page);
			expect(m.qn_kept_link_workflow({}, { locale }).toLowerCase()).toContain(page.toLowerCase());
		}
	});

	it('tells the history of a DPIA in the past tense, in the same words as the report', () => {
		const pdf = { nl: reportTexts('nl'), en: reportTexts('en') };
		const done: Record<string, (inputs: object, options: { locale: 'nl' | 'en' }) => string> = {
			submit: m.wf_done_submit,
			request_changes: m.wf_done_request_changes,
			advise: m.wf_done_advise,
			decide: m.wf_done_decide,
			log_consultation: m.wf_done_log_consultation,
			share_gmr: m.wf_done_share_gmr,
			sign_off: m.wf_done_sign_off,
			new_version: m.wf_done_new_version,
			archive: m.wf_done_archive
		};
		expect(Object.keys(done).sort()).toEqual([...ACTIONS].sort());
		for (const locale of LOCALES) {
			for (const action of ACTIONS) expect(done[action]!({}, { locale }), `${locale} ${action}`).toBe(pdf[locale].history.actions[action]);
		}
		expect(m.wf_done_advise({}, { locale: 'nl' })).toBe('Advies FG vastgelegd');
	});

	it('counts in proper singular and plural, never "maatregel(en)"', () => {
		expect(m.risk_measures_count({ count: 1 }, { locale: 'nl' })).toBe('1 maatregel');
		expect(m.risk_measures_count({ count: 2 }, { locale: 'nl' })).toBe('2 maatregelen');
		expect(m.risk_measures_count({ count: 0 }, { locale: 'nl' })).toBe('0 maatregelen');
		expect(m.risk_measures_count({ count: 1 }, { locale: 'en' })).toBe('1 measure');
		expect(m.risk_measures_count({ count: 3 }, { locale: 'en' })).toBe('3 measures');
		expect(m.risk_catalogue_added({ id: 'R03', count: 1 }, { locale: 'nl' })).toBe('Risico R03 is toegevoegd, met 1 voorgestelde maatregel.');
		for (const locale of LOCALES) expect(messageFiles(locale)).not.toMatch(/\w\((en|s|n|'s)\)/);
	});
});
