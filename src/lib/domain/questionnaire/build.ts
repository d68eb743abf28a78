import type { Localized } from '../catalogue/i18n';
import type { Part, Question, RecordedIn, Requirement, Section } from './types';

type Pair = readonly [nl: string, en: string];
type Extra = Omit<Partial<Question>, 'id' | 'sectionId' | 'type' | 'requirement' | 'label' | 'help'>;

const REQUIREMENTS = { R: 'required', C: 'conditional', O: 'optional' } as const satisfies Record<string, Requirement>;

export const text = ([nl, en]: Pair): Localized => ({ nl, en });

/** One question in the spec's own shorthand: id, type, R/C/O, label and help in Dutch and English. */
export function q(id: string, type: Question['type'], req: keyof typeof REQUIREMENTS, label: Pair, help: Pair, extra: Extra = {}): Question {
	return { id, sectionId: id.split('.')[0]!, type, requirement: REQUIREMENTS[req], label: text(label), help: text(help), ...extra };
}

export function section(
	id: string,
	part: Part,
	title: Pair,
	questions: readonly Question[],
	options: { repeatable?: boolean; recordedIn?: RecordedIn } = {}
): Section {
	return { id, part, title: text(title), repeatable: options.repeatable ?? false, recordedIn: options.recordedIn ?? 'answers', questions };
}
