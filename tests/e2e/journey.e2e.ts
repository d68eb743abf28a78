import { expect, test, type Browser, type Page } from '@playwright/test';
import { addYears, format } from 'date-fns';
import { nl } from 'date-fns/locale';
import { expectNoAxeViolations, login, NOORD, SEEDED_URL } from './helpers';
import { MeasuresPage, RisksPage, SharedPage, WorkflowPage } from './pages/lifecycle';
import { PrescanFlow } from './pages/prescan';
import { QuestionnairePage } from './pages/questionnaire';
import { SNAPPET } from './pages/snappet';

/** Today's date where the board is: the app dates a review from the Dutch calendar day, which from 23:00 or 22:00 UTC is already tomorrow. */
function amsterdamToday(): Date {
	const [year, month, day] = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date()).split('-').map(Number);
	return new Date(year!, month! - 1, day!);
}

/**
 * Issue 4's "done when", as the people of a school board live it: the ICT coordinator registers Snappet,
 * runs the pre-scan and fills the DPIA, adds risks R03 and R01 with measures; the FG comments, asks for a
 * change and then advises; the board decides; the (G)MR reads the shared version and responds; the DPIA is
 * in force with its review three years on, and the audit trail tells the whole story. The refusals along
 * the way are tried as a person would try them: through the page, the URL and a forged form post.
 */
async function person(browser: Browser, email: string): Promise<Page> {
	const page = await (await browser.newContext()).newPage();
	await login(page, email);
	return page;
}

/** A form action posted the way an enhanced form posts it, but by someone the page offers no form. */
async function forgedAction(page: Page, url: string, fields: Record<string, string>) {
	const response = await page.request.post(url, { form: fields, headers: { origin: SEEDED_URL, 'x-sveltekit-action': 'true' } });
	return { status: response.status(), body: await response.text() };
}

/** Every entry of a DPIA's audit trail, across its pages, oldest first. */
async function auditStory(page: Page, dpia: string): Promise<string[]> {
	await page.goto(`${dpia}/audit`);
	const pager = (await page.getByRole('status').filter({ hasText: /^Pagina 1 van/ }).textContent()) ?? '';
	const pages = Number(/van (\d+)/.exec(pager)?.[1] ?? 1);
	const entries: string[] = [];
	for (let n = 1; n <= pages; n++) {
		if (n > 1) await page.goto(`${dpia}/audit?page=${n}`);
		entries.push(...(await page.getByTestId('audit-entry').allInnerTexts()));
	}
	return entries.reverse();
}

const NAME = `Snappet ${Date.now().toString(36)}`;

