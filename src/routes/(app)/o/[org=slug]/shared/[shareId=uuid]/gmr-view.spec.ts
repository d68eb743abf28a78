import { render } from 'svelte/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getLocale, overwriteGetLocale } from '$lib/paraglide/runtime';
import type { Database } from '$lib/server/db';
import { gmrTexts } from '$lib/server/pdf/texts';
import { renderReportHere, reportPartsHere } from '$lib/server/pdf/render-report';
import { reportSnapshotFor, type GmrContent } from '$lib/server/pdf';
import { pdfText } from '$lib/server/pdf/testing/pdf-text';
import { reportFixture } from '$lib/server/pdf/testing/report-fixture';
import * as workflowRepo from '$lib/server/repo/workflow';
import { listShared } from '$lib/server/services/gmr';
import { createTestDatabase } from '$lib/server/testing/db';
import Page from './+page.svelte';
import { load } from './+page.server';

type Fixture = Awaited<ReturnType<typeof reportFixture>>;
type Data = { content: GmrContent };

const squeeze = (s: string) => s.replace(/\s+/g, ' ').trim();
const decode = (html: string) => html.replace(/<[^>]+>/g, '').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'");

/** The h2 headings of a pdfmake content tree: the report's sections as the PDF lays them out. */
function pdfHeadings(node: unknown): string[] {
	if (Array.isArray(node)) return node.flatMap(pdfHeadings);
	if (!node || typeof node !== 'object') return [];
	const block = node as { style?: unknown; text?: unknown; stack?: unknown };
	const own = block.style === 'h2' && typeof block.text === 'string' ? [block.text] : [];
	return [...own, ...pdfHeadings(block.stack)];
}

/** Every text the model gives a section, to find on the page. */
function modelTexts(content: GmrContent): string[] {
	return content.sections.flatMap((s) =>
		s.blocks.flatMap((b) => {
			if (b.kind === 'bullets' || b.kind === 'steps') return b.items;
			if (b.kind === 'table') return [b.caption, ...b.columns, ...b.rows.flat().map((c) => (typeof c === 'string' ? c : 'text' in c ? c.text : c.label))];
			return [b.text];
		})
	);
}

describe('the (G)MR web view shows everything the (G)MR report shows', () => {
	let database: Database;
	let fx: Fixture;
	let shareId: string;
	const originalLocale = getLocale;

	beforeAll(async () => {
		database = await createTestDatabase();
		fx = await reportFixture(database.db, { risks: 7, measures: 8 });
		shareId = (await listShared(database.db, fx.organisation.id))[0]!.id;
	}, 120_000);
	afterAll(async () => {
		overwriteGetLocale(originalLocale);
		await database.close();
	});

	async function page(lang: 'nl' | 'en') {
		overwriteGetLocale(() => lang);
		const user = { id: fx.people.gmr.id, name: fx.people.gmr.name, email: fx.people.gmr.email, mustChangePassword: false };
		const url = new URL(`http://localhost/o/${fx.organisation.slug}/shared/${shareId}`);
		const data = (await load({ locals: { db: database.db, user }, params: { org: fx.organisation.slug, shareId }, url, request: new Request(url) } as never)) as Data;
		const { body } = render(Page, { props: { data, form: null } as never });
		return { data, body };
	}

	for (const lang of ['nl', 'en'] as const) {
		it(`has every section heading of the PDF as a heading on the page, and every text of the model, in ${lang}`, async () => {
			const { data, body } = await page(lang);
			const { version } = (await workflowRepo.currentOf(database.db, fx.organisation.id, fx.assessment.id))!;
			const snapshot = await reportSnapshotFor(database.db, version);
			const printed = pdfHeadings(reportPartsHere('gmr', snapshot, lang).content);
			const g = gmrTexts(lang);
			// the PDF's sections: the twelve of spec §7 and the check of the version, all from the one model
			expect(printed).toEqual([...g.sections, g.verification.heading]);
			expect(printed).toEqual([...data.content.sections.map((s) => s.heading), data.content.verification.heading]);
			const headings = [...body.matchAll(/<h2[^>]*>([\s\S]*?)<\/h2>/g)].map((match) => squeeze(decode(match[1]!)));
			for (const heading of [...printed, data.content.glossary.title]) expect(headings, heading).toContain(squeeze(heading));
			const text = squeeze(decode(body));
			for (const piece of [...modelTexts(data.content), ...data.content.glossary.entries.flatMap((e) => [e.term, e.meaning]), data.content.intro]) {
				expect(text, piece).toContain(squeeze(piece));
			}
			// the web view's tables are named, and the page keeps to one h1 with h2 sections and h3 parts
			expect(body.match(/<caption/g)?.length).toBe(data.content.sections.flatMap((s) => s.blocks).filter((b) => b.kind === 'table').length);
			expect(body.match(/<h1/g)).toHaveLength(1);
			expect(body).not.toMatch(/<h[4-6]/);
		}, 60_000);
	}

	it('says on the page what the PDF says: glossary, pre-scan, data, legal basis, rights, the council’s questions, residual risk and the AP', async () => {
		const { data, body } = await page('nl');
		const { version } = (await workflowRepo.currentOf(database.db, fx.organisation.id, fx.assessment.id))!;
		const pdf = squeeze(await pdfText(await renderReportHere('gmr', await reportSnapshotFor(database.db, version), 'nl')));
		const text = squeeze(decode(body));
		const g = gmrTexts('nl');
		for (const piece of [
			g.glossaryTitle,
			g.why.outcomes.mandatory,
			g.what.people,
			g.data.sensitiveNote,
			g.access.parties,
			g.basis.parentsConsent,
			g.rights.complaint,
			g.ask.intro,
			g.ask.items[0]!,
			'Het bestuur aanvaardt het restrisico van etikettering',
			g.decision.apNotNeeded
		]) {
			expect(pdf, piece).toContain(squeeze(piece));
			expect(text, piece).toContain(squeeze(piece));
		}
		expect(data.content.sections).toHaveLength(12);
	}, 60_000);
});
