import type { SubmitFunction } from '@sveltejs/kit';

/**
 * What our enhanced forms share: the submit button is disabled while the request runs, and the fields keep
 * what the person typed when the server refuses it (SvelteKit would otherwise reset the form).
 */
export class Submitting {
	busy = $state(false);

	enhance: SubmitFunction = () => {
		this.busy = true;
		return async ({ update }) => {
			await update({ reset: false });
			this.busy = false;
		};
	};
}
