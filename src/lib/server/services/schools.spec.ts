import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db';
import { auditLog } from '../db/schema';
import { organisationSchools } from '../repo/processings';
import { createTestDatabase } from '../testing/db';
import { lifecycleFixture } from '../testing/lifecycle-fixture';
import { createProcessing, readProcessing, UnknownSchool } from './register';
import { NotFound } from './scope';
import { addSchool, listSchools, SchoolError, setSchoolActive, updateSchool } from './schools';

describe('schools of a board', () => {
	let database: Database;
	let noord: Awaited<ReturnType<typeof lifecycleFixture>>;
	let zuid: Awaited<ReturnType<typeof lifecycleFixture>>;
	const scopeOf = (fx: typeof noord) => ({ organisationId: fx.organisation.id, actor: { userId: fx.people.admin.id, label: 'Anna' } });
	const trail = (entityId: string) => database.db.select().from(auditLog).where(and(eq(auditLog.entity, 'school'), eq(auditLog.entityId, entityId))).orderBy(auditLog.id);

	beforeAll(async () => {
		database = await createTestDatabase();
		noord = await lifecycleFixture(database.db, 'stichting-noord');
		zuid = await lifecycleFixture(database.db, 'stichting-zuid');
	});
	afterAll(async () => {
		await database.close();
	});

	it('adds a school that new processings can name, with an audit entry', async () => {
		const school = await addSchool(database.db, scopeOf(noord), { name: 'SBO De Brug', brin: '12AB00', sector: 'so' });
		expect((await organisationSchools(database.db, noord.organisation.id)).map((s) => s.name)).toContain('SBO De Brug');
		expect((await listSchools(database.db, scopeOf(noord))).find((s) => s.id === school.id)).toMatchObject({ brin: '12AB00', sector: 'so', active: true });
		const [entry] = await trail(school.id);
		expect(entry).toMatchObject({ action: 'create', actorLabel: 'Anna', organisationId: noord.organisation.id });
		expect(entry!.after).toMatchObject({ name: 'SBO De Brug', brin: '12AB00', sector: 'so' });
	});

	it('refuses a second school of the same name (case ignored) or BRIN number within the board, but not in another board', async () => {
		await addSchool(database.db, scopeOf(noord), { name: 'IKC Zonnebloem', brin: '34CD', sector: 'po' });
		await expect(addSchool(database.db, scopeOf(noord), { name: 'ikc zonnebloem', brin: null, sector: 'po' })).rejects.toEqual(new SchoolError('name_taken'));
		await expect(addSchool(database.db, scopeOf(noord), { name: 'IKC Regenboog', brin: '34CD', sector: 'po' })).rejects.toEqual(new SchoolError('brin_taken'));
		// another vestiging of the same BRIN is another school
		await expect(addSchool(database.db, scopeOf(noord), { name: 'IKC Zonnebloem dependance', brin: '34CD01', sector: 'po' })).resolves.toMatchObject({ brin: '34CD01' });
		await expect(addSchool(database.db, scopeOf(zuid), { name: 'IKC Zonnebloem', brin: '34CD', sector: 'po' })).resolves.toMatchObject({ organisationId: zuid.organisation.id });
	});

	it('renames a school and corrects its BRIN number; processings that name it follow', async () => {
		const school = await addSchool(database.db, scopeOf(noord), { name: 'OBS Het Anker', brin: null, sector: 'po' });
		const processing = await createProcessing(database.db, scopeOf(noord), { name: 'Leerlingvolgsysteem', vendor: '', description: '', schoolIds: [school.id] });
		await updateSchool(database.db, scopeOf(noord), school.id, { name: 'OBS De Ankerplaats', brin: '56EF', sector: 'po' });
		expect((await readProcessing(database.db, scopeOf(noord), processing.id)).schools.map((s) => s.name)).toEqual(['OBS De Ankerplaats']);
		const entries = await trail(school.id);
		expect(entries.at(-1)).toMatchObject({ action: 'update', before: { name: 'OBS Het Anker', brin: null }, after: { name: 'OBS De Ankerplaats', brin: '56EF' } });
		// keeping its own name and BRIN is no conflict with itself; taking another school's is
		await expect(updateSchool(database.db, scopeOf(noord), school.id, { name: 'OBS De Ankerplaats', brin: '56EF', sector: 'vo' })).resolves.toMatchObject({ sector: 'vo' });
		await expect(updateSchool(database.db, scopeOf(noord), school.id, { name: 'OBS De Linde', brin: '56EF', sector: 'po' })).rejects.toEqual(new SchoolError('name_taken'));
		await expect(updateSchool(database.db, scopeOf(noord), school.id, { name: 'OBS De Ankerplaats', brin: '34CD', sector: 'po' })).rejects.toEqual(new SchoolError('brin_taken'));
	});

	it('archives a school: no longer offered for new processings, still shown where named, and can be brought back', async () => {
		const school = await addSchool(database.db, scopeOf(noord), { name: 'VSO De Horizon', brin: null, sector: 'vso' });
		const processing = await createProcessing(database.db, scopeOf(noord), { name: 'Roosterprogramma', vendor: '', description: '', schoolIds: [school.id] });
		await setSchoolActive(database.db, scopeOf(noord), school.id, false);
		expect((await organisationSchools(database.db, noord.organisation.id)).map((s) => s.id)).not.toContain(school.id);
		await expect(createProcessing(database.db, scopeOf(noord), { name: 'Nieuw', vendor: '', description: '', schoolIds: [school.id] })).rejects.toBeInstanceOf(UnknownSchool);
		expect((await readProcessing(database.db, scopeOf(noord), processing.id)).schools).toEqual([{ id: school.id, name: 'VSO De Horizon', active: false }]);
		await setSchoolActive(database.db, scopeOf(noord), school.id, true);
		expect((await organisationSchools(database.db, noord.organisation.id)).map((s) => s.id)).toContain(school.id);
		expect((await trail(school.id)).map((e) => e.action)).toEqual(['create', 'archive', 'reactivate']);
	});

	it('refuses to change, archive or list another board\u2019s school', async () => {
		const theirs = await addSchool(database.db, scopeOf(zuid), { name: 'CBS De Wegwijzer', brin: '78GH', sector: 'po' });
		await expect(updateSchool(database.db, scopeOf(noord), theirs.id, { name: 'Overgenomen', brin: null, sector: 'po' })).rejects.toBeInstanceOf(NotFound);
		await expect(setSchoolActive(database.db, scopeOf(noord), theirs.id, false)).rejects.toBeInstanceOf(NotFound);
		expect((await listSchools(database.db, scopeOf(noord))).map((s) => s.id)).not.toContain(theirs.id);
		expect((await listSchools(database.db, scopeOf(zuid))).find((s) => s.id === theirs.id)).toMatchObject({ name: 'CBS De Wegwijzer', active: true });
	});
});
