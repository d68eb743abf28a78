import { m } from '$lib/paraglide/messages';
import type { Db } from '../../db';
import { importFromFile } from '../../exchange/commands';
import { ImportRefused } from '../../exchange/import';
import { FOREIGN_FORMATS, type ForeignFormat } from '../../exchange/foreign/report';

const isForeignFormat = (value: string | undefined): value is ForeignFormat => (FOREIGN_FORMATS as readonly (string | undefined)[]).includes(value);

/**
 * `import <file> --org <slug> [--from cnil|par] [--copy]`: creates the DPIA of an export file (or, with
 * `--from`, of a CNIL PIA export or a PAR DPIA output) in an organisation, with new ids, in one
 * transaction. A file that does not satisfy the format, or a DPIA the organisation already has (unless
 * `--copy`), is refused with the reasons; nothing is saved. Like the rest of the command line it answers
 * in English; a foreign file's import report follows as warnings.
 */
export const importCommand = {
	name: 'import',
	usage: 'import <file> --org <slug> [--from cnil|par] [--copy]',
	summary: 'Import a DPIA export file, or a CNIL PIA or PAR DPIA file with --from, into an organisation (--copy: also when it is already there)',
	async run(args: string[], io: { db: Db; out: (text: string) => void; err: (text: string) => void }): Promise<number> {
		const orgAt = args.indexOf('--org');
		const slug = orgAt >= 0 ? args[orgAt + 1] : undefined;
		const fromAt = args.indexOf('--from');
		const from = fromAt >= 0 ? args[fromAt + 1] : undefined;
		const copy = args.includes('--copy');
		const files = args.filter((arg, i) => i !== orgAt && i !== orgAt + 1 && (fromAt < 0 || (i !== fromAt && i !== fromAt + 1)) && arg !== '--copy');
		if (!slug || files.length !== 1 || (fromAt >= 0 && !isForeignFormat(from))) {
			io.err(`usage: ${this.usage}`);
			return 2;
		}
		try {
			const result = await importFromFile(io.db, files[0]!, slug, { copy, from: isForeignFormat(from) ? from : undefined });
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
