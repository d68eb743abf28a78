import { loginOptions } from '$lib/server/services/sign-in-providers';
import type { LayoutServerLoad } from './$types';

/** The school-account sign-in the login pages offer (see ProviderButtons). */
export const load: LayoutServerLoad = async (event) => ({ signIn: await loginOptions(event.locals.db) });
