import { describe, expect, it } from 'vitest';
import { EMAIL_MARK, NAME_MARK, withoutPeople } from './redact';

describe('withoutPeople', () => {
	const names = ['Jan de Vries', 'Jan', 'Ans Bakker-Öztürk', 'IT'];

	it('replaces known names in every string, whole words only, whatever the case or spacing', () => {
		const doc = { a: 'Contact: jan  de vries; daarna Ans Bakker-Öztürk.', b: ['Janssen en Jantje blijven', { c: 'Vraag het IT-team' }], n: 3, x: null };
		expect(withoutPeople(doc, names)).toEqual({
			a: `Contact: ${NAME_MARK}; daarna ${NAME_MARK}.`,
			b: ['Janssen en Jantje blijven', { c: 'Vraag het IT-team' }],
			n: 3,
			x: null
		});
	});

	it('replaces every e-mail address, known or not, and leaves keys alone', () => {
		const doc = { 'jan@school.nl': 'Mail j.devries@school.example.nl of helpdesk@leverancier.com.' };
		expect(withoutPeople(doc, [])).toEqual({ 'jan@school.nl': `Mail ${EMAIL_MARK} of ${EMAIL_MARK}.` });
	});

	it('treats a name as text, not as a pattern', () => {
		expect(withoutPeople('A (B) C+ en ABBC', ['A (B) C+'])).toBe(`${NAME_MARK} en ABBC`);
	});
});
