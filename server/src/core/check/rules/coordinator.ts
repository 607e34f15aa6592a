import type { Partner } from '../../model/model';
import type { DocumentRule, MessageRef, Messages, RuleTranslator } from '../rule';
import { coordinatorFixes } from '../fixes/add-key';

/** No coordinator: the first partner, to mark; several: the later mark and the first coordinator. */
export type CoordinatorData =
  | { readonly firstPartnerIndex: number }
  | { readonly partnerIndex: number; readonly firstCoordinatorIndex: number };

const MESSAGES = {
  none: {
    en: 'No partner is marked `coordinator: true`: mark the one organisation that applies on behalf of the partnership and coordinates it.',
    sv: 'Ingen partner har `coordinator: true`: markera den organisation som ansöker för partnerskapets räkning och samordnar det.',
  },
  secondNamed: {
    en: '`{partner}` is marked as coordinator, but `{first}` already is: a partnership has exactly one coordinator.',
    sv: '`{partner}` är markerad som samordnare, men det är redan `{first}`: ett partnerskap har exakt en samordnare.',
  },
  second: {
    en: 'Another partner is already marked `coordinator: true`: a partnership has exactly one coordinator.',
    sv: 'En annan partner har redan `coordinator: true`: ett partnerskap har exakt en samordnare.',
  },
} as const satisfies Messages;

export const coordinator: DocumentRule<typeof MESSAGES, CoordinatorData> = {
  id: 'coordinator',
  severity: 'error',
  kind: 'document',
  messages: MESSAGES,
  fixes: coordinatorFixes,
  guideSection: 'Behörighetskriterier för strategiska partnerskap (utanför den medföljande delen av handledningen)',
  docs: {
    en: {
      summary: 'Exactly one partner must be marked `coordinator: true`.',
      details:
        'One participating organisation applies on behalf of the partnership and coordinates it. Mark that partner with `coordinator: true`. When no partner is marked, the `partners` key is reported and the quick fix marks the first partner; when several are, each mark after the first is reported at its `true` value. A `coordinator` value that is not a boolean (such as `yes`) is a `schema` error, and this rule then waits for it to be fixed. This rule comes from the programme guide\'s eligibility criteria for Strategic Partnerships (the applicant, or coordinator, applies on behalf of all partners), which lie outside the bundled section of the guide.',
    },
    sv: {
      summary: 'Exakt en partner måste ha `coordinator: true`.',
      details:
        'En deltagande organisation ansöker för partnerskapets räkning och samordnar det. Markera den partnern med `coordinator: true`. Om ingen partner är markerad rapporteras nyckeln `partners`, och snabbkorrigeringen markerar den första partnern; om flera är markerade rapporteras varje markering efter den första vid värdet `true`. Ett `coordinator`-värde som inte är ett booleskt värde (t.ex. `yes`) är ett `schema`-fel, och då väntar den här regeln tills det är rättat. Regeln kommer från handledningens behörighetskriterier för strategiska partnerskap (den sökande organisationen, samordnaren, ansöker för alla partners räkning), som ligger utanför den del av handledningen som följer med.',
    },
  },
  fixDocs: {
    en: 'None marked: marks the first partner (`coordinator: true`, added or replacing `false`); several: sets a later mark to `false`. Which partner coordinates is your choice, so Fix all leaves both.',
    sv: 'Ingen markerad: markerar den första partnern (`coordinator: true`, tillagd eller i stället för `false`); flera: ändrar en senare markering till `false`. Vilken partner som samordnar väljer du, så Fix all lämnar båda.',
  },
  check({ tr, app, report }) {
    const section = app.partners;
    if (!section || section.items.length === 0) return;
    const marked = section.items.filter((partner) => partner.coordinator?.value === true);
    if (marked.length === 0) {
      // `coordinator: yes` may be the intended mark: the schema reports the wrong type, once.
      const broken = section.items.some((partner) => partner.raw['coordinator'] !== undefined && !partner.coordinator);
      if (broken) return;
      report(
        section.keySpan,
        tr.t('none'),
        { firstPartnerIndex: section.items[0].index },
      );
      return;
    }
    const [first, ...later] = marked;
    for (const partner of later) {
      if (!partner.coordinator) continue;
      report(partner.coordinator.span, severalMessage(first, partner, tr), {
        partnerIndex: partner.index,
        firstCoordinatorIndex: first.index,
      });
    }
  },
};

function severalMessage(first: Partner, partner: Partner, tr: RuleTranslator<typeof MESSAGES>): MessageRef {
  if (first.id && partner.id) {
    return tr.t('secondNamed', { partner: partner.id.value, first: first.id.value });
  }
  return tr.t('second');
}
