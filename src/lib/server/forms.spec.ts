import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { getLocale, overwriteGetLocale } from '$lib/paraglide/runtime';
import { parseForm } from './forms';

const schema = z.object({ name: z.string().min(1) });

describe('parseForm', () => {
	it('answers a body that is no form with a message in the user’s language, not a crash', async () => {
		const post = () => new Request('http://localhost/x', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'name=x' });
		const nl = await parseForm(post(), schema);
		expect(nl.ok).toBe(false);
		if (nl.ok) return;
		expect(nl.failure.status).toBe(400);
		expect(nl.failure.data.message).toBe('Het formulier kon niet worden gelezen. Laad de pagina opnieuw en probeer het nog eens; wat al was opgeslagen, blijft bewaard.');
		const original = getLocale;
		overwriteGetLocale(() => 'en');
		try {
			const en = await parseForm(post(), schema);
			expect(en.ok ? null : en.failure.data.message).toBe('The form could not be read. Reload the page and try again; what was saved before is kept.');
		} finally {
			overwriteGetLocale(original);
		}
	});

	it('hands back what was typed, passwords left out, with one message per field', async () => {
		const form = new URLSearchParams({ name: '', password: 'geheim' });
		const result = await parseForm(new Request('http://localhost/x', { method: 'POST', body: form }), schema);
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.failure.data.values).toEqual({ name: '' });
		expect(Object.keys(result.failure.data.errors)).toEqual(['name']);
	});
});
