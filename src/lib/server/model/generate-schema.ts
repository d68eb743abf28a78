import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { modelSchema } from './format';

/** Regenerates dpia-model.schema.json from the zod format: `npx tsx --tsconfig tsconfig.cli.json src/lib/server/model/generate-schema.ts`. */
const generated = z.toJSONSchema(modelSchema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
const { $schema, ...rest } = generated;
const document = {
	$schema,
	$id: 'https://dpia-wijzer.nl/schema/dpia-model-1.json',
	title: 'DPIA Wijzer model DPIA, formatVersion 1',
	description:
		'A model DPIA of a widely used system: its identity, scope, questionnaire answers, generic risks with central scores, supplier measures with their status, school measures and the questions a school answers itself.',
	...rest
};
writeFileSync(path.resolve('src/lib/server/model/dpia-model.schema.json'), JSON.stringify(document, null, '\t') + '\n');
