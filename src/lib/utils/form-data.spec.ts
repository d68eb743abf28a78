import { describe, expect, it } from 'vitest';
import { formStrings } from './form-data';

describe('formStrings', () => {
	const data = new FormData();
	data.append('note', 'voor\u0000na');
	data.append('schoolIds', 'a');
	data.append('schoolIds', 'b\u0000');
	data.append('title', 'eerste');
	data.append('title', 'tweede');
	data.append('upload', new Blob(['x']), 'x.txt');

	it('keeps repeated names as arrays and others as their first value, without files', () => {
		expect(formStrings(data, (name) => name === 'schoolIds')).toEqual({ note: 'voorna', schoolIds: ['a', 'b'], title: 'eerste', upload: '' });
	});

	it('drops NUL characters, which PostgreSQL cannot store', () => {
		expect(JSON.stringify(formStrings(data, () => true))).not.toContain('\\u0000');
	});

	it('turns CRLF and lone CR line endings into LF, as stored text has them', () => {
		const lines = new FormData();
		lines.append('note', 'een\r\ntwee\rdrie\nvier');
		expect(formStrings(lines, () => false)).toEqual({ note: 'een\ntwee\ndrie\nvier' });
	});
});
