import { describe, expect, it } from 'vitest';
import { firstSteps, mayTakeFirstSteps, type BoardSetup } from './first-steps';

const fresh: BoardSetup = { activeSchools: 0, activeSuppliers: 0, processings: 0, roles: ['admin'] };
const ready: BoardSetup = { activeSchools: 2, activeSuppliers: 1, processings: 1, roles: ['admin', 'editor', 'fg', 'bestuur'] };

const doneIds = (setup: BoardSetup) =>
	firstSteps(setup, 'admin')!
		.filter((s) => s.done)
		.map((s) => s.id);

describe('first steps of a new board', () => {
	it('lists every step open for a board made by /setup', () => {
		expect(firstSteps(fresh, 'admin')).toEqual([
			{ id: 'schools', done: false, yours: true },
			{ id: 'fg', done: false, yours: true },
			{ id: 'board', done: false, yours: true },
			{ id: 'suppliers', done: false, yours: true },
			{ id: 'processing', done: false, yours: true }
		]);
	});

	it('ticks each step by what the board holds', () => {
		expect(doneIds({ ...fresh, activeSchools: 1 })).toEqual(['schools']);
		expect(doneIds({ ...fresh, roles: ['admin', 'fg'] })).toEqual(['fg']);
		expect(doneIds({ ...fresh, roles: ['admin', 'bestuur'] })).toEqual(['board']);
		expect(doneIds({ ...fresh, activeSuppliers: 3 })).toEqual(['suppliers']);
		expect(doneIds({ ...fresh, processings: 1 })).toEqual(['processing']);
	});

	it('drops the list once everything is done', () => {
		expect(firstSteps(ready, 'admin')).toBeNull();
		expect(firstSteps({ ...ready, roles: ['admin', 'fg'] }, 'admin')).not.toBeNull();
	});

	it('gives each role only the steps it may take, and no list to whom none is left', () => {
		const editor = firstSteps(fresh, 'editor')!;
		expect(editor.filter((s) => s.yours).map((s) => s.id)).toEqual(['suppliers', 'processing']);
		expect(editor).toHaveLength(5);
		for (const role of ['fg', 'bestuur', 'gmr', 'viewer'] as const) {
			expect(firstSteps(fresh, role)).toBeNull();
			expect(mayTakeFirstSteps(role)).toBe(false);
		}
		expect(mayTakeFirstSteps('admin') && mayTakeFirstSteps('editor')).toBe(true);
		// the editor's own steps done, the admin's still open: nothing left for the editor to do here
		expect(firstSteps({ ...fresh, activeSuppliers: 1, processings: 1 }, 'editor')).toBeNull();
		expect(firstSteps({ ...fresh, activeSuppliers: 1, processings: 1 }, 'admin')).not.toBeNull();
	});
});
