import type { Rollup } from 'vite';
import { describe, expect, it } from 'vitest';
import { chunkPlan, csrOff, FRAMEWORK_CHUNK, ORGANISATION_CHUNK, OUTSIDE_CHUNK } from '../../../scripts/build/client-chunks';

const R = '/app/src/routes';
const O = `${R}/(app)/o/[org=slug]`;
const node = (n: number) => `/app/.svelte-kit/generated/client-optimized/nodes/${n}.js`;
const START = '/app/node_modules/@sveltejs/kit/src/runtime/client/entry.js';

/**
 * A small client build: SvelteKit's start entry, the root layout (node 0), the organisation layout (3), an admin
 * page (4), the questionnaire section (5) with a part it loads with import(), the risks page (6), the new-risk
 * form (7), the supplier page that sends no JavaScript (8), and two pages outside an organisation (9, 10).
 */
function graph(): { ids: string[]; info: (id: string) => Rollup.ModuleInfo | null } {
	const imports: Record<string, string[]> = {
		[START]: ['/app/node_modules/svelte/internal.js'],
		[node(0)]: [`${R}/+layout.svelte`],
		[`${R}/+layout.svelte`]: ['/app/node_modules/svelte/internal.js'],
		[node(3)]: [`${O}/+layout.svelte`],
		[`${O}/+layout.svelte`]: ['/app/src/lib/AppHeader.svelte'],
		[node(4)]: [`${O}/admin/users/+page.svelte`],
		[`${O}/admin/users/+page.svelte`]: ['/app/src/lib/roles.ts', '/app/src/lib/DataTable.svelte'],
		[node(5)]: [`${O}/assessments/[id=uuid]/questionnaire/[section]/+page.svelte`, `${O}/assessments/[id=uuid]/questionnaire/[section]/+page.ts`],
		[`${O}/assessments/[id=uuid]/questionnaire/[section]/+page.svelte`]: ['/app/src/lib/roles.ts', '/app/src/lib/format.ts', '/app/src/lib/SectionForm.svelte'],
		[`${O}/assessments/[id=uuid]/questionnaire/[section]/+page.ts`]: [],
		'/app/src/lib/extras.ts': ['/app/src/lib/format.ts', '/app/src/lib/SupplierFacts.svelte'],
		[node(6)]: [`${O}/assessments/[id=uuid]/risks/+page.svelte`],
		[`${O}/assessments/[id=uuid]/risks/+page.svelte`]: ['/app/src/lib/scales.ts', '/app/src/lib/DataTable.svelte'],
		[node(7)]: [`${O}/assessments/[id=uuid]/risks/new/+page.svelte`],
		[`${O}/assessments/[id=uuid]/risks/new/+page.svelte`]: ['/app/src/lib/scales.ts', '/app/src/lib/RiskForm.svelte'],
		[node(8)]: [`${O}/suppliers/[supplierId=uuid]/+page.svelte`],
		[`${O}/suppliers/[supplierId=uuid]/+page.svelte`]: ['/app/src/lib/SupplierFacts.svelte', '/app/src/lib/RiskForm.svelte', '/app/src/lib/SectionForm.svelte'],
		[node(9)]: [`${R}/(auth)/setup/+page.svelte`],
		[`${R}/(auth)/setup/+page.svelte`]: ['/app/src/lib/Field.svelte'],
		[node(10)]: [`${R}/(app)/account/password/+page.svelte`],
		[`${R}/(app)/account/password/+page.svelte`]: ['/app/src/lib/Field.svelte']
	};
	const entries = new Set([START, ...[0, 3, 4, 5, 6, 7, 8, 9, 10].map(node)]);
	const lazy: Record<string, string[]> = { '/app/src/lib/extras.ts': [`${O}/assessments/[id=uuid]/questionnaire/[section]/+page.ts`] };
	const ids = [...new Set([...Object.keys(imports), ...Object.values(imports).flat(), ...Object.keys(lazy)])];
	const info = (id: string) => (ids.includes(id) ? ({ id, isEntry: entries.has(id), importedIds: imports[id] ?? [], dynamicImporters: lazy[id] ?? [] } as unknown as Rollup.ModuleInfo) : null);
	return { ids, info };
}

const plan = () => {
	const { ids, info } = graph();
	return chunkPlan(ids, info, (route) => route.includes('/suppliers/'));
};

describe('which chunk each module of the browser build goes to (scripts/build/client-chunks.ts)', () => {
	it('puts SvelteKit’s start-up, what every page loads and the organisation layout into their chunks', () => {
		const chunks = plan();
		expect(chunks.get(START)).toBe(FRAMEWORK_CHUNK);
		expect(chunks.get('/app/node_modules/svelte/internal.js')).toBe(FRAMEWORK_CHUNK);
		expect(chunks.get(node(3))).toBe(ORGANISATION_CHUNK);
	});

	it('keeps in the organisation chunk only what the admin pages and the questionnaire section share with another page', () => {
		const chunks = plan();
		expect(chunks.get('/app/src/lib/roles.ts')).toBe(ORGANISATION_CHUNK);
		expect(chunks.get('/app/src/lib/DataTable.svelte')).toBe(ORGANISATION_CHUNK);
		// the risk pages share scales among themselves: a chunk of their own, which the questionnaire does not load
		expect(chunks.get('/app/src/lib/scales.ts')).toMatch(/^shared-\d+$/);
	});

	it('does not let a page with csr = false make a module shared, and keeps such a module with the one page that runs it', () => {
		const chunks = plan();
		// RiskForm: the new-risk form and the supplier page (no JavaScript) import it
		expect(chunks.get('/app/src/lib/RiskForm.svelte')).toBe(`page:${node(7)}`);
		expect(chunks.get(node(7))).toBe(`page:${node(7)}`);
		expect(chunks.get('/app/src/lib/SectionForm.svelte')).toBe(`page:${node(5)}`);
	});

	it('gives what only a page’s import() needs a chunk of its own, and leaves what the page loads anyway with the page', () => {
		const chunks = plan();
		expect(chunks.get('/app/src/lib/extras.ts')).toBe('lazy:/app/src/lib/extras.ts');
		expect(chunks.get('/app/src/lib/SupplierFacts.svelte')).toBe('lazy:/app/src/lib/extras.ts');
		expect(chunks.get('/app/src/lib/format.ts')).toBe(`page:${node(5)}`);
	});

	it('puts what pages outside an organisation share into a chunk the organisation’s pages do not load', () => {
		expect(plan().get('/app/src/lib/Field.svelte')).toBe(OUTSIDE_CHUNK);
	});

	it('reads csr = false from a page’s +page.ts or +page.server.ts', () => {
		const files: Record<string, string> = { '/r/a/+page.server.ts': 'export const csr = false;\n', '/r/b/+page.ts': 'export const csr = true;\n' };
		const read = (file: string) => files[file] ?? null;
		expect(csrOff('/r/a/+page.svelte', read)).toBe(true);
		expect(csrOff('/r/b/+page.svelte', read)).toBe(false);
		expect(csrOff('/r/a/+layout.svelte', read)).toBe(false);
	});
});
