import type { Localized } from '../catalogue/i18n';

/** Where a rule comes from; the pre-scan result names it for every rule that fired (spec §9, §10). */
export type TriggerSource = 'law' | 'ap-list' | 'wp248' | 'policy';

export interface Trigger<Id extends string = string> {
	readonly id: Id;
	readonly source: TriggerSource;
	readonly label: Localized;
	/** One plain sentence on what the rule covers, for the "meer uitleg" disclosure. */
	readonly explanation: Localized;
	/** Short citation: article, list number or policy paragraph. */
	readonly citation: Localized;
}
