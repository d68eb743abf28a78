/**
 * Former interim copy of the risk catalogue (spec §5.3); it now lives in `$lib/domain/risk`. Kept as a
 * re-export for existing importers; new code imports the domain module directly.
 */
export { RISK_CATALOGUE, type CatalogueRisk } from '$lib/domain/risk/catalogue';
export { FEARED_EVENT_LABELS, type FearedEvent, type MitigationType } from '$lib/domain/risk/feared-events';
