import { readdirSync } from 'node:fs';
import path from 'node:path';
import { Validator } from '@seriousme/openapi-schema-validator';
import { describe, expect, it } from 'vitest';
import exchangeSchema from '$lib/server/exchange/dpia-export.schema.json';
import { EXCHANGE_SCHEMA_ID, EXCHANGE_SCHEMA_PATH } from '$lib/server/api-v1/schemas';
import { GET as schemaGET } from '../../../schema/dpia-export-1.json/+server';
import { GET } from './+server';

const API = path.resolve('src/routes/api/v1');
const VERBS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;

/** Every +server.ts under /api/v1, as its OpenAPI path (`[id=uuid]` → `{id}`). */
function routeFiles(dir = API): { file: string; path: string }[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const full = path.join(dir, entry.name);
		if (entry.isDirectory()) return routeFiles(full);
		if (entry.name !== '+server.ts') return [];
		const route = path.relative(API, dir).split(path.sep).filter(Boolean).map((part) => part.replace(/^\[(\w+)(=\w+)?\]$/, '{$1}'));
		return [{ file: full, path: `/${route.join('/')}` }];
	});
}

const modules = import.meta.glob<Record<string, unknown>>('/src/routes/api/v1/**/+server.ts', { eager: true });

describe('/api/v1/openapi.json', () => {
	const doc = async () => (await (GET({} as never) as Response).json()) as { openapi: string; paths: Record<string, Record<string, { responses: Record<string, unknown> }>> };

	it('is a valid OpenAPI 3.1 document', async () => {
		const document = await doc();
		expect(document.openapi).toBe('3.1.0');
		const validator = new Validator();
		const result = await validator.validate(document);
		expect(result.errors ?? []).toEqual([]);
		expect(result.valid).toBe(true);
		expect(validator.version).toBe('3.1');
	});

	it('describes every route and verb under /api/v1, and nothing that is not there', async () => {
		const document = await doc();
		const files = routeFiles();
		expect(files.length).toBeGreaterThanOrEqual(6);
		const found: string[] = [];
		for (const { file, path: route } of files) {
			const mod = modules[`/${path.relative(path.resolve('.'), file)}`];
			expect(mod, file).toBeDefined();
			for (const verb of VERBS.filter((v) => typeof mod![v] === 'function')) {
				found.push(`${verb.toLowerCase()} ${route}`);
				expect(document.paths[route]?.[verb.toLowerCase()], `${verb} ${route}`).toBeDefined();
			}
		}
		const described = Object.entries(document.paths).flatMap(([route, ops]) => Object.keys(ops).map((verb) => `${verb} ${route}`));
		expect(described.sort()).toEqual(found.sort());
	});

	it('takes request bodies from the handlers’ zod schemas', async () => {
		const document = (await doc()) as unknown as { paths: Record<string, Record<string, { requestBody?: { content: Record<string, { schema: { properties: Record<string, unknown>; required?: string[] } }> } }>> };
		const create = document.paths['/processings']!.post!.requestBody!.content['application/json']!.schema;
		expect(Object.keys(create.properties)).toEqual(expect.arrayContaining(['name', 'vendor', 'description', 'schoolIds', 'prescan']));
		expect(create.required).toContain('name');
		const status = document.paths['/assessments/{id}/measures/{measureId}']!.patch!.requestBody!.content['application/json']!.schema;
		expect(status.properties.status).toMatchObject({ enum: ['planned', 'in_progress', 'done'] });
	});

	it('serves the exchange schema at its own $id', async () => {
		expect(new URL(EXCHANGE_SCHEMA_ID).pathname).toBe(EXCHANGE_SCHEMA_PATH);
		const response = schemaGET({} as never) as Response;
		expect(response.headers.get('content-type')).toBe('application/schema+json');
		const served = (await response.json()) as { $id: string };
		expect(served.$id).toBe(EXCHANGE_SCHEMA_ID);
		expect(served).toEqual(exchangeSchema);
	});
});
