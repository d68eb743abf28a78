import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import ICAL from 'ical.js';
import { login, ZUID } from './helpers';

/**
 * The review calendar as a subscriber sees it (issue 21): an admin imports a DPIA that is in force, finds
 * the calendar link in the admin menu, and a calendar client without a session fetches the tokenised URL.
 * ical.js reads the feed as calendar apps built on it do. The DPIA's name carries a lone CR and a control
 * character, so a name cannot end a content line early and write its own properties. Runs on "zuid": the
 * lifecycle spec rotates "noord"'s link, and a rotation there would void this one mid-test.
 */
const run = Date.now().toString(36);
const DECIDED_ON = '2026-03-10';
const REVIEW_DUE_ON = '2029-03-10';

/** The seed's DPIA, renamed and in force with a decision and review date; a new id so it imports as new. */
function inForceDpia(name: string): { name: string; mimeType: string; buffer: Buffer } {
	const doc = JSON.parse(readFileSync('tests/fixtures/mail-dpia.json', 'utf8'));
	doc.processing.name = name;
	doc.assessment = { ...doc.assessment, id: randomUUID(), status: 'in_force', decidedOn: DECIDED_ON, reviewDueOn: REVIEW_DUE_ON };
	return { name: 'rooster.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(doc)) };
}

test('a calendar client reads the DPIA\u2019s review from the secret feed, a hostile name included', async ({ page, request }) => {
	const name = `Roosterapp ${run}\rDTSTART;VALUE=DATE:20000101\u0007`;
	// what the feed makes of it: the lone CR becomes a line break inside the text, the BEL is left out
	const shown = `Roosterapp ${run}\nDTSTART;VALUE=DATE:20000101`;

	await login(page, 'admin@zuid.test');
	await page.goto(`/o/${ZUID}/import`);
	await page.getByLabel('Export uit DPIA Wijzer').check();
	await page.getByLabel('Bestand (JSON, hoogstens 8 MB)').setInputFiles(inForceDpia(name));
	await page.getByRole('button', { name: 'Importeren' }).click();
	const open = page.getByRole('link', { name: 'Open de DPIA' });
	await expect(open).toBeVisible();
	const assessmentId = (await open.getAttribute('href'))!.split('/').pop()!;
	expect(assessmentId).toMatch(/^[0-9a-f-]{36}$/);

	// where the app offers the link: Beheer → Agenda herbeoordelingen
	await page.getByRole('link', { name: 'Beheer' }).click();
	await page.getByRole('link', { name: 'Agenda herbeoordelingen' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Agenda herbeoordelingen' })).toBeVisible();
	await page.waitForLoadState('networkidle');
	await page.getByRole('button', { name: /Agendalink aanmaken|Nieuwe agendalink maken/ }).click();
	const url = await page.getByLabel(/Uw nieuwe agendalink/).inputValue();
	expect(url).toMatch(/\/calendar\/[a-z2-9]{32}$/);

	// `request` has no cookies: the secret in the URL is all a calendar app has
	const feed = await request.get(url);
	expect(feed.status()).toBe(200);
	expect(feed.headers()['content-type']).toBe('text/calendar; charset=utf-8');
	const text = await feed.text();
	// a raw CR only ever ends a line: every line the name could have broken is still one line
	expect(text.split('\r\n').every((line) => !line.includes('\r'))).toBe(true);

	const calendar = new ICAL.Component(ICAL.parse(text));
	const events = calendar.getAllSubcomponents('vevent').filter((e) => String(e.getFirstPropertyValue('uid')).includes(assessmentId));
	const read = events.map((e) => ({
		summary: e.getFirstPropertyValue('summary'),
		start: (e.getFirstPropertyValue('dtstart') as ICAL.Time).toString(),
		isDate: (e.getFirstPropertyValue('dtstart') as ICAL.Time).isDate,
		starts: e.getAllProperties('dtstart').length,
		summaries: e.getAllProperties('summary').length,
		url: e.getFirstPropertyValue('url')
	}));
	// two yearly checks after the decision and the review three years on, each with one start and one summary
	expect(read.map((e) => [e.start, e.summary])).toEqual([
		['2027-03-10', `Jaarlijkse controle DPIA: ${shown}`],
		['2028-03-10', `Jaarlijkse controle DPIA: ${shown}`],
		[REVIEW_DUE_ON, `Herbeoordeling DPIA: ${shown}`]
	]);
	for (const event of read) {
		expect(event).toMatchObject({ isDate: true, starts: 1, summaries: 1 });
		expect(String(event.url)).toMatch(new RegExp(`/o/${ZUID}/assessments/${assessmentId}$`));
	}
	// the review links back to the DPIA, which opens for the admin under the name it was imported with
	await page.goto(String(read[2]!.url));
	await expect(page.getByRole('heading', { level: 1 })).toContainText(`Roosterapp ${run}`);
});
