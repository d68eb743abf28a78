import { readFile, stat } from 'node:fs/promises';
import { eq } from 'drizzle-orm';
import { m } from '$lib/paraglide/messages';
import type { Db } from '../../db';
import { organisations } from '../../db/schema';
import { MAX_IMPORT_BYTES } from '../../exchange/limits';
import { ModelRefused, parseModelText } from '../../model/parse';
import { addModel, type AddResult } from '../../services/model-library';
import type { CliIo } from '../types';

/** What `model add` does, free of argument parsing so it can be tested directly. */
export async function addModelFromFile(db: Db, file: string, slug: string): Promise<AddResult> {
	const [organisation] = await db.select({ id: organisations.id }).from(organisations).where(eq(organisations.slug, slug));
	if (!organisation) throw new ModelRefused([{ path: [], say: (locale) => m.import_no_organisation({ slug }, { locale }) }]);
	let text: string;
	try {
		if ((await stat(file)).size > MAX_IMPORT_BYTES) throw new ModelRefused([{ path: [], say: (locale) => m.import_too_large({ max: MAX_IMPORT_BYTES / 2 ** 20 }, { locale }) }]);
		text = await readFile(file, 'utf8');
	} catch (error) {
		if (error instanceof ModelRefused) throw error;
		const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
		throw new ModelRefused([{ path: [], say: (locale) => m.import_unreadable({ file, reason }, { locale }) }]);
	}
	return addModel(db, { organisationId: organisation.id, actor: { userId: null, label: 'CLI model add' } }, parseModelText(text));
}

/**
 * `model add <file> --org <slug>`: adds a model DPIA file to an organisation's library. An invalid file is
 * refused with the JSON path and reason of each problem, and nothing is stored; the same version again is
 * reported and stored once. Answers in English, like the rest of the command line.
 */
export const modelCommand = {
	name: 'model',
	usage: 'model add <file> --org <slug>',
	summary: "Add a model DPIA file to an organisation's model library",
	async run(args: string[], io: CliIo): Promise<number> {
		const orgAt = args.indexOf('--org');
		const slug = orgAt >= 0 ? args[orgAt + 1] : undefined;
		const rest = args.filter((_arg, i) => i !== orgAt && i !== orgAt + 1);
		if (rest[0] !== 'add' || rest.length !== 2 || !slug) {
			io.err(`usage: ${this.usage}`);
			return 2;
		}
		try {
			const result = await addModelFromFile(io.db, rest[1]!, slug);
			io.out(result.added ? `Added ${result.system} version ${result.version} (${result.versionId}).` : `${result.system} version ${result.version} is already in the library; nothing stored twice.`);
			return 0;
		} catch (error) {
			if (!(error instanceof ModelRefused)) throw error;
			io.err(m.model_refused({}, { locale: 'en' }));
			for (const reason of error.reasons('en')) io.err(`  - ${reason}`);
			return 1;
		}
	}
};
