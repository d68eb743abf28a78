import { json } from '@sveltejs/kit';
import schema from '$lib/server/exchange/dpia-export.schema.json';
import type { RequestHandler } from './$types';

/** The exchange format's JSON Schema at the path of its own `$id`, so a validator can fetch it from the app. */
export const GET: RequestHandler = () => json(schema, { headers: { 'content-type': 'application/schema+json', 'cache-control': 'public, max-age=3600' } });
