import { describe, expect, it } from 'vitest';
import { reportFileName } from './file-name';
import { canonicalJson, snapshotFingerprint } from './hash';

describe('report file names', () => {
	it('names processing, version and day, and marks the (G)MR report and the English edition', () => {
		expect(reportFileName('full', 'nl', 'Snappet', 2, '2026-11-22')).toBe('DPIA-Snappet-v2-2026-11-22.pdf');
		expect(reportFileName('gmr', 'en', 'Snappet', 2, '2026-11-22')).toBe('DPIA-Snappet-v2-GMR-en-2026-11-22.pdf');
	});

	it('keeps only letters and digits, so no name can break the header or a file system', () => {
		expect(reportFileName('full', 'nl', 'Leerling­volg "Één" / CITO\r\n', 1, '2026-01-05')).toBe('DPIA-Leerling-volg-Een-CITO-v1-2026-01-05.pdf');
		expect(reportFileName('full', 'nl', '???', 1, '2026-01-05')).toBe('DPIA-verwerking-v1-2026-01-05.pdf');
	});
});

describe('snapshot fingerprint', () => {
	it('does not depend on key order, as PostgreSQL jsonb does not keep it', () => {
		expect(canonicalJson({ b: 1, a: { d: [2, { f: 1, e: 0 }], c: null } })).toBe('{"a":{"c":null,"d":[2,{"e":0,"f":1}]},"b":1}');
		expect(snapshotFingerprint({ x: 1, y: [1, 2] })).toBe(snapshotFingerprint({ y: [1, 2], x: 1 }));
		expect(snapshotFingerprint({ x: 1, y: [1, 2] })).not.toBe(snapshotFingerprint({ x: 1, y: [2, 1] }));
		expect(snapshotFingerprint({})).toMatch(/^[0-9a-f]{64}$/);
	});
});
