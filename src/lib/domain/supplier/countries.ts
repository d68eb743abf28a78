import type { Locale } from '../catalogue/i18n';

/**
 * Countries by ISO 3166-1 alpha-2 code. Names come from the runtime's CLDR data (Intl.DisplayNames), so
 * the list holds only codes; a code outside it is refused by name.
 */
const ISO_3166 =
	'AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ ' +
	'CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO ' +
	'FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE ' +
	'JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO ' +
	'MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW ' +
	'PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM ' +
	'TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW';
export const COUNTRY_CODES: ReadonlySet<string> = new Set(ISO_3166.split(' '));

/** The EEA: the 27 EU member states plus Iceland, Liechtenstein and Norway (EEA Agreement, Art. 2). */
export const EEA: ReadonlySet<string> = new Set(
	'AT BE BG CY CZ DE DK EE ES FI FR GR HR HU IE IT LT LU LV MT NL PL PT RO SE SI SK IS LI NO'.split(' ')
);

/**
 * European Commission adequacy decisions under Art. 45 GDPR (or Directive 95/46 decisions kept in force by
 * Art. 45(9)). `condition` marks a partial decision: it covers only recipients that meet it, which a
 * supplier record must confirm before the transfer counts as covered. Review this list when the Commission
 * adopts a new decision (one for Brazil was in preparation in 2025).
 */
export const ADEQUACY: ReadonlyMap<string, { condition?: 'canada_commercial' | 'us_dpf' }> = new Map([
	['AD', {}],
	['AR', {}],
	// Decision 2002/2/EC: organisations subject to PIPEDA (commercial activities)
	['CA', { condition: 'canada_commercial' }],
	['CH', {}],
	['FO', {}],
	['GB', {}],
	['GG', {}],
	['IL', {}],
	['IM', {}],
	['JE', {}],
	['JP', {}],
	['KR', {}],
	['NZ', {}],
	// Implementing Decision (EU) 2023/1795: only organisations certified under the EU-US Data Privacy Framework
	['US', { condition: 'us_dpf' }],
	['UY', {}]
]);

export function isCountryCode(value: string): boolean {
	return COUNTRY_CODES.has(value);
}

export function countryName(code: string, locale: Locale): string {
	return new Intl.DisplayNames([locale], { type: 'region' }).of(code) ?? code;
}
