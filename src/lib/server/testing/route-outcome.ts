import { isHttpError, isRedirect } from '@sveltejs/kit';

export type RouteOutcome<T = unknown> =
	| { value: T; redirect?: undefined; status?: undefined }
	| { redirect: string; value?: undefined; status?: undefined }
	| { status: number; value?: undefined; redirect?: undefined };

/** Runs a load or action in a test and turns SvelteKit's thrown redirects and errors into plain values. */
export async function outcome<T = unknown>(run: () => unknown): Promise<RouteOutcome<T>> {
	try {
		return { value: (await run()) as T };
	} catch (thrown) {
		if (isRedirect(thrown)) return { redirect: thrown.location };
		if (isHttpError(thrown)) return { status: thrown.status };
		throw thrown;
	}
}
