import { isVisible, optionsOf, questionById } from '$lib/domain/questionnaire/api';
import { listItems } from '../data/derive';
import type { GmrCell, GmrBlock, GmrSection } from './content';
import { bullets, lines, note, para, section, sub, type GmrContext } from './context';

const SENSITIVE = new Set(['bijzonder', 'strafrechtelijk', 'identificatienummer']);

/** §7.3: a table of data items, special data and the BSN in bold. */
function data(ctx: GmrContext): GmrSection {
	const { g } = ctx;
	const items = listItems(ctx.answers, '2');
	if (items.length === 0) return section(ctx, 2, [para(g.data.none)]);
	const rows: GmrCell[][] = items.map((item) => {
		const kind = String(item.answers['2.3'] ?? '');
		const bold = SENSITIVE.has(kind);
		return [
			{ text: lines(ctx, '2.1', item.answers).join(', '), bold },
			lines(ctx, '2.2', item.answers).join(', '),
			{ text: g.data.classes[kind] ?? lines(ctx, '2.3', item.answers).join(''), bold }
		];
	});
	return section(ctx, 2, [{ kind: 'table', caption: g.sections[2]!, columns: g.data.columns, widths: ['*', 130, 150], rows }, note(g.data.sensitiveNote)]);
}

/** §7.4: parties and their role, where the data is and whether it leaves Europe; no security details. */
function access(ctx: GmrContext): GmrSection {
	const { g, answers } = ctx;
	const parties = listItems(answers, '6').map((item) => {
		const roles = (Array.isArray(item.answers['6.2']) ? item.answers['6.2'] : []).map((r) => g.access.roles[String(r)] ?? String(r));
		return `${lines(ctx, '6.1', item.answers).join('')}: ${roles.join(', ')}`;
	});
	const location = lines(ctx, '8.1');
	const mechanism = questionById('8.2')!;
	const foreign = answers['8.3'];
	return section(ctx, 3, [
		sub(g.access.parties),
		parties.length ? bullets(parties) : para(g.access.none),
		...(location.length ? [sub(g.access.location), para(location.join(', '))] : []),
		...(isVisible(mechanism, answers) && lines(ctx, '8.2').length ? [para(g.access.transfer(lines(ctx, '8.2').join(', ')))] : []),
		...(foreign === true ? [{ kind: 'strong', text: g.access.foreignLaw } as GmrBlock] : foreign === false ? [para(g.access.noForeignLaw)] : [])
	]);
}

function retention(ctx: GmrContext): GmrSection {
	const { g } = ctx;
	const period = lines(ctx, '10.1');
	const deletion = lines(ctx, '10.4');
	return section(ctx, 4, [
		para(period.length ? g.retention.period(period.join('')) : g.retention.unknown),
		...(deletion.length ? [sub(g.retention.deletion), para(deletion.join(''))] : [])
	]);
}

/** §7.6: the legal basis explained, and that parents consent for pupils under 16 (art. 5 UAVG). */
function basis(ctx: GmrContext): GmrSection {
	const { g, answers } = ctx;
	const id = typeof answers['11.1'] === 'string' ? answers['11.1'] : null;
	const label = id ? (optionsOf(questionById('11.1')!).find((o) => o.id === id)?.label[ctx.texts.locale] ?? id) : null;
	const subjects = answers['0.4'] as { value?: unknown } | unknown[] | undefined;
	const chosen = Array.isArray(subjects) ? subjects : Array.isArray(subjects?.value) ? subjects.value : [];
	const minors = chosen.includes('leerling_lt16');
	return section(ctx, 5, [
		para(label ? g.basis.chosen(label) : g.basis.unknown),
		...(id && g.basis.explanations[id] ? [para(g.basis.explanations[id]!)] : []),
		...(id === 'a_consent' || minors ? [para(g.basis.parentsConsent)] : [])
	]);
}

export function dataSections(ctx: GmrContext): GmrSection[] {
	return [data(ctx), access(ctx), retention(ctx), basis(ctx)];
}
