import { writeFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { createTestDatabase } from '../testing/db';
import { reportFixture } from './testing/report-fixture';
import { renderReport, reportSnapshotOf } from '.';
import * as workflowRepo from '../repo/workflow';

it('scratch', async () => {
	const database = await createTestDatabase();
	const fx = await reportFixture(database.db, { risks: 15, measures: 30, versions: 2 });
	const { version } = (await workflowRepo.currentOf(database.db, fx.organisation.id, fx.assessment.id))!;
	const s = await reportSnapshotOf(database.db, version.id);
	for (const kind of ['full', 'gmr'] as const) for (const lang of ['nl', 'en'] as const) {
		const t = Date.now();
		const pdf = await renderReport(kind, s, lang);
		console.log(kind, lang, Date.now() - t, 'ms', pdf.length);
		writeFileSync(`/tmp/proto/${kind}-${lang}.pdf`, pdf);
	}
	writeFileSync('/tmp/proto/snapshot.json', JSON.stringify(s, null, 1));
	expect(s.signedOff).not.toBeNull();
	await database.close();
}, 120000);
