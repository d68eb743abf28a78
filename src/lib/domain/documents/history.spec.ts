import { describe, expect, it } from 'vitest';
import { chainOf, withHistory } from './history';

const row = (id: string, replacesId: string | null = null) => ({ id, replacesId });

describe('document replacement history', () => {
	it('shows each current document with its earlier versions, newest first', () => {
		const rows = [row('a'), row('b'), row('a2', 'a'), row('a3', 'a2')];
		expect(withHistory(rows).map((g) => [g.current.id, g.earlier.map((e) => e.id)])).toEqual([
			['b', []],
			['a3', ['a2', 'a']]
		]);
	});

	it('ends a chain at a link to a row that is gone, and at a loop', () => {
		expect(withHistory([row('x', 'gone')]).map((g) => [g.current.id, g.earlier.length])).toEqual([['x', 0]]);
		const looped = withHistory([row('p', 'q'), row('q', 'p'), row('r', 'q')]);
		expect(looped.map((g) => [g.current.id, g.earlier.map((e) => e.id)])).toEqual([['r', ['q', 'p']]]);
	});

	it('gives a current document\u2019s whole chain, and nothing for an earlier version', () => {
		const rows = [row('a'), row('a2', 'a'), row('b')];
		expect(chainOf(rows, 'a2').map((r) => r.id)).toEqual(['a2', 'a']);
		expect(chainOf(rows, 'a')).toEqual([]);
	});
});
