import type { Locale } from '../../base/types';
import { listFormat } from '../../format/wording';
import type { ActivityRule, Messages } from '../rule';
import { isRelevant, RELEVANT_FIELDS } from '../../format/vocabulary';

/** The fields the activity type is particularly relevant for (empty: all). */
export type ActivityRelevanceData = { readonly relevantFields: readonly string[] };

const MESSAGES = {
  notRelevant: {
    en: 'The guide does not list `{type}` as particularly relevant for the field `{field}`; it is particularly relevant for {relevantFields}. Explain in the application how the activity serves the project.',
    sv: 'Handledningen anger inte `{type}` som särskilt relevant för området `{field}`; den är särskilt relevant för {relevantFields}. Förklara i ansökan hur verksamheten tjänar projektet.',
  },
} as const satisfies Messages;

export const activityRelevance: ActivityRule<typeof MESSAGES, ActivityRelevanceData> = {
  id: 'activity-relevance',
  severity: 'warning',
  kind: 'activity',
  messages: MESSAGES,
  guideSection: 'Allmän och yrkesinriktad utbildning, undervisning och lärande inom strategiska partnerskap',
  docs: {
    en: {
      summary: 'Warns when an activity type is not particularly relevant for the project\'s field.',
      details:
        'The guide\'s table "Särskilt relevant för" lists, for each kind of learning, teaching and training activity, the fields where it is particularly relevant: pupil exchanges for school education and VET, intensive study programmes for higher education, long-term youth worker mobility for youth, and so on; blended mobility and short-term staff training suit every field, and a `cross-sectoral` project may use any type. An activity whose `type` is not listed for the project\'s `field` is not forbidden, but the application should explain why it serves the project; the warning is at the `type` value.',
    },
    sv: {
      summary: 'Varnar när en verksamhetstyp inte är särskilt relevant för projektets område.',
      details:
        'Handledningens tabell "Särskilt relevant för" anger för varje typ av lärande-, undervisnings- och utbildningsverksamhet de områden där den är särskilt relevant: elevutbyten för skolutbildning och yrkesutbildning, intensiva studieprogram för högre utbildning, längre utbyten för personer som arbetar med unga för ungdomsverksamhet osv.; blandade utbyten och kortare utbildningsevenemang för personal passar alla områden, och ett `cross-sectoral`-projekt kan använda alla typer. En verksamhet vars `type` inte anges för projektets `field` är inte förbjuden, men ansökan bör förklara varför den tjänar projektet; varningen visas vid värdet i `type`.',
    },
  },
  fixDocs: {
    en: 'None: the activity may well serve the project; what is missing is the application\'s explanation of how, which only you can write.',
    sv: 'Ingen: verksamheten kan mycket väl tjäna projektet; det som saknas är ansökans förklaring av hur, och den kan bara du skriva.',
  },
  check({ tr, field, activity, report }) {
    if (field === undefined) return;
    const type = activity.type;
    if (!type || isRelevant(type.value, field)) return;
    const fields = RELEVANT_FIELDS[type.value];
    const relevant = fields === 'all' ? [] : [...fields];
    report(
      type.span,
      tr.t('notRelevant', { type: type.value, field, relevantFields: codeListAnd(relevant, tr.locale) }),
      { relevantFields: relevant },
    );
  },
};

/** `a`, `b` and `c`: each item in backticks, joined the way `locale` says "and". */
function codeListAnd(items: readonly string[], locale: Locale): string {
  return listFormat('conjunction', locale).format(items.map((item) => `\`${item}\``));
}
