import { TRANSFER_MECHANISMS } from '$lib/domain/catalogue/transfers';
import { countryName, type ExpiryStatus } from '$lib/domain/supplier';
import { AGREEMENT_MODEL_LABELS, CERTIFICATION_LABELS, isAgreementModel, type CertificationKind } from '$lib/domain/supplier/record';
import { formatDate } from '$lib/components/risk/labels';
import { m } from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';

/** Supplier facts in the UI language. */
export const agreementLabel = (model: string) => (isAgreementModel(model) ? AGREEMENT_MODEL_LABELS[model][getLocale()] : model);

export const certificationLabel = (kind: string) => CERTIFICATION_LABELS[kind as CertificationKind]?.[getLocale()] ?? kind;

export const mechanismLabel = (id: string) => TRANSFER_MECHANISMS.find((t) => t.id === id)?.label[getLocale()] ?? id;

export const countryLabel = (code: string) => (code ? countryName(code, getLocale()) : m.supplier_country_unknown());

/** "valid until …", "ends in N days", "ended on …"; empty when nothing ends. */
export function expiryText(status: ExpiryStatus, until: string | null): string {
	if (status.kind === 'expired') return m.supplier_expired({ date: formatDate(until) });
	if (status.kind === 'expiring') return m.supplier_expiring({ date: formatDate(until) });
	if (status.kind === 'valid') return m.supplier_valid_until({ date: formatDate(until) });
	return '';
}
