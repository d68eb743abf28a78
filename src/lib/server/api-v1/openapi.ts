import { z } from 'zod';
import exchangeSchema from '../exchange/dpia-export.schema.json';
import type { Capability } from '$lib/domain/roles';
import {
	apiErrorBody,
	assessmentList,
	createProcessingRequest,
	createProcessingResponse,
	measureResponse,
	measureStatusRequest,
	pagingQuery,
	prescanRequest,
	prescanResponse
} from './schemas';

type Schema = z.ZodType | { $ref: string };

export interface Operation {
	/** OpenAPI path, `{id}` for a route's `[id=uuid]`. */
	path: string;
	method: 'get' | 'post' | 'patch';
	operationId: string;
	summary: string;
	capability: Capability;
	query?: z.ZodObject;
	body?: z.ZodType;
	/** Accepts an Idempotency-Key header. */
	idempotent?: boolean;
	responses: Record<number, { description: string; schema?: Schema }>;
}

const uuidParams = (path: string) => [...path.matchAll(/\{(\w+)\}/g)].map((m) => ({ name: m[1]!, in: 'path', required: true, schema: { type: 'string', format: 'uuid' } }));

/** Every `/api/v1` operation; `openapi.spec.ts` checks each route file's verbs are here. */
export const OPERATIONS: Operation[] = [
	{
		path: '/assessments',
		method: 'get',
		operationId: 'listAssessments',
		summary: 'The DPIAs of the organisation, paginated',
		capability: 'register.read',
		query: pagingQuery,
		responses: { 200: { description: 'One page of DPIA summaries', schema: assessmentList } }
	},
	{
		path: '/assessments/{id}',
		method: 'get',
		operationId: 'getAssessment',
		summary: 'One DPIA with all its versions, in the open exchange format',
		capability: 'register.read',
		responses: { 200: { description: 'The DPIA in the exchange format', schema: { $ref: '#/components/schemas/DpiaExport' } } }
	},
	{
		path: '/assessments/{id}/measures/{measureId}',
		method: 'patch',
		operationId: 'updateMeasureStatus',
		summary: "Set a measure's status (planned, in_progress, done) in the DPIA's current version, while that version can be edited",
		capability: 'assessment.edit',
		body: measureStatusRequest,
		idempotent: true,
		responses: { 200: { description: 'The measure after the change', schema: measureResponse }, 409: { description: 'The version is frozen, or a request with the same Idempotency-Key is still running (Retry-After)', schema: apiErrorBody } }
	},
	{
		path: '/prescan',
		method: 'post',
		operationId: 'runPrescan',
		summary: 'Run the pre-scan rules on an input; nothing is stored',
		capability: 'prescan.run',
		body: prescanRequest,
		responses: { 200: { description: 'The pre-scan result', schema: prescanResponse } }
	},
	{
		path: '/processings',
		method: 'post',
		operationId: 'createProcessing',
		summary: 'Register a processing and run its pre-scan with the organisation’s policy',
		capability: 'prescan.run',
		body: createProcessingRequest,
		idempotent: true,
		responses: { 201: { description: 'The processing with its pre-scan result', schema: createProcessingResponse } }
	}
];

function jsonSchema(schema: Schema, io: 'input' | 'output'): Record<string, unknown> {
	if ('$ref' in schema) return schema;
	const { $schema: _, ...rest } = z.toJSONSchema(schema, { target: 'draft-2020-12', io, unrepresentable: 'any' }) as Record<string, unknown>;
	return rest;
}

function queryParameters(query: z.ZodObject) {
	const schema = jsonSchema(query, 'input') as { properties?: Record<string, unknown>; required?: string[] };
	return Object.entries(schema.properties ?? {}).map(([name, property]) => ({ name, in: 'query', required: schema.required?.includes(name) ?? false, schema: property }));
}

const ERRORS: Record<number, string> = {
	400: 'Bad input; `message` and `fields` say what, in the request’s language',
	401: 'No valid API token or session',
	403: 'The role or token may not do this',
	404: 'No such item in this organisation'
};

function operation(op: Operation) {
	const errors = Object.fromEntries(Object.entries(ERRORS).map(([status, description]) => [status, { description, content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } }]));
	const responses = Object.fromEntries(
		Object.entries(op.responses).map(([status, r]) => [status, { description: r.description, ...(r.schema ? { content: { 'application/json': { schema: jsonSchema(r.schema, 'output') } } } : {}) }])
	);
	const idempotency = op.idempotent
		? [
				{
					name: 'Idempotency-Key',
					in: 'header',
					required: false,
					description: 'Kept a day per caller: the same key with the same body gets the first answer again; with another body 422; while the first request with the key is still running 409 with Retry-After.',
					schema: { type: 'string', minLength: 1, maxLength: 200 }
				}
			]
		: [];
	return {
		operationId: op.operationId,
		summary: op.summary,
		description: `Needs the capability \`${op.capability}\`.`,
		parameters: [...uuidParams(op.path), ...(op.query ? queryParameters(op.query) : []), ...idempotency],
		...(op.body ? { requestBody: { required: true, content: { 'application/json': { schema: jsonSchema(op.body, 'input') } } } } : {}),
		responses: { ...errors, ...(op.idempotent ? { 409: { description: 'A request with the same Idempotency-Key is still running: try again after Retry-After seconds' }, 422: { description: 'The Idempotency-Key was used for another request' } } : {}), ...responses }
	};
}

function exchangeDocument(): Record<string, unknown> {
	const { $schema: _, ...rest } = exchangeSchema as Record<string, unknown>;
	return rest;
}

/** The OpenAPI 3.1 description of `/api/v1`, generated from the handlers' own zod schemas. */
export function openApiDocument() {
	const paths: Record<string, Record<string, unknown>> = {};
	for (const op of OPERATIONS) (paths[op.path] ??= {})[op.method] = operation(op);
	paths['/openapi.json'] = { get: { operationId: 'openApi', summary: 'This description', security: [], responses: { 200: { description: 'OpenAPI 3.1 document' } } } };
	return {
		openapi: '3.1.0',
		info: {
			title: 'DPIA Wijzer API',
			version: '1',
			description: 'Read the register and DPIAs, run the pre-scan, register processings and track measures. Errors are `{ "error": { "code", "message" } }` in the language of Accept-Language (nl, en).',
			license: { name: 'EUPL-1.2', identifier: 'EUPL-1.2' }
		},
		servers: [{ url: '/api/v1' }],
		security: [{ token: [] }, { session: [] }],
		components: {
			securitySchemes: {
				token: { type: 'http', scheme: 'bearer', description: 'An API token made under Beheer → API-sleutels' },
				session: { type: 'apiKey', in: 'header', name: 'X-Organisation', description: 'A logged-in session (cookie) plus the organisation slug' }
			},
			schemas: {
				Error: jsonSchema(apiErrorBody, 'output'),
				// the exchange format's own schema (generated from its zod format, exchange/generate-schema.ts), $id included
				DpiaExport: exchangeDocument()
			}
		},
		paths
	};
}
