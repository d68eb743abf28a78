import ExcelJS from 'exceljs';
import { OUTCOME_LABEL } from '$lib/components/prescan/labels';
import { measureStatusLabel, measureTypeLabel } from '$lib/components/risk/labels';
import { levelLabel, stateLabel } from '$lib/components/risk/levels';
import { isOutcome } from '$lib/domain/prescan/types';
import type { RegisterQuery } from '$lib/domain/register-query';
import { reviewStatus, shownStatusWith } from '$lib/domain/review';
import { measureNumber } from '$lib/domain/risk';
import { toCsv, type CsvSeparator } from '$lib/domain/spreadsheet';
import { m } from '$lib/paraglide/messages';
import type { Db } from '../db';
import * as registerRepo from '../repo/register';
import { boardMeasures } from '../repo/register-export';
import type { Scope } from './scope';

/** More rows than any board has: the export is the whole filtered register, not one page of it. */
const ALL = 1_000_000;

export interface Sheet {
	/** Worksheet name (Excel allows 31 characters). */
	name: string;
	header: string[];
	rows: string[][];
}

/** The register with the filters of the register page, one row per processing, in the request's language. */
export async function registerSheet(db: Db, scope: Scope, query: RegisterQuery, today: string): Promise<Sheet> {
	const [found, { schools }] = await Promise.all([registerRepo.list(db, scope.organisationId, query, { limit: ALL, offset: 0 }, today), registerRepo.filterChoices(db, scope.organisationId)]);
	const schoolName = new Map(schools.map((s) => [s.id, s.name]));
	return {
		name: m.data_sheet_register(),
		header: [
			m.register_col_name(),
			m.register_col_vendor(),
			m.data_col_model(),
			m.reg_col_schools(),
			m.register_col_prescan(),
			m.register_col_status(),
			m.reg_col_level(),
			m.data_col_review_due(),
			m.data_col_decided_on(),
			m.data_col_overdue_measures(),
			m.data_col_archived()
		],
		rows: found.rows.map((row) => [
			row.name,
			row.vendor,
			row.model ? m.data_model_cell({ system: row.model.system, publisher: row.model.publisher, version: row.model.version }) : '',
			row.schoolIds.map((id) => schoolName.get(id) ?? '').filter(Boolean).join(', '),
			isOutcome(row.prescanOutcome) ? OUTCOME_LABEL[row.prescanOutcome]() : m.register_no_prescan(),
			row.assessmentId && row.status ? stateLabel(shownStatusWith(row.status, reviewStatus(row, today), row)) : m.register_no_dpia(),
			row.assessmentId ? levelLabel(row.highestResidualLevel) || m.reg_level_unknown() : '',
			row.reviewDueOn ?? '',
			row.decidedOn ?? '',
			row.assessmentId ? String(row.overdueMeasures) : '',
			row.archivedAt ? m.data_yes() : ''
		])
	};
}

/** Every measure of every DPIA of the board (their current versions), with owner, due date and status. */
export async function measuresSheet(db: Db, scope: Scope, today: string): Promise<Sheet> {
	const rows = await boardMeasures(db, scope.organisationId);
	let previous = '';
	let n = 0;
	return {
		name: m.data_sheet_measures(),
		header: [m.register_col_name(), m.data_col_measure_number(), m.data_col_measure(), m.data_col_measure_type(), m.data_col_owner(), m.data_col_due(), m.data_col_status(), m.data_col_overdue()],
		rows: rows.map((r) => {
			n = r.assessmentId === previous ? n + 1 : 0;
			previous = r.assessmentId;
			const overdue = r.status !== 'done' && r.dueOn !== null && r.dueOn < today;
			return [r.processing, measureNumber(n), r.title, measureTypeLabel(r.type), r.owner, r.dueOn ?? '', measureStatusLabel(r.status), overdue ? m.data_yes() : ''];
		})
	};
}

export function sheetCsv(sheet: Sheet, separator: CsvSeparator): string {
	return toCsv(sheet.header, sheet.rows, separator);
}

/**
 * The sheet as an Excel workbook. Every cell is written as a text value, never as a formula, so a value
 * that looks like one (`=HYPERLINK(…)`) stays the text it is; dates stay ISO text, the same as in the CSV.
 */
export async function sheetXlsx(sheet: Sheet): Promise<Buffer> {
	const book = new ExcelJS.Workbook();
	book.creator = 'DPIA Wijzer';
	const ws = book.addWorksheet(sheet.name.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
	ws.addRow(sheet.header).font = { bold: true };
	for (const row of sheet.rows) ws.addRow(row);
	ws.columns.forEach((column, i) => {
		const longest = Math.max(sheet.header[i]?.length ?? 0, ...sheet.rows.map((r) => Math.min(60, r[i]?.length ?? 0)));
		column.width = Math.max(10, longest + 2);
	});
	ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: sheet.header.length } };
	return Buffer.from(await book.xlsx.writeBuffer());
}
