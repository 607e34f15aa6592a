import { senderOf } from '../facts';
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
    en: 'None yet: another sending partner is a choice between partners, not a correction of what was written.',
    sv: 'Ingen ännu: en annan sändande partner är ett val mellan partner, inte en rättelse av det som skrevs.',
  },
  check({ tr, partners, field, activity, report }) {
    if (field !== 'higher-education') return;
    if (activity.type?.value !== 'long-term-teaching-assignment' || activity.purpose?.value !== 'training') return;
    for (const group of activity.participants) {
      const sender = senderOf(partners, group);
      if (!group.from || !sender?.type || sender.type.value === 'higher-education-institution') continue;
      report(
        group.from.span,
        tr.t('notHei', { sender: group.from.value }),
        { partnerType: sender.type.value },
      );
    }
  },
};
