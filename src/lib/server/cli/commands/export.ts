import type { Db } from '../../db';
import { exportById } from '../../exchange/commands';

/**
 * `export <assessment-id>`: writes the DPIA with all its versions to stdout in the open exchange format
 * (src/lib/server/exchange/dpia-export.schema.json).
 */
export const exportCommand = {
	name: 'export',
	usage: 'export <assessment-id>',
	summary: 'Print one DPIA with all versions as JSON (formatVersion 1)',
	async run(args: string[], io: { db: Db; out: (text: string) => void; err: (text: string) => void }): Promise<number> {
		const [id, ...rest] = args;
		if (!id || rest.length) {
			io.err(`usage: ${this.usage}`);
			return 2;
		}
		const text = await exportById(io.db, id);
		if (text === null) {
			io.err(`No DPIA with id ${id}.`);
			return 1;
		}
		io.out(text);
		return 0;
	}
};
