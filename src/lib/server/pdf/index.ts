export { buildReportSnapshot, reportSnapshotFor, reportSnapshotOf } from './data/load';
export { isReportSnapshot, REPORT_KINDS, type ReportKind, type ReportSnapshot } from './data/types';
export { sha256Hex, snapshotFingerprint } from './hash';
export { REPORT_LANGUAGES, type ReportLanguage } from './texts';
export { gmrContentHere, renderReportHere } from './render-report';
export type { GmrBlock, GmrCell, GmrContent, GmrSection } from './gmr/content';
export { renderDocx, renderReport, ReportBudgetExceeded, ReportsBusy, type ReportFormat } from './pool';
export { reportFileName } from './file-name';
export { dutchDay } from './layout/format';
