import { describe, expect, it } from 'vitest';
import { localeLinkHeader, localePage } from './locale-assets';

// the end of a page as SvelteKit writes it: a stylesheet link, the body, then its start script
const page = (body: string) =>
	`<head><link href="../../_app/immutable/assets/0.X.css" rel="stylesheet"></head><body><div style="display: contents">${body}<script>
				const element = document.currentScript.parentElement;
				Promise.all([
					import("../../_app/immutable/entry/start.A.js"),
					import("../../_app/immutable/entry/app.B.js")
				]).then(([kit, app]) => { kit.start(app, element, { data: [{"note":"import(\\"/_app/immutable/x\\")"}] }); });
			</script></div></body>`;

describe('localePage and localeLinkHeader', () => {
	it('point the stylesheet link, the start script’s imports and the Link header at the language’s own tree', () => {
		const html = localePage(page('<p>Hallo</p>'), 'en');
		expect(html).toContain('<link href="../../_app/immutable/en/assets/0.X.css" rel="stylesheet">');
		expect(html).toContain('import("../../_app/immutable/en/entry/start.A.js")');
		expect(html).toContain('import("../../_app/immutable/en/entry/app.B.js")');
		expect(localeLinkHeader('<./_app/immutable/chunks/A.js>; rel="modulepreload"; nopush, </_app/immutable/assets/f.woff2>; rel="preload"', 'en')).toBe(
			'<./_app/immutable/en/chunks/A.js>; rel="modulepreload"; nopush, </_app/immutable/en/assets/f.woff2>; rel="preload"'
		);
	});

	it('leaves what a person typed alone: a text node, an attribute value, a textarea, and the page data', () => {
		const typed = [
			'<p>import("/_app/immutable/entry/start.js") and &lt;link href="/_app/immutable/x"></p>',
			'<input value="/_app/immutable/entry/x.js" title="&lt;link href=&quot;/_app/immutable/y">',
			`<textarea>import("./_app/immutable/z.js") '/_app/immutable/q'</textarea>`
		].join('');
		const html = localePage(page(typed), 'en');
		expect(html).toContain(typed);
		expect(html).toContain('{"note":"import(\\"/_app/immutable/x\\")"}');
	});

	it('leaves a chunk without SvelteKit’s tags as it is', () => {
		const chunk = '<p>"/_app/immutable/a.js" \'/_app/immutable/b.js\'</p>';
		expect(localePage(chunk, 'en')).toBe(chunk);
	});
});
