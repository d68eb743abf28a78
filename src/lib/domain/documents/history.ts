/** A document row as far as its replacement chain goes: its id and the id of the one it replaced. */
export interface Replaceable {
	readonly id: string;
	readonly replacesId: string | null;
}

/** A document as it is now, with the versions it replaced, newest first. */
export interface WithHistory<T> {
	current: T;
	earlier: T[];
}

/**
 * Groups one owner's documents into their replacement chains: a document no other one replaces is
 * current, and its earlier versions follow `replacesId` back. The input order (oldest upload first) is kept
 * for the current ones. A chain whose link points outside the list (a removed row) simply ends there; a
 * loop, which the app never writes, ends at the first row seen twice.
 */
export function withHistory<T extends Replaceable>(rows: readonly T[]): WithHistory<T>[] {
	const byId = new Map(rows.map((row) => [row.id, row]));
	const replaced = new Set(rows.map((row) => row.replacesId).filter((id): id is string => id !== null && byId.has(id)));
	return rows
		.filter((row) => !replaced.has(row.id))
		.map((current) => {
			const earlier: T[] = [];
			const seen = new Set([current.id]);
			for (let at = current.replacesId ? byId.get(current.replacesId) : undefined; at && !seen.has(at.id); at = at.replacesId ? byId.get(at.replacesId) : undefined) {
				seen.add(at.id);
				earlier.push(at);
			}
			return { current, earlier };
		});
}

/** The ids of a document's chain: itself and every earlier version it replaced. */
export function chainOf<T extends Replaceable>(rows: readonly T[], id: string): T[] {
	return withHistory(rows).flatMap((group) => (group.current.id === id ? [group.current, ...group.earlier] : []));
}
