import { isSector, type Sector } from '$lib/domain/schools';
import { m } from '$lib/paraglide/messages';

const LABELS: Record<Sector, () => string> = {
	po: m.schools_sector_po,
	vo: m.schools_sector_vo,
	so: m.schools_sector_so,
	vso: m.schools_sector_vso
};

export function sectorLabel(sector: string | null): string {
	return isSector(sector) ? LABELS[sector]() : m.schools_no_sector();
}