test('Snappet from the register to a DPIA in force, with the refusals on the way', async ({ browser }) => {
	test.setTimeout(420_000);
	const eva = await person(browser, 'editor@noord.test');

	// The ICT coordinator registers the tool and runs the pre-scan: a DPIA is mandatory, with reasons.
	const flow = new PrescanFlow(eva, NOORD);
	await flow.register(NAME, 'Snappet BV', 'Adaptieve rekenmethode voor groep 3 tot en met 8.');
	await flow.answer({ subjects: ['Leerlingen jonger dan 16'], yes: [/Beoordeelt of voorspelt het systeem/, /Gaat het om veel mensen/], minors: true });
	await expect(eva.locator('[data-outcome]')).toHaveAttribute('data-outcome', 'mandatory');
	await expect(eva.getByText('AP-15 · Profilering')).toBeVisible();
	await eva.getByRole('button', { name: 'Start de DPIA' }).click();
	await expect(eva.getByRole('heading', { level: 1, name: `DPIA: ${NAME}` })).toBeVisible();
	const dpia = new URL(eva.url()).pathname;
	const questionnaire = new QuestionnairePage(eva, dpia);

	// Not complete yet: submitting is refused with the list of what is missing.
	const evaFlow = new WorkflowPage(eva, dpia);
	await evaFlow.open();
	await expect(eva.getByText('Nog niet alle verplichte vragen zijn beantwoord.')).toBeVisible();
	await expect(eva.getByRole('link', { name: '1.1 Wat wordt ingevoerd of gewijzigd?' })).toBeVisible();
	await expectNoAxeViolations(eva);

	// Every required question, through the pages; the navigator then shows each section complete.
	for (const section of SNAPPET) await questionnaire.fill(section);
	await questionnaire.overview();
	await expect(questionnaire.navigator().getByRole('link', { name: /verplicht open/ })).toHaveCount(0);
	await expect(eva.getByTestId('missing-questions')).toHaveCount(0);
	await expectNoAxeViolations(eva);

	// Risks from the catalogue bring their usual measures; scores give inherent and residual levels.
	const risks = new RisksPage(eva, dpia);
	await risks.open();
	await risks.addFromCatalogue('R03');
	await risks.addFromCatalogue('R01');
	await risks.score(/Profilering leidt tot etikettering van leerlingen/, { severity: 3, likelihood: 3, residual: [2, 2] });
	await risks.score(/Hergebruik leerlinggegevens door leverancier/, { severity: 3, likelihood: 2, residual: [2, 1] });
	await risks.open();
	await expect(eva.getByText('Inherent: Hoog')).toBeVisible();
	await expect(eva.getByText(/Rest: (Laag|Gemiddeld)/)).toHaveCount(2);
	// the heat maps say their counts and levels in text too (cells are likelihood 1-4 of a severity row)
	const inherent = eva.getByRole('table', { name: /^Inherent risico:/ }).getByRole('row', { name: /^Ernst 3/ }).getByRole('cell');
	await expect(inherent).toHaveText([/^0 /, /^1 /, '1 (Hoog)', /^0 /]);
	const residual = eva.getByRole('table', { name: /^Restrisico:/ }).getByRole('row', { name: /^Ernst 2/ }).getByRole('cell');
	await expect(residual).toHaveText([/^1 /, /^1 /, /^0 /, /^0 /]);
	await expectNoAxeViolations(eva);
	const measures = new MeasuresPage(eva, dpia);
	await measures.add({ title: 'Ouders per brief uitleggen hoe Snappet het niveau bepaalt', owner: 'Directeur', dueOn: '2027-02-01', risks: [/Profilering leidt tot etikettering/, /Hergebruik leerlinggegevens/] });
	await eva.goto(`${dpia}/measures`);
	await expect(eva.getByText('Ouders per brief uitleggen hoe Snappet het niveau bepaalt')).toBeVisible();
	await expectNoAxeViolations(eva);

	await evaFlow.open();
	await evaFlow.submit();
	await expect(evaFlow.state()).toHaveText('Ter beoordeling bij de FG');

	// The board cannot decide before the FG has advised: the page says why, and a forged post is refused.
	const bram = await person(browser, 'bestuur@noord.test');
	const bramFlow = new WorkflowPage(bram, dpia);
	await bramFlow.open();
	await expect(bram.getByText(/Het bestuur kan pas besluiten nadat de FG schriftelijk advies heeft gegeven/)).toBeVisible();
	await expect(bram.getByRole('button', { name: 'Besluit vastleggen' })).toHaveCount(0);
	const early = await forgedAction(bram, `${SEEDED_URL}${dpia}/workflow?/decide`, {
		state: 'fg_review', decision: 'proceed', motivation: 'Te vroeg', residualRiskAcceptance: 'Aanvaard', decidedOn: '2026-12-01'
	});
	expect(early.body).toContain('Het bestuur kan pas besluiten');
	await expectNoAxeViolations(bram);

	// The FG comments on a question and sends the DPIA back with a request.
	const frank = await person(browser, 'fg@noord.test');
	const frankQ = questionnaire.on(frank);
	await frankQ.section('0', 'Intake');
	const thread = frank.locator('[id="q-0.2"] details');
	await thread.getByText(/Opmerkingen bij 0\.2/).click();
	await thread.getByLabel('Nieuwe opmerking').fill('Noem ook dat de leerkracht het dashboard ziet, en welke groepen meedoen.');
	await thread.getByRole('button', { name: 'Opmerking plaatsen' }).click();
	await expect(frank.getByText('Uw opmerking is geplaatst.')).toBeVisible();
	const frankFlow = new WorkflowPage(frank, dpia);
	await frankFlow.open();
	await frankFlow.requestChanges('Vul in §0.2 aan wie het dashboard ziet; zie mijn opmerking.');
	await expect(frankFlow.state()).toHaveText('Concept');

	// The coordinator answers the comment, resolves it and submits again.
	await questionnaire.section('0', 'Intake');
	await expect(eva.locator('[id="q-0.2"] summary')).toHaveText(/Opmerkingen bij 0\.2 \(1\)/);
	await eva.getByLabel(/^0\.2 /).fill('Leerlingen van groep 3 tot en met 8 oefenen rekenen op een tablet; alleen hun eigen leerkracht en de intern begeleider zien het dashboard.');
	await questionnaire.save();
	await questionnaire.expectSaved();
	await eva.locator('[id="q-0.2"] details').getByText(/Opmerkingen bij 0\.2/).click();
	await eva.locator('[id="q-0.2"] details').getByRole('button', { name: 'Markeer als afgehandeld' }).click();
	await expect(eva.locator('[id="q-0.2"] summary')).toHaveText(/afgehandeld/);
	await evaFlow.open();
	await evaFlow.submit();

	await frankFlow.open();
	await frankFlow.advise('Positief, onder voorwaarden', 'Positief, mits ouders vóór de start een brief krijgen over de profilering.');
	await expect(frankFlow.state()).toHaveText('Advies FG vastgelegd');
	await expectNoAxeViolations(frank);

	// The board follows the advice with conditions, and shares the DPIA with the (G)MR.
	await bramFlow.open();
	await bramFlow.decide({
		kind: 'Doorgaan onder voorwaarden',
		motivation: 'Het bestuur volgt het advies van de FG: eerst de brief aan ouders, dan de start.',
		acceptance: 'Het bestuur aanvaardt het resterende risico op etikettering als laag, met de genoemde maatregelen.'
	});
	await expect(bramFlow.state()).toHaveText('Besluit bestuur genomen');
	await bramFlow.share();
	await expect(bramFlow.state()).toHaveText('Gedeeld met de (G)MR');

	// The (G)MR reads the shared version in plain language, responds, and cannot edit anything.
	const gerda = await person(browser, 'gmr@noord.test');
	const shared = new SharedPage(gerda, `/o/${NOORD}`);
	await shared.openShare(new RegExp(NAME));
	await expect(gerda.getByText('Profilering leidt tot etikettering van leerlingen').first()).toBeVisible();
	// the page renders the (G)MR report's own content: word list, the twelve sections, named tables
	await expect(gerda.getByRole('heading', { level: 2, name: 'Woorden die we in dit rapport gebruiken' })).toBeVisible();
	await expect(gerda.getByRole('heading', { level: 2, name: '1. Waarom deze DPIA?' })).toBeVisible();
	await expect(gerda.getByRole('heading', { level: 2, name: '12. Wat vragen we van de (G)MR?' })).toBeVisible();
	await expect(gerda.getByRole('table', { name: '7. De belangrijkste risico’s, vóór en na de maatregelen' })).toBeVisible();
	await expectNoAxeViolations(gerda);
	await shared.respond('Zienswijze', 'De GMR steunt de invoering en vraagt de brief aan ouders ook te vertalen.');
	for (const path of ['questionnaire/0', 'risks', 'measures/new', 'workflow', 'audit']) {
		expect((await gerda.goto(`${SEEDED_URL}${dpia}/${path}`))?.status(), path).toBe(403);
	}
	const edit = await forgedAction(gerda, `${SEEDED_URL}${dpia}/questionnaire/18?/save`, { '18.1': 'Door de GMR veranderd' });
	expect(edit.status).toBe(403);
	expect(edit.body).toContain('"type":"error"');

	// Sign-off: in force, frozen, the review three years after the decision.
	await bramFlow.open();
	await bramFlow.signOff();
	await expect(bramFlow.state()).toHaveText('Vastgesteld (in werking)');
	// the decision was dated today (the form's default), so the review falls three years from today
	await expect(bram.getByTestId('review-due')).toHaveText(`Herbeoordeling uiterlijk ${format(addYears(amsterdamToday(), 3), 'd MMMM yyyy', { locale: nl })}`);
	await expectNoAxeViolations(bram);
	await questionnaire.section('18', 'Managementsamenvatting');
	await expect(eva.getByRole('button', { name: 'Opslaan', exact: true })).toHaveCount(0);

	// The register shows it in force, with its review date.
	await eva.goto(`/o/${NOORD}/processings?q=${encodeURIComponent(NAME)}`);
	const row = eva.getByTestId('register-row');
	await expect(row).toHaveCount(1);
	await expect(row).toContainText('Vastgesteld');

	// The audit trail tells the story, from the register to the sign-off, in that order and by those people.
	const story = await auditStory(frank, dpia);
	const steps: [string, RegExp][] = [
		['Eva Jansen', new RegExp(`Heeft de verwerking “${NAME}” in het register gezet`)],
		['Eva Jansen', /Heeft de pre-scan gedaan: Een DPIA is verplicht/],
		['Eva Jansen', /Is de DPIA begonnen/],
		['Eva Jansen', /Heeft het antwoord op vraag 1\.1 Wat wordt ingevoerd of gewijzigd\? gewijzigd/],
		// a reference reads as what it points at, not as an id
		['Eva Jansen', /vraag 2\.2 .*gewijzigd\.\s+Antwoord: van “\(leeg\)” naar “Leerlingen jonger dan 16”/],
		['Eva Jansen', /vraag 3\.3 .*gewijzigd\.\s+Antwoord: van “\(leeg\)” naar “Leerlingnummer, Studievoortgang/],
		['Eva Jansen', /Heeft het risico “Profilering leidt tot etikettering van leerlingen” toegevoegd/],
		['Eva Jansen', /Heeft de maatregel “Ouders per brief uitleggen hoe Snappet het niveau bepaalt” toegevoegd/],
		['Eva Jansen', /van “Concept” naar “Ter beoordeling bij de FG”/],
		['Frank Gerritsen', /Heeft een opmerking geplaatst bij vraag 0\.2/],
		['Frank Gerritsen', /van “Ter beoordeling bij de FG” naar “Concept”/],
		['Eva Jansen', /Heeft het antwoord op vraag 0\.2 .*gewijzigd/],
		['Eva Jansen', /Heeft de opmerkingen bij vraag 0\.2 .*afgehandeld/],
		['Frank Gerritsen', /naar “Advies FG vastgelegd”/],
		['Bram Bakker', /naar “Besluit bestuur genomen”/],
		['Bram Bakker', /naar “Gedeeld met de \(G\)MR”/],
		['Gerda Mulder', /Heeft de reactie van de \(G\)MR vastgelegd/],
		['Bram Bakker', /Heeft versie 1 vastgesteld; die versie is nu bevroren/]
	];
	let at = -1;
	for (const [who, what] of steps) {
		const found = story.findIndex((entry, i) => i > at && entry.includes(who) && what.test(entry));
		expect(found, `${who}: ${what.source}, after entry ${at} of the trail:\n${story.join('\n')}`).toBeGreaterThan(at);
		at = found;
	}
	await expectNoAxeViolations(frank);

	// Another board's administrator who guesses the address finds nothing, not even that it exists.
	const zoe = await person(browser, 'admin@zuid.test');
	for (const path of ['', '/questionnaire/0', '/risks', '/workflow', '/audit', '/export.pdf']) {
		expect((await zoe.goto(`${SEEDED_URL}${dpia}${path}`))?.status(), path || 'overview').toBe(404);
	}
	const assessmentId = dpia.split('/').pop()!;
	const api = await zoe.request.get(`${SEEDED_URL}/api/v1/assessments/${assessmentId}`, { headers: { 'x-organisation': 'stichting-zuid' } });
	expect(api.status()).toBe(404);
});
