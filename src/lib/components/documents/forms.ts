import { z } from 'zod';
import { SUPPLIER_DOCUMENT_KINDS } from '$lib/domain/documents';

/** Form schemas of the document uploads (issue 21); the file itself is checked by the server's upload check. */
export const supplierDocumentForm = z.object({ kind: z.enum(SUPPLIER_DOCUMENT_KINDS) });
export const questionDocumentForm = z.object({ questionId: z.string().regex(/^\d+\.\d+$/), replaces: z.union([z.literal(''), z.uuid()]).optional() });
export const documentIdForm = z.object({ documentId: z.uuid() });
