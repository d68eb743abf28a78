import { DATA_CLASSES } from '../catalogue/options';
import type { Answers } from './types';
import { itemsOf } from './values';

/** The list whose items a computed answer is made from: §2, the data. */
export const COMPUTED_FROM = '2';

/** 12.1: the classes of data present, read from the data items of §2 (in OL-CLASS order, each once). */
export function dataClassesPresent(answers: Answers): string[] {
	const present = new Set(itemsOf(answers, COMPUTED_FROM).map((item) => item.answers['2.3']));
	return DATA_CLASSES.map((c) => c.id).filter((id) => present.has(id));
}
