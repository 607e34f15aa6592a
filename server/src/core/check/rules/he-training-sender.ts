import { disallowedSenders } from '../../model/constraint-facts';
import { partnerChoiceFixes } from '../fixes/partner-choice';
import type { ActivityRule, Messages } from '../rule';

/** The sending partner's organisation type. */
export type HeTrainingSenderData = { readonly partnerType: string };

const MESSAGES = {
  notHei: {
    en: 'The sending partner `{sender}` is not a higher education institution: for training assignments in higher education the guide requires the sending organisation to be one.',
    sv: 'Den sändande partnern `{sender}` är inte ett lärosäte: för fortbildningsuppdrag inom högre utbildning kräver handledningen att den sändande organisationen är ett deltagande lärosäte.',
  },
} as const satisfies Messages;

export const heTrainingSender: ActivityRule<typeof MESSAGES, HeTrainingSenderData> = {
  id: 'he-training-sender',
  severity: 'error',
  kind: 'activity',
  messages: MESSAGES,
  fixes: partnerChoiceFixes,
  guideSection: 'Undervisning och fortbildning (2–12 månader)',
  docs: {
    en: {
      summary: 'In a higher-education project, staff on a long-term training assignment must be sent by a higher education institution.',
      details:
        'For long-term staff mobility for training in higher education, the guide says the sending organisation must be a participating higher education institution ("lärosäte"), while any participating organisation may receive the staff member. Reported at each `from` of a `long-term-teaching-assignment` with `purpose: training` in a project whose field is `higher-education` when the sending partner\'s `type` is not `higher-education-institution`. Send the staff from a university partner, or use `purpose: teaching` if they go abroad to teach at a university partner.',
    },
    sv: {
      summary: 'I ett projekt inom högre utbildning måste personal på ett längre fortbildningsuppdrag skickas av ett lärosäte.',
      details:
        'För längre personalutbyten för fortbildning inom högre utbildning ska den sändande organisationen enligt handledningen vara ett deltagande lärosäte, medan mottagaren kan vara vilken deltagande organisation som helst. Rapporteras vid varje `from` i ett `long-term-teaching-assignment` med `purpose: training` i ett projekt med området `higher-education` när den sändande partnerns `type` inte är `higher-education-institution`. Skicka personalen från ett lärosäte, eller använd `purpose: teaching` om de reser för att undervisa vid ett partnerlärosäte.',
    },
  },
  fixDocs: {
    en: 'Use partner `X` as sender for each partner that is a `higher-education-institution` and breaks no other sender requirement there. Another sending partner is a choice between partners, not a correction of what was written, so Fix all never applies it, and it is preferred only when there is one candidate.',
    sv: 'Använd partnern `X` som sändande partner för varje partner som är en `higher-education-institution` och inte bryter mot något annat krav på sändande partner där. En annan sändande partner är ett val mellan partner, inte en rättelse av det som skrevs, så Fix all tillämpar den aldrig, och den är förvald bara när det finns en enda kandidat.',
  },
  check({ tr, partners, field, activity, report }) {
    for (const { from, senderType } of disallowedSenders('he-training-sender', partners, field, activity)) {
      report(from.span, tr.t('notHei', { sender: from.value }), { partnerType: senderType });
    }
  },
};
