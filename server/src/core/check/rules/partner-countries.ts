import { countryName } from '../../format/countries';
import type { DocumentRule, Messages } from '../rule';

/** The one country every partner is in. */
export type PartnerCountriesData = { readonly country: string };

const MESSAGES = {
  onePartner: {
    en: 'The application has only one partner, in {country}: a strategic partnership needs organisations from at least two countries.',
    sv: 'Ansökan har bara en partner, i {country}: ett strategiskt partnerskap behöver organisationer från minst två länder.',
  },
  oneCountry: {
    en: 'All partners are in {country}: a strategic partnership needs organisations from at least two countries.',
    sv: 'Alla partner finns i {country}: ett strategiskt partnerskap behöver organisationer från minst två länder.',
  },
} as const satisfies Messages;

export const partnerCountries: DocumentRule<typeof MESSAGES, PartnerCountriesData> = {
  id: 'partner-countries',
  severity: 'error',
  kind: 'document',
  messages: MESSAGES,
  guideSection: 'Behörighetskriterier för strategiska partnerskap (utanför den medföljande delen av handledningen)',
  docs: {
    en: {
      summary: 'The partners must come from at least two countries.',
      details:
        'A strategic partnership is transnational cooperation: the guide speaks throughout of partners "från olika länder" (from different countries). An application whose partners all give the same `country` (or that has a single partner) is reported at the `partners` key. Add a partner organisation from another country. The rule waits until every partner has a valid country code. This rule comes from the programme guide\'s eligibility criteria for Strategic Partnerships (the minimum number of participating countries), which lie outside the bundled section of the guide: the section quoted here does not state it.',
    },
    sv: {
      summary: 'Partnerna måste komma från minst två länder.',
      details:
        'Ett strategiskt partnerskap är ett internationellt samarbete: handledningen talar genomgående om partner "från olika länder". En ansökan där alla partner anger samma `country` (eller som bara har en partner) rapporteras vid nyckeln `partners`. Lägg till en partnerorganisation från ett annat land. Regeln väntar tills alla partner har en giltig landskod. Regeln kommer från handledningens behörighetskriterier för strategiska partnerskap (det minsta antalet deltagande länder), som ligger utanför den del av handledningen som följer med: det avsnitt som citeras här säger det inte.',
    },
  },
  fixDocs: {
    en: 'None: a partner in a second country cannot be written into the file; the partnership needs to find one.',
    sv: 'Ingen: en partner i ett andra land kan inte skrivas in i filen; partnerskapet behöver hitta en.',
  },
  check({ tr, doc, app, report }) {
    const section = app.partners;
    if (!section || section.items.length === 0) return;
    const written = (doc.root as Record<string, unknown>)['partners'];
    // A partner that is not a mapping has no readable country: another rule reports it.
    if (!Array.isArray(written) || written.length !== section.items.length) return;
    const countries: string[] = [];
    for (const partner of section.items) {
      if (!partner.country) return; // missing or unknown: reported by schema or unknown-country
      countries.push(partner.country.value);
    }
    if (new Set(countries).size >= 2) return;
    const name = countryName(countries[0], tr.locale);
    const message =
      countries.length === 1
        ? tr.t('onePartner', { country: name })
        : tr.t('oneCountry', { country: name });
    report(section.keySpan, message, { country: countries[0] });
  },
};
