import { hasHiddenCharacters, hiddenCharacterNames, showHidden } from '../../base/characters';
import { isCountryCode, suggestCountries } from '../../format/countries';
import type { RawField } from '../../model/model';
import type { DocumentRule, Messages, RuleContext } from '../rule';
import { referenceFixes, type SuggestionsData } from '../fixes/replace';

const MESSAGES = {
  unknownSuggested: {
    en: '`{code}` is not an ISO 3166-1 alpha-2 country code. Did you mean `{suggestion}`?',
    sv: '`{code}` är inte en landskod enligt ISO 3166-1 alpha-2. Menade du `{suggestion}`?',
  },
  unknown: {
    en: '`{code}` is not an ISO 3166-1 alpha-2 country code. Write the two upper-case letters, for example `SE` or `FI`.',
    sv: '`{code}` är inte en landskod enligt ISO 3166-1 alpha-2. Skriv de två versalerna, till exempel `SE` eller `FI`.',
  },
  unassigned: {
    en: '`{code}` is written like a country code but is not one of the assigned ISO 3166-1 alpha-2 codes: use the code of the country, for example `SE` or `FI`.',
    sv: '`{code}` är skriven som en landskod men är ingen av de tilldelade koderna i ISO 3166-1 alpha-2: använd landets kod, till exempel `SE` eller `FI`.',
  },
  hiddenSuggested: {
    en: '`{code}` is not an ISO 3166-1 alpha-2 country code: it holds a character you cannot see ({characters}). Did you mean `{suggestion}`?',
    sv: '`{code}` är inte en landskod enligt ISO 3166-1 alpha-2: den innehåller ett tecken som inte syns ({characters}). Menade du `{suggestion}`?',
  },
} as const satisfies Messages;

export const unknownCountry: DocumentRule<typeof MESSAGES, SuggestionsData> = {
  id: 'unknown-country',
  severity: 'error',
  kind: 'document',
  messages: MESSAGES,
  fixes: referenceFixes,
  guideSection: '—',
  docs: {
    en: {
      summary: '`country` and `residence` must be ISO 3166-1 alpha-2 country codes.',
      details:
        'Countries are written as the two upper-case letters of ISO 3166-1 alpha-2, for example `SE`, `FI`, `DE`. Several rules compare countries (partners from at least two countries, long-term mobility abroad, the host country and the country of residence), so a code that is not assigned — lower case `se`, `UK` for the United Kingdom (its code is `GB`) or `XK` — is reported; the quick fix offers the intended code when it is clear.',
    },
    sv: {
      summary: '`country` och `residence` måste vara landskoder enligt ISO 3166-1 alpha-2.',
      details:
        'Länder skrivs med de två versalerna i ISO 3166-1 alpha-2, till exempel `SE`, `FI`, `DE`. Flera regler jämför länder (partner från minst två länder, längre utbyten utomlands, värdlandet och bosättningslandet), så en kod som inte är tilldelad – gemena `se`, `UK` för Storbritannien (koden är `GB`) eller `XK` – rapporteras; snabbkorrigeringen föreslår den avsedda koden när den är tydlig.',
    },
  },
  fixDocs: {
    en: 'The intended country code when it is clear (`se` → `SE`, `UK` → `GB`).',
    sv: 'Den avsedda landskoden när den är tydlig (`se` → `SE`, `UK` → `GB`).',
  },
  check(context) {
    const { app } = context;
    for (const partner of app.partners?.items ?? []) checkCode(context, partner.raw['country']);
    for (const activity of app.activities?.items ?? []) {
      for (const group of activity.participants) checkCode(context, group.raw['residence']);
    }
    for (const initiative of app.youthInitiatives?.items ?? []) {
      for (const group of initiative.groups?.items ?? []) checkCode(context, group.raw['country']);
    }
  },
};

function checkCode(context: RuleContext<typeof MESSAGES, SuggestionsData>, field: RawField | undefined): void {
  // A value that is not a string (empty, a number, a list) is a schema error.
  if (!field || typeof field.raw !== 'string' || isCountryCode(field.raw)) return;
  const { tr } = context;
  const suggestions = suggestCountries(field.raw);
  const code = showHidden(field.raw, tr.locale);
  const message =
    suggestions.length > 0
      ? hasHiddenCharacters(field.raw)
        ? tr.t('hiddenSuggested', { code, characters: hiddenCharacterNames(field.raw, tr.locale).join(', '), suggestion: suggestions[0] })
        : tr.t('unknownSuggested', { code, suggestion: suggestions[0] })
      : /^[A-Z]{2}$/.test(field.raw)
        ? tr.t('unassigned', { code })
        : tr.t('unknown', { code });
  context.report(field.span, message, { suggestions });
}

