import { isRedirect } from '@sveltejs/kit';
import { describe, expect, it } from 'vitest';
import { POST } from './+server';

/** The Location the language switch answers for a given way back, resolved as a browser would. */
async function locationFor(back: string): Promise<{ location: string; resolved: URL }> {
	const cookies = new Map<string, string>();
	const event = {
		request: new Request('http://localhost/language', { method: 'POST', body: new URLSearchParams({ locale: 'en', redirect: back }) }),
		cookies: { set: (name: string, value: string) => cookies.set(name, value) }
	};
	try {
		await POST(event as never);
	} catch (thrown) {
		if (isRedirect(thrown)) return { location: thrown.location, resolved: new URL(thrown.location, 'http://localhost/') };
		throw thrown;
	}
	throw new Error('no redirect');
}

describe('/language', () => {
	it('goes back to a same-site page, the login page included', async () => {
		expect((await locationFor('/o/stichting-noord?tab=1#top')).location).toBe('/o/stichting-noord?tab=1#top');
		expect((await locationFor('/login?next=%2Fo')).location).toBe('/login?next=%2Fo');
	});

	it.each([
		'/\\evil.example',
		'/\t/evil.example',
		'/\n/evil.example',
		'/\r/evil.example',
		'//evil.example',
		'\\\\evil.example',
		'\\/evil.example',
		'/\\/evil.example',
		'https://evil.example/',
		'javascript:alert(1)',
		' //evil.example',
		'/%5Cevil.example',
		'/%5C%5Cevil.example',
		'/%09/evil.example',
		'/%0A/evil.example',
		'/%2F/evil.example',
		'/\u3000/evil.example',
		'/.\\evil.example'
	])('never leads to another host: %j', async (back) => {
		const { location, resolved } = await locationFor(back);
		expect(resolved.origin).toBe('http://localhost');
		// What the browser reads must be what we send: no character a parser drops or turns into a slash.
		expect(location).not.toMatch(/[\\\u0000-\u001f\u007f\s]/);
		expect(location.startsWith('//')).toBe(false);
	});
});
