import { z } from 'zod';
import { m } from '$lib/paraglide/messages';

export const COMMENT_MAX = 5000;

/** A comment on one question (editor ↔ FG); the thread is found or opened by the server. */
export const commentForm = z.object({
	questionId: z.string().min(1).max(20),
	body: z
		.string()
		.trim()
		.min(1, { error: () => m.qn_comment_error_empty() })
		.max(COMMENT_MAX, { error: () => m.qn_comment_error_empty() })
});

export const threadForm = z.object({ threadId: z.uuid(), questionId: z.string().max(20).default('') });
