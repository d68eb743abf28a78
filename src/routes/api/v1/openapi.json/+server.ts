import { json } from '@sveltejs/kit';
import { openApiDocument } from '$lib/server/api-v1/openapi';
import type { RequestHandler } from './$types';

/** The API's OpenAPI 3.1 description, generated from the handlers' schemas; public, like any API reference. */
export const GET: RequestHandler = () => json(openApiDocument(), { headers: { 'cache-control': 'public, max-age=300' } });
