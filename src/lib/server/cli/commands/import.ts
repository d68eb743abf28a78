import { m } from '$lib/paraglide/messages';
import type { Db } from '../../db';
import { importFromFile } from '../../exchange/commands';
import { ImportRefused } from '../../exchange/import';

/**
 * `import <file> --org <slug> [--copy]`: creates the DPIA of an export file in an organisation, with new
 * ids, in one transaction. A file that does not satisfy the format, or a DPIA the organisation already has
 * (unless `--copy`), is refused with the reasons; nothing is saved. Like the rest of the command line it
 * answers in English.
 */
export const importCommand = {
	name: 'import',
	usage: 'import <file> --org <slug> [--copy]',
	summary: 'Import a DPIA export file into an organisation (--copy: also when it is already there)',
	async run(args: string[], io: { db: Db; out: (text: string) => void; err: (text: string) => void }): Promise<number> {
		const orgAt = args.indexOf('--org');
		const slug = orgAt >= 0 ? args[orgAt + 1] : undefined;
		const copy = args.includes('--copy');
		const files = args.filter((arg, i) => i !== orgAt && i !== orgAt + 1 && arg !== '--copy');
		if (!slug || files.length !== 1) {
			io.err(`usage: ${this.usage}`);
			return 2;
		}
		try {
			const result = await importFromFile(io.db, files[0]!, slug, { copy });
			io.out(`Imported as DPIA ${result.assessmentId}.`);
			for (const warning of result.warnings) io.err(`warning: ${warning}`);
			return 0;
		} catch (error) {
			if (!(error instanceof ImportRefused)) throw error;
			io.err(m.import_refused({}, { locale: 'en' }));
			for (const reason of error.reasons('en')) io.err(`  - ${reason}`);
			return 1;
		}
	}
};
