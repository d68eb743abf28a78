import type { ParamMatcher } from '@sveltejs/kit';
import { isUuid } from '$lib/ids';

export const match = ((param: string): param is string => isUuid(param)) satisfies ParamMatcher;
