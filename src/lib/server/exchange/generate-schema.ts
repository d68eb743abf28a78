import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { exportSchema } from './format';

/** Regenerates dpia-export.schema.json from the zod format: `npx tsx --tsconfig tsconfig.cli.json src/lib/server/exchange/generate-schema.ts`. */
const generated = z.toJSONSchema(exportSchema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
const { $schema, ...rest } = generated;
const document = {
	$schema,
	$id: 'https://dpia-wijzer.nl/schema/dpia-export-1.json',
	title: 'DPIA Wijzer export, formatVersion 1',
	description: 'One DPIA (data protection impact assessment) with all its versions, in the open DPIA Wijzer exchange format.',
	...rest
};
writeFileSync(path.resolve('src/lib/server/exchange/dpia-export.schema.json'), JSON.stringify(document, null, '\t') + '\n');
