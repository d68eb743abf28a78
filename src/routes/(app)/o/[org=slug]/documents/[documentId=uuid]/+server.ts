import { error } from '@sveltejs/kit';
import { contentDisposition } from '$lib/domain/documents';
import { requireOrg } from '$lib/server/auth/guard';
import { downloadDocument } from '$lib/server/services/documents';
import { NotFound, scopeOf } from '$lib/server/services/scope';
import type { RequestHandler } from './$types';

/**
 * One attached document of the board, as a download. The stored bytes were recognised at upload; the
 * answer never lets a browser render them in the app's origin (attachment, nosniff, a sandbox CSP).
 */
export const GET: RequestHandler = async (event) => {
	const ctx = await requireOrg(event, 'register.read');
	let found;
	try {
		found = await downloadDocument(event.locals.db, scopeOf(ctx), event.params.documentId);
	} catch (cause) {
		if (cause instanceof NotFound) error(404, 'Not found');
		throw cause;
	}
	const { doc, stream } = found;
	// Streamed chunk by chunk from the database: a 20 MB file never sits whole in memory.
	return new Response(stream, {
		headers: {
			'content-type': doc.contentType,
			'content-length': String(doc.size),
			'content-disposition': contentDisposition(doc.fileName),
			'x-content-type-options': 'nosniff',
			'content-security-policy': "default-src 'none'; sandbox",
			etag: `"${doc.sha256}"`,
			'cache-control': 'private, no-store'
		}
	});
};
