import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * The tab icon is a small PNG inside every page. Chromium fetches a page's icon through that page's own renderer
 * and, for an SVG, builds a whole SVG document on its main thread: 10 to 42 ms in traces of the login page on the
 * reference machine, just before the first paint. The same icon as PNG decodes in about 1 ms. It stays a data URI,
 * because a file would cost every cold visit one more request (issue 24).
 */
describe('the tab icon in src/app.html', () => {
	const html = readFileSync('src/app.html', 'utf8');
	const link = /<link rel="icon"[^>]*href="([^"]+)"/.exec(html);

	it('is a PNG data URI, not an SVG', () => {
		expect(link?.[1]).toMatch(/^data:image\/png;base64,/);
		expect(html).not.toContain('image/svg+xml');
	});

	it('holds a 32 by 32 PNG under 1 kB', () => {
		const png = Buffer.from(link![1]!.replace('data:image/png;base64,', ''), 'base64');
		expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
		expect(png.subarray(12, 16).toString('latin1')).toBe('IHDR');
		expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([32, 32]);
		expect(png.length).toBeLessThan(1000);
	});
});
