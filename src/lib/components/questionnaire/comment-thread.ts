/**
 * What the page needs to show and post comments. Kept apart from the zod schemas in `comment-form.ts`,
 * which only the server's actions use: importing those would ship zod to every questionnaire page.
 */

/** The id of the (otherwise empty) form element a question's comment controls belong to. */
export const commentFormId = (questionId: string): string => `comment-${questionId}`;

/** A question's thread as the page shows it. */
export interface ThreadView {
	id: string;
	questionId: string;
	resolvedAt: Date | string | null;
	comments: { id: string; authorName: string; body: string; createdAt: Date | string }[];
}
