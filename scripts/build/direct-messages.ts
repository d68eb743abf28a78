import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';

const BARREL_IMPORT = /import\s*\{\s*m\s*\}\s*from\s*(['"])\$lib\/paraglide\/messages(\.js)?\1;?/;
/** A local named m (a parameter or variable) would make `m.x` mean something else than a message. */
const SHADOWED = /(\(\s*m\s*[,)=]|[,(]\s*m\s*\)|\bm\s*=>|\b(let|const|var)\s+m\b|,\s*m\s*,)/;

/**
 * Rewrites `import { m } from '$lib/paraglide/messages'` + `m.key(…)` into imports of the message modules
 * themselves, in the browser build. Through the barrel every module seems to import all 700 messages, and
 * Rollup pulls a module's dependencies into the chunk it is assigned to (client-chunks.ts): the shared chunk
 * would carry every message any page shows. A module that uses `m` in any other way keeps the barrel.
 */
export function directMessagesPlugin(messagesDir: string): Plugin {
	let client = false;
	let modules: Map<string, string> | null = null;
	/** Message key → its module. Paraglide names a module after the key in lower case (and a number when two collide), exporting the key as a string name. */
	const moduleOf = (key: string) => {
		modules ??= new Map(
			readdirSync(messagesDir)
				.filter((file) => file.endsWith('.js') && !file.startsWith('_'))
				.flatMap((file) => [...readFileSync(path.join(messagesDir, file), 'utf8').matchAll(/export \{ \w+ as "([^"]+)" \}|export const (\w+) =/g)].map((match) => [match[1] ?? match[2]!, path.join(messagesDir, file)] as const))
		);
		return modules.get(key);
	};
	return {
		name: 'dpia-wijzer:direct-messages',
		apply: 'build',
		enforce: 'post',
		configResolved(config) {
			client = !config.build.ssr;
		},
		transform(code, id) {
			if (!client || id.includes('/node_modules/')) return null;
			const barrel = BARREL_IMPORT.exec(code);
			if (!barrel) return null;
			const rest = code.slice(0, barrel.index) + code.slice(barrel.index + barrel[0].length);
			if (SHADOWED.test(rest)) return null;
			const keys = new Set([...rest.matchAll(/\bm\.(\w+)/g)].map((match) => match[1]!));
			// Every use of m must be a member naming a message module, or the barrel stays.
			if ([...rest.matchAll(/\bm\b/g)].length !== [...rest.matchAll(/\bm\.\w+/g)].length) return null;
			if ([...keys].some((key) => !moduleOf(key))) return null;
			const imports = [...keys].map((key) => `import { ${JSON.stringify(key)} as __m_${key} } from ${JSON.stringify(moduleOf(key))};`).join('\n');
			return { code: `${imports}\n${rest.replace(/\bm\.(\w+)/g, '__m_$1')}`, map: null };
		}
	};
}
