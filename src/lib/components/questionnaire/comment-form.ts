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

/** The id of the (otherwise empty) form element a question's comment controls belong to. */
export const commentFormId = (questionId: string): string => `comment-${questionId}`;

/** A question's thread as the page shows it. */
export interface ThreadView {
	id: string;
	questionId: string;
	resolvedAt: Date | string | null;
	comments: { id: string; authorName: string; body: string; createdAt: Date | string }[];
}
