import type { Content, TableCell } from 'pdfmake/interfaces';
import { dataClassesPresent, isVisible, optionsOf, sections, type Answers, type Part, type Question, type Section } from '$lib/domain/questionnaire/api';
import { listItems } from '../data/derive';
import { bullets, dataTable, h1, h2, h3, headed, keep, note } from '../layout/blocks';
import { flowing } from '../layout/flow';
import { BODY_FONT_SIZE, CONTENT_WIDTH } from '../layout/styles';
import { answerLines, type AnswerContext } from './answers';

/** Classes that need their own legal ground (§12): printed in bold in the data table. */
const SENSITIVE_CLASSES = new Set(['bijzonder', 'strafrechtelijk', 'identificatienummer']);

function answerBlock(question: Question, lines: string[], ctx: AnswerContext): Content[] {
	const title = { text: `${question.id}  ${question.label[ctx.texts.locale]}`, style: 'question' };
	if (lines.length === 0) return [keep(title, { text: ctx.texts.notAnswered, style: 'note' })];
	if (lines.length === 1 || question.type === 'TXT' || question.type === 'LONG') return [keep(title, { ...flowing(lines.join('\n'), CONTENT_WIDTH, BODY_FONT_SIZE), style: 'answer' })];
	return [keep(title, bullets(lines))];
}

/**
 * One question as the report shows it: left out when its condition does not hold (a conditional
 * question that was never asked), or when it is optional and blank; "not answered yet" when required.
 */
function question(q: Question, answers: Answers, ctx: AnswerContext, item?: Answers): Content[] {
	if (!isVisible(q, answers, item)) return [];
	if (q.prefill === 'computed') {
		const present = dataClassesPresent(answers);
		const labels = optionsOf(q).filter((o) => present.includes(o.id)).map((o) => o.label[ctx.texts.locale]);
		return answerBlock(q, labels.length ? labels : [ctx.texts.none], ctx);
	}
	const lines = answerLines(q, (item ?? answers)[q.id], ctx);
	if (lines.length === 0 && q.requirement === 'optional') return [];
	return answerBlock(q, lines, ctx);
}

const cell = (lines: string[], bold = false): TableCell => ({ text: lines.join('\n'), bold });

function byId(section: Section, id: string): Question {
	const found = section.questions.find((q) => q.id === id);
	if (!found) throw new Error(`section ${section.id} has no question ${id}`);
	return found;
}

/** §2 as one table: every data item with whose it is, its class (sensitive ones in bold), purpose and source. */
function dataItemsTable(section: Section, answers: Answers, ctx: AnswerContext): Content {
	const q = (id: string) => byId(section, id);
	const rows = listItems(answers, '2').map((item) => {
		const a = item.answers;
		const sensitive = SENSITIVE_CLASSES.has(String(a['2.3']));
		const shown = (id: string) => answerLines(q(id), a[id], ctx, false);
		return [cell(shown('2.1')), cell(shown('2.2')), cell(shown('2.3'), sensitive), cell(shown('2.4')), cell(shown('2.5'))];
	});
	return dataTable(ctx.texts.answers.dataColumns, rows, ['*', 80, 75, '*', 90], ctx.texts.answers.dataItems);
}

/** §6 as one table: party, role, who has access to what, and the processing agreement where it applies. */
function partiesTable(section: Section, answers: Answers, ctx: AnswerContext): Content {
	const q = (id: string) => byId(section, id);
	const rows = listItems(answers, '6').map((item) => {
		const a = item.answers;
		const shown = (id: string) => (isVisible(q(id), answers, a) ? answerLines(q(id), a[id], ctx, id === '6.3') : []);
		return [cell(shown('6.1'), true), cell(shown('6.2')), cell(shown('6.3')), cell([...shown('6.4'), ...shown('6.5')])];
	});
	return dataTable(ctx.texts.answers.partyColumns, rows, [80, 120, '*', 100], ctx.texts.answers.parties);
}

function repeatable(section: Section, answers: Answers, ctx: AnswerContext): Content[] {
	const items = listItems(answers, section.id);
	if (items.length === 0) return [note(ctx.texts.answers.noItems)];
	if (section.id === '2') return [dataItemsTable(section, answers, ctx)];
	if (section.id === '6') return [partiesTable(section, answers, ctx)];
	return items.flatMap((item, i) => headed(h3(ctx.texts.answers.item(i + 1)), section.questions.flatMap((q) => question(q, answers, ctx, item.answers))));
}

function sectionContent(section: Section, answers: Answers, ctx: AnswerContext): Content[] {
	const heading = h2(`§${section.id}  ${section.title[ctx.texts.locale]}`);
	const body = section.repeatable ? repeatable(section, answers, ctx) : section.questions.flatMap((q) => question(q, answers, ctx));
	return headed(heading, body);
}

/**
 * Parts A (description, with the intake) and B (lawfulness) in Model DPIA order. Parts C and D, and the
 * closing sections, are records of their own and have their own chapters.
 */
export function questionnairePart(part: 'A' | 'B', answers: Answers, ctx: AnswerContext, pageBreak: boolean): Content[] {
	const parts: readonly Part[] = part === 'A' ? ['intake', 'A'] : ['B'];
	const chosen = sections.filter((s) => parts.includes(s.part) && s.recordedIn === 'answers');
	return headed(h1(ctx.texts.parts[part], pageBreak), chosen.flatMap((s) => sectionContent(s, answers, ctx)));
}
