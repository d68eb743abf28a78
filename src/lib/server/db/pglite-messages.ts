/** The calls to a PGlite database as messages: to its thread (`pglite-thread-worker.ts`) and to the primary that hosts it (`pglite-host.ts`). */
export type Request =
	| { id: number; op: 'query'; text: string; params: unknown[]; rowMode?: 'array' | 'object'; tx?: number }
	| { id: number; op: 'exec'; text: string; tx?: number }
	| { id: number; op: 'begin' }
	| { id: number; op: 'end'; tx: number; commit: boolean }
	| { id: number; op: 'close' };

/** A request without its id: the caller numbers them. */
export type Call = Request extends infer R ? (R extends Request ? Omit<R, 'id'> : never) : never;

export type Reply = { id: number; ok: true; value: unknown } | { id: number; ok: false; error: Record<string, unknown> };

/** What of an error crosses to the other thread or process: PostgreSQL's fields (code, detail, constraint, …) and the message. */
export function plain(error: unknown): Record<string, unknown> {
	if (!(error instanceof Error)) return { message: String(error) };
	const fields: Record<string, unknown> = { name: error.name, message: error.message };
	for (const [key, value] of Object.entries(error)) if (value === undefined || ['string', 'number'].includes(typeof value)) fields[key] = value;
	return fields;
}
