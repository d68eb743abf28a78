import { is } from 'drizzle-orm';
import { getTableConfig, PgTable } from 'drizzle-orm/pg-core';
import * as schema from '../db/schema';

/**
 * Every table of the schema, parents before children (by foreign key), so a restore can insert in this
 * order and delete in the reverse one without switching constraints off.
 */
export function tablesInInsertOrder(): string[] {
	const parents = new Map<string, Set<string>>();
	for (const value of Object.values(schema)) {
		if (!is(value, PgTable)) continue;
		const config = getTableConfig(value);
		const refs = new Set<string>();
		for (const fk of config.foreignKeys) {
			const target = getTableConfig(fk.reference().foreignTable).name;
			if (target !== config.name) refs.add(target);
		}
		parents.set(config.name, refs);
	}
	const ordered: string[] = [];
	const visit = (name: string, path: Set<string>) => {
		if (ordered.includes(name)) return;
		if (path.has(name)) throw new Error(`foreign key cycle through ${name}`);
		path.add(name);
		for (const parent of [...(parents.get(name) ?? [])].sort()) visit(parent, path);
		path.delete(name);
		ordered.push(name);
	};
	for (const name of [...parents.keys()].sort()) visit(name, new Set());
	return ordered;
}
