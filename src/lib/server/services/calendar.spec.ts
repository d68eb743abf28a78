import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db';
import { assessments, auditLog } from '../db/schema';
import { createTestDatabase } from '../testing/db';
import { lifecycleFixture, newAssessment } from '../testing/lifecycle-fixture';
import { calendarFeed, hasCalendarToken, revokeCalendarToken, rotateCalendarToken } from './calendar';
import { addCertification, createSupplier } from './suppliers';

const unfold = (text: string) => text.replace(/\r\n[ \t]/g, '').split('\r\n').filter(Boolean);

describe('review calendar feed', () => {
	let database: Database;
	let fx: Awaited<ReturnType<typeof lifecycleFixture>>;
	const actor = { userId: null, label: 'test' };

	beforeAll(async () => {
		database = await createTestDatabase();
		fx = await lifecycleFixture(database.db);
		await database.db.update(assessments).set({ decidedOn: '2026-03-10', reviewDueOn: '2029-03-10' }).where(eq(assessments.id, fx.assessment.id));
		// a DPIA without a decision has no dates and is not in the feed
		await newAssessment(database.db, fx.organisation.id, fx.people.editor.id, 'Parro');
	});
	afterAll(async () => {
		await database.close();
	});

	it('serves review and annual-check events for a valid secret only', async () => {
		expect(await hasCalendarToken(database.db, fx.organisation.id)).toBe(false);
		const secret = await rotateCalendarToken(database.db, fx.organisation.id, actor);
		expect(secret).toMatch(/^[a-z2-9]{32}$/);
		const feed = await calendarFeed(database.db, secret, { origin: 'https://dpia.example', now: new Date('2026-04-01T00:00:00Z') });
		const lines = unfold(feed!);
		expect(lines.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(3);
		expect(lines.filter((l) => l.startsWith('DTSTART;VALUE=DATE:'))).toEqual([
			'DTSTART;VALUE=DATE:20270310',
			'DTSTART;VALUE=DATE:20280310',
			'DTSTART;VALUE=DATE:20290310'
		]);
		expect(lines).toContain('SUMMARY:Herbeoordeling DPIA: Snappet');
		expect(lines).toContain(`URL:https://dpia.example/o/stichting-noord/assessments/${fx.assessment.id}`);
		expect(lines.some((l) => l.includes('Parro'))).toBe(false);
	});

	it('kills the old URL on rotation and on revocation, and audits both', async () => {
		const first = await rotateCalendarToken(database.db, fx.organisation.id, actor);
		const second = await rotateCalendarToken(database.db, fx.organisation.id, actor);
		expect(await calendarFeed(database.db, first, { origin: 'x' })).toBeNull();
		expect(await calendarFeed(database.db, second, { origin: 'x' })).not.toBeNull();
		await revokeCalendarToken(database.db, fx.organisation.id, actor);
		expect(await calendarFeed(database.db, second, { origin: 'x' })).toBeNull();
		expect(await calendarFeed(database.db, 'not-a-token', { origin: 'x' })).toBeNull();
		const entries = await database.db.select().from(auditLog).where(eq(auditLog.entity, 'calendar_token'));
		expect(entries.map((e) => e.action)).toEqual(['create', 'rotate', 'rotate', 'revoke']);
	});
	// after the rotation test, whose audit count it would change
	it('holds the end dates of the board\u2019s agreements and certifications, linking to the supplier', async () => {
		const scope = { organisationId: fx.organisation.id, actor };
		const supplier = await createSupplier(database.db, scope, {
			name: 'Leerwolk BV', kvkNumber: '', privacyContact: '', convenantParty: false, convenantSince: null, agreementModel: 'convenant_4',
			agreementSignedOn: '2025-01-06', agreementValidUntil: '2027-01-05', privacyAnnex: true, storageCountry: 'NL'
		});
		await addCertification(database.db, scope, supplier.id, { kind: 'iso27001', note: '', validUntil: '2026-12-31' });
		await addCertification(database.db, scope, supplier.id, { kind: 'soc2', note: 'geen einddatum', validUntil: '' });
		const secret = await rotateCalendarToken(database.db, fx.organisation.id, actor);
		const lines = unfold((await calendarFeed(database.db, secret, { origin: 'https://dpia.example' }))!);
		expect(lines).toContain('SUMMARY:Verwerkersovereenkomst loopt af: Leerwolk BV');
		expect(lines).toContain('SUMMARY:ISO/IEC 27001 loopt af: Leerwolk BV');
		expect(lines).toContain('DTSTART;VALUE=DATE:20270105');
		expect(lines).toContain(`URL:https://dpia.example/o/stichting-noord/suppliers/${supplier.id}`);
		expect(lines.filter((l) => l.startsWith('SUMMARY:SOC 2'))).toEqual([]);
	});
});
