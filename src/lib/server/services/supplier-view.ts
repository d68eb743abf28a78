import { COUNTRY_CODES, countryName, dtiaFindings, expiryStatus, type DataPlace, type ExpiryStatus } from '$lib/domain/supplier';
import { m } from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';
import { CERTIFICATION_LABELS, type CertificationKind } from '$lib/domain/supplier/record';
import type { CalendarEvent } from './ical';
import type { Supplier } from '../db/schema';
import * as processingsRepo from '../repo/processings';
import * as repo from '../repo/suppliers';
import { NotFound, type Scope } from './scope';
import type { Db } from '../db';

/** Every country as a choice in the reader's language, by name. */
export function countryChoices(): { code: string; name: string }[] {
	const locale = getLocale();
	return [...COUNTRY_CODES].map((code) => ({ code, name: countryName(code, locale) })).sort((a, b) => a.name.localeCompare(b.name, locale));
}

/** Every place a supplier's chain holds the data: its own storage and each sub-processor. */
export function placesOf(supplier: Pick<Supplier, 'name' | 'storageCountry' | 'subProcessors'>): DataPlace[] {
	const own = supplier.storageCountry ? [{ party: supplier.name, country: supplier.storageCountry }] : [];
	return [...own, ...supplier.subProcessors.map((p) => ({ party: p.name, country: p.country, mechanism: p.mechanism }))];
}

/** Why the supplier's chain needs a transfer impact assessment, one reason per place; none when it does not. */
const dtiaReasons = (supplier: Pick<Supplier, 'name' | 'storageCountry' | 'subProcessors'>) => dtiaFindings(placesOf(supplier)).map((f) => f.reason);

/** What needs attention about a supplier today: the DTIA flag's reasons and what expires or has expired. */
export function attentionOf(supplier: Supplier, today: string) {
	return {
		dtia: dtiaReasons(supplier),
		agreement: expiryStatus(supplier.agreementModel === 'none' ? null : supplier.agreementValidUntil, today),
		certifications: supplier.certifications.map((c) => expiryStatus(c.validUntil || null, today))
	};
}

export const needsAttention = (status: ExpiryStatus) => status.kind === 'expiring' || status.kind === 'expired';

export async function supplierList(db: Db, scope: Scope, today: string) {
	const rows = await repo.list(db, scope.organisationId);
	return rows.map(({ supplier, processings }) => ({ supplier, processings, attention: attentionOf(supplier, today) }));
}

export async function supplierPage(db: Db, scope: Scope, id: string, today: string) {
	const supplier = await repo.read(db, scope.organisationId, id);
	if (!supplier) throw new NotFound('supplier');
	return { supplier, attention: attentionOf(supplier, today), processings: await repo.processingsOf(db, id) };
}

/** The DTIA flag of a processing through its supplier: the reasons, none when it has no supplier or none apply. */
export async function supplierFlagsOf(db: Db, scope: Scope, supplierId: string | null) {
	if (!supplierId) return null;
	const supplier = await repo.read(db, scope.organisationId, supplierId);
	if (!supplier) return null;
	return { id: supplier.id, name: supplier.name, dtia: dtiaReasons(supplier) };
}

/** A processing's supplier flags and the review its supplier's change calls for, for the DPIA's pages. */
export async function processingSupplier(db: Db, scope: Scope, processingId: string) {
	const processing = await processingsRepo.read(db, scope.organisationId, processingId);
	return { supplier: await supplierFlagsOf(db, scope, processing?.supplierId ?? null), supplierChange: processing?.supplierChange ?? null };
}

/** The suppliers a processing can be linked to, by name. */
export async function activeSuppliers(db: Db, scope: Scope) {
	const rows = await repo.list(db, scope.organisationId);
	return rows.filter((r) => !r.supplier.archivedAt).map((r) => ({ id: r.supplier.id, name: r.supplier.name }));
}

/** Agreements and certifications that end within 90 days or have ended, for the dashboard. */
export async function expiringEvidence(db: Db, scope: Scope, today: string) {
	const rows = await repo.list(db, scope.organisationId);
	const due: { supplier: Pick<Supplier, 'id' | 'name'>; what: 'agreement' | string; status: ExpiryStatus; until: string }[] = [];
	for (const { supplier } of rows) {
		if (supplier.archivedAt) continue;
		const { agreement, certifications } = attentionOf(supplier, today);
		if (needsAttention(agreement)) due.push({ supplier, what: 'agreement', status: agreement, until: supplier.agreementValidUntil! });
		supplier.certifications.forEach((c, i) => {
			if (needsAttention(certifications[i]!)) due.push({ supplier, what: c.kind, status: certifications[i]!, until: c.validUntil });
		});
	}
	return due.sort((a, b) => a.until.localeCompare(b.until));
}

/**
 * The end dates of the board's agreements and certifications as calendar events: a calendar app reminds
 * ahead of them, as the dashboard lists them from 90 days before. Archived suppliers are left out.
 */
export async function evidenceEvents(db: Db, organisationId: string, options: { locale: 'nl' | 'en'; supplierUrl: (id: string) => string }): Promise<CalendarEvent[]> {
	const locale = { locale: options.locale };
	const events: CalendarEvent[] = [];
	for (const { supplier } of await repo.list(db, organisationId)) {
		if (supplier.archivedAt) continue;
		const url = options.supplierUrl(supplier.id);
		if (supplier.agreementModel !== 'none' && supplier.agreementValidUntil)
			events.push({
				uid: `agreement-${supplier.id}-${supplier.agreementValidUntil}@dpia-wijzer`,
				date: supplier.agreementValidUntil,
				summary: m.supplier_event_agreement({ name: supplier.name }, locale),
				description: m.supplier_event_desc({ name: supplier.name }, locale),
				url
			});
		for (const c of supplier.certifications) {
			if (!c.validUntil) continue;
			const what = CERTIFICATION_LABELS[c.kind as CertificationKind]?.[options.locale] ?? c.kind;
			events.push({
				uid: `certification-${supplier.id}-${c.kind}-${c.validUntil}@dpia-wijzer`,
				date: c.validUntil,
				summary: m.supplier_event_certification({ what, name: supplier.name }, locale),
				description: m.supplier_event_desc({ name: supplier.name }, locale),
				url
			});
		}
	}
	return events;
}
