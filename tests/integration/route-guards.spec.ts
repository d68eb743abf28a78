import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Every server entry point (load, form action, +server.ts handler) must call a guard itself: a check in a
 * layout does not protect actions or endpoints. Public entry points are listed here with the reason.
 */
const GUARDS = /\b(requireOrg|requireUser|requireSession|requireApi|requireSetupAllowed|requireAnonymous)\s*\(/;
const PUBLIC: Record<string, string> = {
	'healthz/+server.ts GET': 'load-balancer health check, reveals nothing',
	'language/+server.ts POST': 'choosing the UI language needs no account',
	'+page.server.ts load': 'front door: only redirects to setup, login or the first organisation',
	'calendar/[token]/+server.ts GET': 'iCalendar feed for calendar apps: the secret token in the URL is the credential',
	'(auth)/invitation/[token]/+page.server.ts load': 'invitation link from a mail: its single-use token is the credential',
	'(auth)/invitation/[token]/+page.server.ts action default': 'accepting that invitation: the same token, checked again',
	'(auth)/password-reset/[token]/+page.server.ts load': 'reset link from a mail: its single-use token is the credential',
	'(auth)/password-reset/[token]/+page.server.ts action default': 'setting the new password: the same token, checked again',
	'api/v1/openapi.json/+server.ts GET': 'the description of the API, the same for everyone',
	'schema/dpia-export-1.json/+server.ts GET': "the exchange format's JSON Schema, served at its $id"
};

const ROUTES = path.resolve('src/routes');
const SERVER_FILE = /^\+(page|layout)\.server\.ts$|^\+server\.ts$/;

function walk(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const full = path.join(dir, name);
		return statSync(full).isDirectory() ? walk(full) : SERVER_FILE.test(name) ? [full] : [];
	});
}

/** The text of the block that starts at the first `{` at or after `from`, braces balanced. */
function blockFrom(source: string, from: number): string {
	const open = source.indexOf('{', from);
	let depth = 0;
	for (let i = open; i < source.length; i++) {
		if (source[i] === '{') depth++;
		else if (source[i] === '}' && --depth === 0) return source.slice(open, i + 1);
	}
	return source.slice(open);
}

interface EntryPoint {
	id: string;
	body: string;
}

function entryPoints(file: string): EntryPoint[] {
	const source = readFileSync(file, 'utf8');
	const rel = path.relative(ROUTES, file).split(path.sep).join('/');
	const found: EntryPoint[] = [];
	const handler = /export\s+(?:const|async\s+function|function)\s+(load|GET|POST|PUT|PATCH|DELETE)\b/g;
	for (const match of source.matchAll(handler)) {
		found.push({ id: `${rel} ${match[1]}`, body: blockFrom(source, match.index + match[0].length) });
	}
	const actions = /export\s+const\s+actions\b/.exec(source);
	if (actions) {
		const block = blockFrom(source, actions.index);
		for (const match of block.matchAll(/^\t(\w+|'[^']+'):\s*async/gm)) {
			found.push({ id: `${rel} action ${match[1]}`, body: blockFrom(block, match.index + match[0].length) });
		}
	}
	return found;
}

describe('route guards', () => {
	const points = walk(ROUTES).flatMap(entryPoints);

	it('finds the server entry points of the route tree', () => {
		expect(points.length).toBeGreaterThan(3);
	});

	it.each(points.map((p) => [p.id, p] as const))('%s calls a guard or is listed as public', (id, point) => {
		if (PUBLIC[id]) {
			expect(GUARDS.test(point.body)).toBe(false);
			return;
		}
		expect(GUARDS.test(point.body), `${id} must call requireOrg/requireUser/requireApi`).toBe(true);
	});

	it('lists no public entry point that no longer exists', () => {
		const ids = new Set(points.map((p) => p.id));
		expect(Object.keys(PUBLIC).filter((id) => !ids.has(id))).toEqual([]);
	});
});
