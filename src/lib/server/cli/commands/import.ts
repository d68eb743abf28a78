import type { Db } from '../../db';
import { importFromFile } from '../../exchange/commands';
import { ImportRefused } from '../../exchange/import';

/**
 * `import <file> --org <slug>`: creates the DPIA of an export file in an organisation, with new ids, in
 * one transaction. A file that does not satisfy the format is refused with the reasons; nothing is saved.
 */
export const importCommand = {
	name: 'import',
	usage: 'import <file> --org <slug>',
	summary: 'Import a DPIA export file into an organisation',
	async run(args: string[], io: { db: Db; out: (text: string) => void; err: (text: string) => void }): Promise<number> {
		const orgAt = args.indexOf('--org');
		const slug = orgAt >= 0 ? args[orgAt + 1] : undefined;
		const files = args.filter((_, i) => i !== orgAt && i !== orgAt + 1);
		if (!slug || files.length !== 1) {
			io.err(`usage: ${this.usage}`);
			return 2;
		}
		try {
			const result = await importFromFile(io.db, files[0]!, slug);
			io.out(`Imported as DPIA ${result.assessmentId}.`);
			for (const warning of result.warnings) io.err(`warning: ${warning}`);
			return 0;
		} catch (error) {
			if (!(error instanceof ImportRefused)) throw error;
			io.err('Import refused; nothing was saved:');
			for (const reason of error.reasons) io.err(`  - ${reason}`);
			return 1;
		}
	}
};
