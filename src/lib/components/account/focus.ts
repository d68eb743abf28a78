import type { Attachment } from 'svelte/attachments';

/**
 * Moves focus to the first field the server marked invalid, so keyboard and screen-reader users land on
 * what needs fixing. Re-runs whenever a new set of errors arrives. Without JavaScript the messages are
 * still beside their fields (aria-describedby), only the focus move is missing.
 */
export function focusFirstError(errors: Record<string, string> | undefined): Attachment<HTMLFormElement> {
	return (form) => {
		if (!errors || !Object.keys(errors).length) return;
		form.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
	};
}
