import { stringify } from 'devalue';
import type { Component } from 'svelte';
import { render } from 'svelte/server';
import { baseLocale } from '$lib/paraglide/runtime';

/**
 * An island's markup as `svelte/server` renders the component on its own: exactly what `hydrate` expects
 * in its target. Rendered inside the page instead, it would lack the markers that start a component's tree.
 */
export function islandHtml<Props extends Record<string, any>>(component: Component<Props>, props: Props): string {
	return render(component, { props }).body;
}

/** The props for the browser: devalue keeps dates, and writes `<` as `\u003C`, so the text cannot close its script tag. */
export const islandProps = (id: string, props: unknown): string => `<script type="application/json" id="${id}">${stringify(props)}</script>`;

/** The island's script in the reader's language's tree (scripts/build/locale-split.ts). */
export function islandScript(src: string, locale: string): string {
	const path = locale === baseLocale ? src : src.replace('/_app/immutable/', `/_app/immutable/${locale}/`);
	return `<script type="module" src="${path}"></script>`;
}
