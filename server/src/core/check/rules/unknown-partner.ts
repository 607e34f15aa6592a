import type { Field } from '../../model/model';
import type { ActivityRule, ActivityRuleContext, Messages } from '../rule';
import { closestMatches } from '../../base/suggest';
import { referenceFixes, type SuggestionsData } from '../fixes/replace';

const MESSAGES = {
  unknownSuggested: {
    en: 'No partner has the id `{id}`. Did you mean `{suggestion}`?',
    sv: 'Ingen partner har id:t `{id}`. Menade du `{suggestion}`?',
  },
  unknown: {
    en: 'No partner has the id `{id}`. Use one of the ids under `partners`.',
    sv: 'Ingen partner har id:t `{id}`. Använd ett av id:na under `partners`.',
  },
} as const satisfies Messages;

export const unknownPartner: ActivityRule<typeof MESSAGES, SuggestionsData> = {
  id: 'unknown-partner',
  severity: 'error',
  kind: 'activity',
  messages: MESSAGES,
  fixes: referenceFixes,
  guideSection: 'Partner som kan delta i samma projekt',
  docs: {
    en: {
      summary: 'Every `host` and `from` must name a partner of the application.',
      details:
        'Activities are hosted and participants sent by organisations taking part in the partnership itself. A `host` or `from` that matches no `id` under `partners` is usually a typo; the quick fix offers the closest partner ids. Decision: while a partner is written but cannot be read (`partners` written as a mapping, a partner that is not a mapping, an `id` misspelt or of the wrong type), no `host` or `from` is reported: it may name that partner, whose own `schema` error is the one diagnostic.',
    },
    sv: {
      summary: 'Varje `host` och `from` måste ange en partner i ansökan.',
      details:
        'Verksamheter tas emot och deltagare skickas av organisationer som själva deltar i partnerskapet. Ett `host` eller `from` som inte motsvarar något `id` under `partners` är oftast ett skrivfel; snabbkorrigeringen föreslår de närmaste partner-id:na. Beslut: så länge en partner är skriven men inte går att läsa (`partners` skrivet som en mappning, en partner som inte är en mappning, ett felstavat `id` eller ett `id` av fel typ) rapporteras inget `host` eller `from`: det kan avse den partnern, vars eget `schema`-fel är den enda diagnosen.',
    },
  },
  fixDocs: {
    en: 'Each close partner id.',
    sv: 'Varje närliggande partner-id.',
  },
  check(context) {
    checkReference(context, context.activity.host);
    for (const group of context.activity.participants) checkReference(context, group.from);
  },
};

function checkReference(context: ActivityRuleContext<typeof MESSAGES, SuggestionsData>, reference: Field<string> | undefined): void {
  // A partner that is written but unreadable may be the one named: its own mistake is the diagnostic.
  if (!reference || !context.partners.partnersReadable || context.partners.partnerById.has(reference.value)) return;
  const known = [...context.partners.partnerById.keys()];
  const { tr } = context;
  const suggestions = closestMatches(reference.value, known);
  const message =
    suggestions.length > 0
      ? tr.t('unknownSuggested', { id: reference.value, suggestion: suggestions[0] })
      : tr.t('unknown', { id: reference.value });
  context.report(reference.span, message, { suggestions });
}
