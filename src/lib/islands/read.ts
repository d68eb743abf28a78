import { parse } from 'devalue';

/** The props the server wrote for an island (markup.ts: islandProps), or null on a page without them. */
export function readIsland<Props>(id: string): Props | null {
	const text = document.getElementById(id)?.textContent;
	return text ? (parse(text) as Props) : null;
}
