import { asClassComponent as legacyAsClassComponent } from 'svelte/legacy';
import { describe, expect, it } from 'vitest';
import RenderFixture from './RenderFixture.svelte';
import { asClassComponent, RootRenderResult } from './root-component';
import { isGeneratedRootLegacyImport, rootRenderPlugin } from './vite-plugin';

const props = { title: 'Privacy & <leerlingen>', items: ['één', 'twee', 'drie'] };

type LegacyRender = (p: typeof props) => { head: string; html: string; css: unknown } & PromiseLike<{ head: string; html: string; css: unknown }>;
const legacyRender = (legacyAsClassComponent(RenderFixture as never) as unknown as { render: LegacyRender }).render;
const ours = asClassComponent(RenderFixture as never);

describe('the root component render SvelteKit calls', () => {
	it('answers what svelte/legacy answers: head, html and css, and the same through then', async () => {
		const expected = legacyRender(props);
		const actual = ours.render(props);
		expect(actual).toBeInstanceOf(RootRenderResult);
		expect(actual.head).toBe(expected.head);
		expect(actual.html).toBe(expected.html);
		expect(actual.html).toContain('<li class="item">twee</li>');
		expect(actual.head).toContain('Privacy &amp; &lt;leerlingen>');
		expect(actual.css).toEqual(expected.css);
		const [viaThen, legacyViaThen] = await Promise.all([actual.then((r) => r), expected.then((r) => r)]);
		expect({ head: viaThen.head, html: viaThen.html, css: viaThen.css }).toEqual({ head: legacyViaThen.head, html: legacyViaThen.html, css: legacyViaThen.css });
	});

	it('keeps its getters on the prototype, not on each result (the point of the class)', () => {
		const first = ours.render(props);
		const second = ours.render({ ...props, title: 'Ander' });
		expect(Object.getOwnPropertyDescriptor(first, 'head')).toBeUndefined();
		expect(Object.getOwnPropertyDescriptor(first, 'html')).toBeUndefined();
		expect(Object.getPrototypeOf(first)).toBe(Object.getPrototypeOf(second));
		expect(second.head).toContain('Ander');
		// svelte/legacy's own answer defines them per object, which is what this replaces
		expect(Object.getOwnPropertyDescriptor(legacyRender(props), 'head')?.get).toBeTypeOf('function');
	});

	it('is otherwise the class component svelte/legacy makes', () => {
		const legacy = legacyAsClassComponent(RenderFixture as never);
		expect(typeof ours).toBe('function');
		expect(Object.getPrototypeOf(ours)).toBe(Object.getPrototypeOf(legacy));
	});
});

describe('rootRenderPlugin', () => {
	const resolve = (source: string, importer: string | undefined, ssr: boolean) => {
		const hook = rootRenderPlugin().resolveId as (s: string, i: string | undefined, o: { ssr?: boolean }) => string | null;
		return hook(source, importer, { ssr });
	};

	it("points the server build's generated root at root-component.ts", () => {
		const target = resolve('svelte/legacy', '/app/.svelte-kit/generated/root.js', true);
		expect(target).toMatch(/src[\\/]lib[\\/]server[\\/]render[\\/]root-component\.ts$/);
		expect(isGeneratedRootLegacyImport('svelte/legacy', 'C:\\app\\.svelte-kit\\generated\\root.js')).toBe(true);
	});

	it('leaves the browser build, other importers and other modules alone', () => {
		expect(resolve('svelte/legacy', '/app/.svelte-kit/generated/root.js', false)).toBeNull();
		expect(resolve('svelte/legacy', '/app/src/lib/server/render/root-component.ts', true)).toBeNull();
		expect(resolve('svelte/server', '/app/.svelte-kit/generated/root.js', true)).toBeNull();
		expect(resolve('svelte/legacy', undefined, true)).toBeNull();
	});
});
