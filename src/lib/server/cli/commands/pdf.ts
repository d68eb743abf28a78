import type { ReportFormat } from '../../pdf';
import { NotFound } from '../../services/scope';
import { exportReportById } from '../../services/report-export';
import { parse } from '../args';
import { EXIT, UsageError, type Command } from '../types';

/** Where the PDF bytes go; `CliIo.out` writes text lines, which would corrupt a binary file. */
export type ByteSink = (bytes: Uint8Array) => Promise<void>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const toStdout: ByteSink = async (bytes) => {
	if (process.stdout.isTTY) throw new UsageError('refusing to write a binary file to the terminal: redirect it, e.g. > report.pdf');
	await new Promise<void>((resolve, reject) => process.stdout.write(bytes, (error) => (error ? reject(error) : resolve())));
};

function choice<T extends string>(value: unknown, allowed: readonly T[], name: string): T {
	if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
	throw new UsageError(`--${name} must be one of ${allowed.join(', ')}`);
}

/**
 * `pdf <assessment-id> --report full|gmr [--lang nl|en] [--version N]`: one report as PDF on stdout.
 * The command line is an administrator's tool, so every version of every board is available.
 */
export function pdfCommandWith(sink: ByteSink, format: ReportFormat = 'pdf'): Command {
	const word = format === 'docx' ? 'an editable Word file (DOCX)' : 'PDF';
	return {
		name: format,
		usage: `${format} <assessment-id> --report full|gmr [--lang nl|en] [--version N] > file.${format}`,
		summary: `Write the DPIA report or the (G)MR report of a DPIA version as ${word} to stdout`,
		async run(args, io) {
			const { positionals, values } = parse(
				args,
				{ report: { type: 'string' }, lang: { type: 'string', default: 'nl' }, version: { type: 'string' } },
				{ min: 1, max: 1 }
			);
			const id = positionals[0]!;
			if (!UUID.test(id)) throw new UsageError(`not a DPIA id: ${id}`);
			const report = choice(values.report, ['full', 'gmr'] as const, 'report');
			const lang = choice(values.lang, ['nl', 'en'] as const, 'lang');
			const version = values.version === undefined ? undefined : Number(values.version);
			if (version !== undefined && !(Number.isInteger(version) && version > 0)) throw new UsageError('--version must be a version number');
			try {
				const { pdf, fileName } = await exportReportById(io.db, id, { report, lang, version, format });
				await sink(pdf);
				io.err(`${fileName}: ${pdf.length} bytes`);
				return EXIT.ok;
			} catch (error) {
				if (!(error instanceof NotFound)) throw error;
				io.err(error.what === 'version' ? `DPIA ${id} has no version ${version}` : `No DPIA with id ${id}.`);
				return EXIT.refused;
			}
		}
	};
}

export const pdfCommand = pdfCommandWith(toStdout);
/** `docx …`: the same report as an editable Word file. */
export const docxCommand = pdfCommandWith(toStdout, 'docx');
