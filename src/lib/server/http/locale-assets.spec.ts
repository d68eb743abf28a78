import { describe, expect, it } from 'vitest';
import { localeAssets } from './locale-assets';

describe('localeAssets', () => {
	it('points the script imports, modulepreload links and Link header at the language’s own tree', () => {
		const html = '<link href="../../_app/immutable/entry/app.X.js" rel="modulepreload"><script>import("./_app/immutable/chunks/A.js"); import(\'/_app/immutable/nodes/3.B.js\')</script>';
		expect(localeAssets(html, 'en')).toBe('<link href="../../_app/immutable/en/entry/app.X.js" rel="modulepreload"><script>import("./_app/immutable/en/chunks/A.js"); import(\'/_app/immutable/en/nodes/3.B.js\')</script>');
		expect(localeAssets('<./_app/immutable/chunks/A.js>; rel="modulepreload"; nopush', 'en')).toBe('<./_app/immutable/en/chunks/A.js>; rel="modulepreload"; nopush');
	});

	it('leaves text that merely mentions the path alone (in the HTML it is never right after a quote)', () => {
		const text = '<p>see _app/immutable/ and &quot;_app/immutable/x</p>';
		expect(localeAssets(text, 'en')).toBe(text);
	});
});
