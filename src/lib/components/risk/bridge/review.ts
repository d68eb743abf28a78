/**
 * Former interim copy of the review rules (spec §6.3, §9); they now live in `$lib/domain/review`. Kept as
 * a re-export for existing importers; new code imports the domain module directly.
 */
export { CHANGE_REASONS, reviewDueDate, reviewStatus, type ReviewStatus } from '$lib/domain/review';
