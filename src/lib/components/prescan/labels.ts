import type { PrescanFlag, PrescanOutcome } from '$lib/domain/prescan';
import type { TriggerSource } from '$lib/domain/triggers';
import { m } from '$lib/paraglide/messages';

/** Typed maps from domain ids to messages: no message key is ever built from a string. */
export const OUTCOME_LABEL: Record<PrescanOutcome, () => string> = {
	mandatory: m.outcome_mandatory,
	recommended: m.outcome_recommended,
	not_required: m.outcome_not_required
};

export const OUTCOME_TEXT: Record<PrescanOutcome, () => string> = {
	mandatory: m.outcome_mandatory_text,
	recommended: m.outcome_recommended_text,
	not_required: m.outcome_not_required_text
};

export const SOURCE_LABEL: Record<TriggerSource, () => string> = {
	law: m.source_law,
	'ap-list': m.source_ap_list,
	wp248: m.source_wp248,
	policy: m.source_policy
};

export const FLAG_LABEL: Record<PrescanFlag, { title: () => string; text: () => string }> = {
	DTIA_REQUIRED: { title: m.flag_DTIA_REQUIRED, text: m.flag_DTIA_REQUIRED_text },
	KIA_RECOMMENDED: { title: m.flag_KIA_RECOMMENDED, text: m.flag_KIA_RECOMMENDED_text },
	IAMA_RECOMMENDED: { title: m.flag_IAMA_RECOMMENDED, text: m.flag_IAMA_RECOMMENDED_text }
};

/** Outcome as a symbol plus words, never colour alone (WCAG 1.4.1). */
export const OUTCOME_STYLE: Record<PrescanOutcome, { icon: string; box: string }> = {
	mandatory: { icon: '!', box: 'border-red-700 bg-red-50 text-red-900' },
	recommended: { icon: '?', box: 'border-amber-700 bg-amber-50 text-amber-900' },
	not_required: { icon: '✓', box: 'border-emerald-700 bg-emerald-50 text-emerald-900' }
};
