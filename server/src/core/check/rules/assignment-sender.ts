import { disallowedSenders } from '../../model/constraint-facts';
import { partnerChoiceFixes } from '../fixes/partner-choice';
import type { ActivityRule, Messages } from '../rule';

/** The sending partner's organisation type. */
export type AssignmentSenderData = { readonly partnerType: string };

const MESSAGES = {
  notEducation: {
    en: 'The sending partner `{sender}` is of type `{senderType}`, not an education organisation: long-term teaching or training assignments are for staff of a participating school, VET school, higher education institution or adult education organisation.',
    sv: 'Den sändande partnern `{sender}` är av typen `{senderType}`, inte en utbildningsorganisation: längre undervisnings- och fortbildningsuppdrag är till för personal vid en deltagande skola, yrkesskola, ett lärosäte eller en vuxenutbildningsorganisation.',
  },
} as const satisfies Messages;

export const assignmentSender: ActivityRule<typeof MESSAGES, AssignmentSenderData> = {
  id: 'assignment-sender',
  severity: 'error',
  kind: 'activity',
  messages: MESSAGES,
  fixes: partnerChoiceFixes,
  guideSection: 'Undervisning och fortbildning (2–12 månader)',
  docs: {
    en: {
      summary: 'Outside higher education, staff on a long-term teaching or training assignment must be sent by an education organisation.',
      details:
        'The guide opens long-term teaching and training assignments to teachers and other teaching staff "som arbetar vid en utbildningsorganisation" (who work at a participating education organisation). In a project whose field is not `higher-education`, each `from` of a `long-term-teaching-assignment` must therefore be a partner of type `school`, `vet-school`, `higher-education-institution` or `adult-education-organisation`. Enterprises, NGOs and other organisations can receive such staff, but not send them. (Higher-education projects follow their own sending and receiving rules: see `he-teaching-host` and `he-training-sender`.)',
    },
    sv: {
      summary: 'Utanför högre utbildning måste personal på ett längre undervisnings- eller fortbildningsuppdrag skickas av en utbildningsorganisation.',
      details:
        'Handledningen öppnar längre undervisnings- och fortbildningsuppdrag för lärare och annan undervisande personal "som arbetar vid en utbildningsorganisation" som deltar i partnerskapet. I ett projekt vars område inte är `higher-education` måste därför varje `from` i ett `long-term-teaching-assignment` vara en partner av typen `school`, `vet-school`, `higher-education-institution` eller `adult-education-organisation`. Företag, ideella organisationer och andra organisationer kan ta emot sådan personal men inte skicka den. (Projekt inom högre utbildning har egna regler för sändande och mottagande organisationer: se `he-teaching-host` och `he-training-sender`.)',
    },
  },
  fixDocs: {
    en: 'Use partner `X` as sender for each partner that is an education organisation (`school`, `vet-school`, `higher-education-institution` or `adult-education-organisation`) and breaks no other sender requirement there. Another sending partner is a choice between partners, not a correction of what was written, so Fix all never applies it, and it is preferred only when there is one candidate.',
    sv: 'Använd partnern `X` som sändande partner för varje partner som är en utbildningsorganisation (`school`, `vet-school`, `higher-education-institution` eller `adult-education-organisation`) och inte bryter mot något annat krav på sändande partner där. En annan sändande partner är ett val mellan partner, inte en rättelse av det som skrevs, så Fix all tillämpar den aldrig, och den är förvald bara när det finns en enda kandidat.',
  },
  check({ tr, partners, field, activity, report }) {
    for (const { from, senderType } of disallowedSenders('assignment-sender', partners, field, activity)) {
      report(from.span, tr.t('notEducation', { sender: from.value, senderType }), { partnerType: senderType });
    }
  },
};
