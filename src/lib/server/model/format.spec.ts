import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { EXAMPLE_IDS, exampleModel } from './examples';
import { modelSchema } from './format';
import { MAX_IMPORT_BYTES, MAX_IMPORT_DEPTH } from '../exchange/limits';
import { ModelRefused, modelHash, parseModelText } from './parse';

const example = () => structuredClone(exampleModel('leerlingadministratie-v1')) as Record<string, unknown> & ReturnType<typeof exampleModel>;

function refusal(text: string, locale: 'nl' | 'en' = 'en'): string[] {
	try {
		parseModelText(text);
	} catch (error) {
		if (error instanceof ModelRefused) return error.reasons(locale);
		throw error;
	}
	throw new Error('not refused');
}

describe('model DPIA format', () => {
	it('accepts every shipped example, each marked as an example', () => {
		for (const id of EXAMPLE_IDS) expect(exampleModel(id).example, id).toBe(true);
		expect(exampleModel('leerlingadministratie-v2').identity.modelVersion).toBe(2);
	});

	it('keeps the committed JSON Schema equal to the one generated from the zod format', () => {
		const committed = JSON.parse(readFileSync(path.resolve('src/lib/server/model/dpia-model.schema.json'), 'utf8'));
		const { $schema: _s, $id: _i, title: _t, description: _d, ...rest } = committed;
		const { $schema: _s2, ...generated } = z.toJSONSchema(modelSchema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
		expect(rest).toEqual(JSON.parse(JSON.stringify(generated)));
	});

	it('refuses unknown question ids and catalogue ids, listing each with its path', () => {
		const doc = example();
		(doc.answers['5'] as Record<string, unknown>)['5.99'] = 'x';
		doc.schoolQuestions.push('77.1');
		doc.risks[0]!.catalogueId = 'R99';
		const reasons = refusal(JSON.stringify(doc));
		expect(reasons).toContain('answers["5"]["5.99"]: this question does not belong to this section');
		expect(reasons).toContain('schoolQuestions[7]: this question does not exist in the questionnaire');
		expect(reasons).toContain('risks[0].catalogueId: not a risk of the risk catalogue (R01 to R15)');
	});

	it('refuses an invalid answer, a dangling risk key and an agreed measure without a date, in Dutch too', () => {
		const doc = example();
		(doc.answers['11'] as Record<string, unknown>)['11.1'] = 'z_whatever';
		doc.schoolMeasures[0]!.riskKeys = ['nope'];
		doc.supplierMeasures[1]!.agreedOn = null;
		const reasons = refusal(JSON.stringify(doc), 'nl');
		expect(reasons.some((r) => r.startsWith('answers["11"]["11.1"]: '))).toBe(true);
		expect(reasons).toContain('schoolMeasures[0].riskKeys[0]: verwijst naar een risico dat niet in deze versie staat');
		expect(reasons.some((r) => r.startsWith('supplierMeasures[1].agreedOn: een afgesproken maatregel heeft een datum'))).toBe(true);
	});

	it('refuses unknown fields, a wrong format version, bad JSON, and files past the size and nesting limits before parsing', () => {
		expect(refusal(JSON.stringify({ ...example(), extra: 1 }))).toContain('extra: unknown field');
		expect(refusal(JSON.stringify({ ...example(), formatVersion: 9 }))[0]).toMatch(/^formatVersion: /);
		expect(refusal('{"formatVersion": 1,')).toHaveLength(1);
		expect(refusal('['.repeat(MAX_IMPORT_DEPTH + 1) + ']'.repeat(MAX_IMPORT_DEPTH + 1))[0]).toMatch(/nest/i);
		expect(refusal(' '.repeat(MAX_IMPORT_BYTES + 1))[0]).toMatch(/MB/);
	});

	it('hashes the same content the same whatever the key order, and a change differently', () => {
		const doc = example();
		const reordered = JSON.parse(JSON.stringify(Object.fromEntries(Object.entries(doc).reverse())));
		expect(modelHash(parseModelText(JSON.stringify(reordered)))).toBe(modelHash(doc));
		doc.scope.description += '!';
		expect(modelHash(doc)).not.toBe(modelHash(example()));
	});
});
