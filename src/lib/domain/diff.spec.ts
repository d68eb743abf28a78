import { describe, expect, it } from 'vitest';
import { diffVersions, isUnchanged, pairRecords, sameValue, type DiffMeasure, type DiffRisk, type VersionContent } from './diff';

function risk(id: string, title: string, extra: Partial<DiffRisk> = {}): DiffRisk {
	return {
		id,
		catalogueId: null,
		title,
		description: '',
		fearedEvent: 'illegitimate_access',
		severity: 2,
		likelihood: 2,
		levelOverride: null,
		residualSeverity: null,
		residualLikelihood: null,
		accepted: false,
		acceptanceReason: null,
		discrimination: false,
		...extra
	};
}

function measure(id: string, title: string, riskIds: string[], extra: Partial<DiffMeasure> = {}): DiffMeasure {
	return { id, title, type: 'organisational', owner: 'Directeur', dueOn: '2026-09-01', status: 'planned', riskIds, ...extra };
}

const empty: VersionContent = { answers: {}, risks: [], measures: [] };

describe('diffVersions', () => {
	it('finds nothing between a version and an identical copy', () => {
		const v: VersionContent = { answers: { '1': { '1.1': 'Rekenen', '1.2': ['a', 'b'] } }, risks: [risk('r1', 'Lek')], measures: [measure('m1', 'Logging', ['r1'])] };
		const copy: VersionContent = structuredClone({ ...v, risks: [risk('r9', 'Lek')], measures: [measure('m9', 'Logging', ['r9'])] });
		expect(isUnchanged(diffVersions(v, copy))).toBe(true);
	});

	it('lists changed, added and removed answers per section in catalogue order', () => {
		const before: VersionContent = { ...empty, answers: { '1': { '1.2': 'oud', '1.1': 'Rekenen' }, '0': { '0.1': 'Snappet' } } };
		const after: VersionContent = { ...empty, answers: { '0': { '0.1': 'Snappet' }, '1': { '1.1': 'Rekenen en taal', '1.3': 'nieuw' } } };
		const diff = diffVersions(before, after);
		expect(diff.sections).toEqual([
			{
				sectionId: '1',
				changes: [
					{ questionId: '1.1', kind: 'changed', before: 'Rekenen', after: 'Rekenen en taal' },
					{ questionId: '1.2', kind: 'removed', before: 'oud', after: undefined },
					{ questionId: '1.3', kind: 'added', before: undefined, after: 'nieuw' }
				]
			}
		]);
	});

	it('treats blank answers as equal and ignores key order inside compound answers', () => {
		expect(sameValue('', undefined)).toBe(true);
		expect(sameValue([], null)).toBe(true);
		expect(sameValue({ value: 'x', detail: 'y' }, { detail: 'y', value: 'x' })).toBe(true);
		expect(sameValue(false, undefined)).toBe(false);
		expect(sameValue(['a', 'b'], ['b', 'a'])).toBe(false);
	});

	it('compares the items of a repeatable section by their id', () => {
		const before: VersionContent = {
			...empty,
			answers: { '2': { items: [{ id: 'i1', answers: { '2.1': 'Naam' } }, { id: 'i2', answers: { '2.1': 'Adres' } }] } }
		};
		const after: VersionContent = {
			...empty,
			answers: { '2': { items: [{ id: 'i1', answers: { '2.1': 'Volledige naam' } }, { id: 'i3', answers: { '2.1': 'Klas' } }] } }
		};
		const changes = diffVersions(before, after).sections[0]!.changes;
		expect(changes.map((c) => [c.item?.kind, c.item?.number, c.kind, c.after ?? c.before])).toEqual([
			['changed', 1, 'changed', 'Volledige naam'],
			['added', 2, 'added', 'Klas'],
			['removed', 2, 'removed', 'Adres']
		]);
	});

	it('matches copied risks by catalogue id and title, and reports the fields that changed', () => {
		const before: VersionContent = { ...empty, risks: [risk('a1', 'Profilering', { catalogueId: 'R03' }), risk('a2', 'Eigen risico')] };
		const after: VersionContent = {
			...empty,
			risks: [risk('b1', 'Profilering', { catalogueId: 'R03', residualSeverity: 1, residualLikelihood: 2 }), risk('b3', 'Nieuw risico')]
		};
		const diff = diffVersions(before, after);
		expect(diff.risks.map((r) => [r.kind, (r.after ?? r.before)!.title])).toEqual([
			['added', 'Nieuw risico'],
			['changed', 'Profilering'],
			['removed', 'Eigen risico']
		]);
		expect(diff.risks.find((r) => r.kind === 'changed')!.fields).toEqual(['residualSeverity', 'residualLikelihood']);
		// named by their register number in the version they are in: the removed one by the older version's
		expect(diff.risks.map((r) => r.number)).toEqual(['R2', 'R1', 'R2']);
	});

	it('still pairs a catalogue risk whose title was edited', () => {
		const diff = diffVersions({ ...empty, risks: [risk('a', 'Hergebruik', { catalogueId: 'R01' })] }, { ...empty, risks: [risk('b', 'Hergebruik door leverancier', { catalogueId: 'R01' })] });
		expect(diff.risks).toHaveLength(1);
		expect(diff.risks[0]).toMatchObject({ kind: 'changed', fields: ['title'] });
	});

	it('compares measures with their links as risk titles, since ids differ per version', () => {
		const before: VersionContent = { ...empty, risks: [risk('a1', 'Lek'), risk('a2', 'Te lang bewaren')], measures: [measure('m1', 'Verwijderen', ['a1'])] };
		const after: VersionContent = {
			...empty,
			risks: [risk('b1', 'Lek'), risk('b2', 'Te lang bewaren')],
			measures: [measure('n1', 'Verwijderen', ['b2'], { status: 'done' })]
		};
		const [change] = diffVersions(before, after).measures;
		expect(change).toMatchObject({ kind: 'changed', fields: ['status', 'risks'] });
		expect(change!.before!.risks).toEqual(['R1 Lek']);
		expect(change!.after!.risks).toEqual(['R2 Te lang bewaren']);
	});
});

describe('pairRecords', () => {
	it('uses each key once and leaves unmatched records on either side', () => {
		const { pairs, removed, added } = pairRecords(
			[{ id: '1', k: 'x' }, { id: '2', k: 'y' }],
			[{ id: '3', k: 'y' }, { id: '4', k: 'z' }],
			[(r) => r.k]
		);
		expect(pairs.map(([a, b]) => `${a.id}-${b.id}`)).toEqual(['2-3']);
		expect(removed.map((r) => r.id)).toEqual(['1']);
		expect(added.map((r) => r.id)).toEqual(['4']);
	});
});
