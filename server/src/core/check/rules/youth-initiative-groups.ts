import { countryName, isCountryCode } from '../../format/countries';
import type { DocumentRule, Messages } from '../rule';

/** How many groups there are, and the one country they are all in (when they are). */
export type YouthInitiativeGroupsData = { readonly groupCount: number; readonly country?: string };

const MESSAGES = {
  noGroups: {
    en: 'This youth initiative lists no groups: the guide requires at least two youth groups from different countries.',
    sv: 'Det här ungdomsinitiativet har inga grupper: handledningen kräver minst två ungdomsgrupper från olika länder.',
  },
  oneGroup: {
    en: 'This youth initiative has only one group: the guide requires at least two youth groups from different countries.',
    sv: 'Det här ungdomsinitiativet har bara en grupp: handledningen kräver minst två ungdomsgrupper från olika länder.',
  },
  oneCountry: {
    en: 'All groups of this youth initiative are in {country}: the guide requires at least two youth groups from different countries.',
    sv: 'Alla grupper i det här ungdomsinitiativet finns i {country}: handledningen kräver minst två ungdomsgrupper från olika länder.',
  },
} as const satisfies Messages;

export const youthInitiativeGroups: DocumentRule<typeof MESSAGES, YouthInitiativeGroupsData> = {
  id: 'youth-initiative-groups',
  severity: 'error',
  kind: 'document',
  messages: MESSAGES,
  guideSection: 'Ungdomsinitiativ över gränserna',
  docs: {
    en: {
      summary: 'A youth initiative needs at least two groups from different countries.',
      details:
        'The guide says a transnational youth initiative "ska bestå av lokala aktiviteter som utförs gemensamt av minst två grupper från olika länder" (local activities carried out jointly by at least two groups from different countries). An initiative whose `groups` list has fewer than two groups, or whose groups all give the same `country`, is reported at its `groups` key. Add the partner group from another country.',
    },
    sv: {
      summary: 'Ett ungdomsinitiativ behöver minst två grupper från olika länder.',
      details:
        'Enligt handledningen ska ett ungdomsinitiativ över gränserna "bestå av lokala aktiviteter som utförs gemensamt av minst två grupper från olika länder". Ett initiativ vars lista `groups` har färre än två grupper, eller där alla grupper anger samma `country`, rapporteras vid nyckeln `groups`. Lägg till gruppen från det andra landet.',
    },
  },
  fixDocs: {
    en: 'None: a second group from another country is a partner to find, not a value to write.',
    sv: 'Ingen: en andra grupp från ett annat land är en partner att hitta, inte ett värde att skriva.',
  },
  check({ tr, app, report }) {
    for (const initiative of app.youthInitiatives?.items ?? []) {
      const groups = initiative.groups;
      const written = initiative.raw['groups']?.raw;
      if (!groups || !Array.isArray(written)) continue; // a missing or wrongly typed `groups` is the schema's
      if (written.length === 0) {
        report(
          groups.keySpan,
          tr.t('noGroups'),
          { groupCount: 0 },
        );
        continue;
      }
      if (written.length === 1) {
        report(
          groups.keySpan,
          tr.t('oneGroup'),
          { groupCount: 1 },
        );
        continue;
      }
      // The country condition needs every group's country; an unknown one is reported elsewhere.
      if (groups.items.length !== written.length) continue;
      const countries = groups.items.map((group) => group.country?.value);
      if (!countries.every(isCountryCode)) continue;
      if (new Set(countries).size > 1) continue;
      report(
        groups.keySpan,
        tr.t('oneCountry', { country: countryName(countries[0], tr.locale) }),
        { groupCount: written.length, country: countries[0] },
      );
    }
  },
};
