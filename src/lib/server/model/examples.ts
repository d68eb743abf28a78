import camera from './examples/camerasysteem-v1.json';
import learning from './examples/adaptief-leerplatform-v1.json';
import pupils1 from './examples/leerlingadministratie-v1.json';
import pupils2 from './examples/leerlingadministratie-v2.json';
import { validateModel } from './parse';
import type { ModelDocument } from './format';

/**
 * The example models shipped with the app, written by this project from public facts about these kinds of
 * systems and marked `example: true`: not official SIVON or Kennisnet content. Version 2 of the pupil
 * administration model is there to try (and test) the update of a local DPIA.
 */
export const EXAMPLE_IDS = ['leerlingadministratie-v1', 'adaptief-leerplatform-v1', 'camerasysteem-v1', 'leerlingadministratie-v2'] as const;
export type ExampleId = (typeof EXAMPLE_IDS)[number];

const RAW: Record<ExampleId, unknown> = {
	'leerlingadministratie-v1': pupils1,
	'leerlingadministratie-v2': pupils2,
	'adaptief-leerplatform-v1': learning,
	'camerasysteem-v1': camera
};

export function isExampleId(value: unknown): value is ExampleId {
	return typeof value === 'string' && (EXAMPLE_IDS as readonly string[]).includes(value);
}

/** An example as a checked document (a shipped example that fails the format is a bug, so this throws). */
export function exampleModel(id: ExampleId): ModelDocument {
	return validateModel(structuredClone(RAW[id]));
}
