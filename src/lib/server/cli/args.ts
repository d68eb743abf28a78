import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './types';

type Options = NonNullable<ParseArgsConfig['options']>;

/** node's own argument parser, with its errors turned into usage errors (exit 2). */
export function parse<O extends Options>(args: string[], options: O, positionals: { min: number; max: number }) {
	let parsed;
	try {
		parsed = parseArgs({ args, options, allowPositionals: true, strict: true });
	} catch (error) {
		throw new UsageError((error as Error).message);
	}
	const count = parsed.positionals.length;
	if (count < positionals.min || count > positionals.max)
		throw new UsageError(count < positionals.min ? 'missing argument' : `unexpected argument: ${parsed.positionals[positionals.max]}`);
	return parsed;
}

export function required(value: string | boolean | (string | boolean)[] | undefined, name: string): string {
	if (typeof value !== 'string' || !value.trim()) throw new UsageError(`--${name} is required`);
	return value.trim();
}
