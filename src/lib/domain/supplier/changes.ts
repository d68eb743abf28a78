import type { DataPlace } from './transfers';

/** What the review rules (spec §6.3: "sooner on significant change") need to know of a supplier's chain. */
export interface SupplierChain {
	readonly storageCountry: string;
	readonly subProcessors: readonly DataPlace[];
}

export type ChainChange =
	| { readonly kind: 'storage_moved'; readonly from: string; readonly to: string }
	| { readonly kind: 'sub_processor_added'; readonly party: string; readonly country: string }
	| { readonly kind: 'sub_processor_removed'; readonly party: string }
	| { readonly kind: 'sub_processor_moved'; readonly party: string; readonly from: string; readonly to: string };

const key = (party: string) => party.trim().toLocaleLowerCase('nl');

/**
 * The changes that make every DPIA relying on the supplier due for review: a new or moved place where the
 * data lives. A removed sub-processor is listed too (the DPIA's description is then out of date), but a
 * change of contact details or certifications is not a change of the processing.
 */
export function chainChanges(before: SupplierChain, after: SupplierChain): ChainChange[] {
	const changes: ChainChange[] = [];
	if (before.storageCountry !== after.storageCountry) changes.push({ kind: 'storage_moved', from: before.storageCountry, to: after.storageCountry });
	const old = new Map(before.subProcessors.map((p) => [key(p.party), p]));
	const now = new Map(after.subProcessors.map((p) => [key(p.party), p]));
	for (const [k, p] of now) {
		const was = old.get(k);
		if (!was) changes.push({ kind: 'sub_processor_added', party: p.party, country: p.country });
		else if (was.country !== p.country) changes.push({ kind: 'sub_processor_moved', party: p.party, from: was.country, to: p.country });
	}
	for (const [k, p] of old) if (!now.has(k)) changes.push({ kind: 'sub_processor_removed', party: p.party });
	return changes;
}
