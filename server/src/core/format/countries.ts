import type { Locale } from '../base/types';

/** The 249 officially assigned ISO 3166-1 alpha-2 codes. */
const CODES = `
AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ
BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ
CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ
DE DJ DK DM DO DZ
EC EE EG EH ER ES ET
FI FJ FK FM FO FR
GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY
HK HM HN HR HT HU
ID IE IL IM IN IO IQ IR IS IT
JE JM JO JP
KE KG KH KI KM KN KP KR KW KY KZ
LA LB LC LI LK LR LS LT LU LV LY
MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ
NA NC NE NF NG NI NL NO NP NR NU NZ
OM
PA PE PF PG PH PK PL PM PN PR PS PT PW PY
QA
RE RO RS RU RW
SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ
TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ
UA UG UM US UY UZ
VA VC VE VG VI VN VU
WF WS
YE YT
ZA ZM ZW
`
  .trim()
  .split(/\s+/);

export const COUNTRY_CODES: readonly string[] = CODES;
const CODE_SET: ReadonlySet<string> = new Set(CODES);

export function isCountryCode(value: unknown): value is string {
  return typeof value === 'string' && CODE_SET.has(value);
}

const displayNames = new Map<Locale, Intl.DisplayNames>();

/** The country's name in the locale, from the runtime's ICU data (no table to keep up to date). */
export function countryName(code: string, locale: Locale): string {
  let names = displayNames.get(locale);
  if (!names) {
    names = new Intl.DisplayNames([locale], { type: 'region', fallback: 'code' });
    displayNames.set(locale, names);
  }
  return names.of(code) ?? code;
}

/**
 * Codes a mistyped value may have meant: `se` → `SE`, `UK` → `GB`, a country's name in English or
 * Swedish (`Sverige`, `Finland`) → its code, `FI` with a zero-width space → `FI`.
 */
export function suggestCountries(value: string): string[] {
  const visible = value.replace(/[\p{M}\p{Cf}\p{Z}\p{Cc}]/gu, (c) => (c === ' ' ? c : '')).normalize('NFC');
  const upper = visible.trim().toUpperCase();
  if (CODE_SET.has(upper)) return [upper];
  const alias = COMMON_MISTAKES[upper];
  if (alias) return [alias];
  const named = codeByName().get(visible.trim().toLocaleLowerCase('sv'));
  return named ? [named] : [];
}

let byName: Map<string, string> | undefined;

/** Country names in both languages, lower case, to their codes (built on first use, from ICU). */
function codeByName(): Map<string, string> {
  if (byName) return byName;
  const names = new Map<string, string>();
  for (const locale of ['en', 'sv'] as const) {
    for (const code of CODES) names.set(countryName(code, locale).toLocaleLowerCase('sv'), code);
  }
  return (byName = names);
}

/** Codes people often write that ISO does not assign. */
const COMMON_MISTAKES: Readonly<Record<string, string>> = {
  UK: 'GB',
  EL: 'GR',
};
