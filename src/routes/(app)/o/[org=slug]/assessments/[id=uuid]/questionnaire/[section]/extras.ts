/**
 * The parts of a section's page that only some sections or some people see: the read-only view (no right to
 * edit, or a frozen version), the supplier's facts (6 and 8), document uploads (questions of type FILE) and
 * answers taken from a model DPIA. +page.ts loads them only when the page shows one, so an editor's usual
 * section does not fetch their code (issue 24). The server renders them the same way, so forms work without JS.
 */
export { default as ReadOnlySection } from '$lib/components/questionnaire/ReadOnlySection.svelte';
export { default as QuestionDocuments } from '$lib/components/documents/QuestionDocuments.svelte';
export { default as SectionSupplier } from '$lib/components/supplier/SectionSupplier.svelte';
export { default as ModelAnswerNote } from './ModelAnswerNote.svelte';
