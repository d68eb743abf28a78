import { readFile } from 'node:fs/promises';
import { parsePrescanJson, prescan } from '$lib/domain/prescan';
import { parse } from '../args';
import { EXIT, type Command } from '../types';

export const prescanCommand: Command = {
	name: 'prescan',
	usage: 'prescan <file.json|-> [--lang nl|en]',
	summary: 'Run the DPIA pre-scan on a JSON input (spec §10) and print the result JSON',
	database: false,
	async run(args, io) {
		const { positionals, values } = parse(args, { lang: { type: 'string', default: 'nl' } }, { min: 1, max: 1 });
		const locale = values.lang === 'en' ? 'en' : 'nl';
		const source = positionals[0]!;
		let text: string;
		try {
			text = source === '-' ? await io.stdin() : await readFile(source, 'utf8');
		} catch (error) {
			io.err(`${source}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
			return EXIT.usage;
		}
		const parsed = parsePrescanJson(text, locale);
		if (!parsed.ok) {
			for (const e of parsed.errors) io.err(e.field ? `${e.field}: ${e.message}` : e.message);
			return EXIT.usage;
		}
		io.out(JSON.stringify(prescan(parsed.input), null, 2));
		return EXIT.ok;
	}
};
