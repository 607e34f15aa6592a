import { disallowedSenders } from '../../model/constraint-facts';
import { partnerChoiceFixes } from '../fixes/partner-choice';
import type { ActivityRule, Messages } from '../rule';

/** The group's role and its sending partner's organisation type. */
export type IspParticipantsData = { readonly role: string; readonly partnerType: string };

const MESSAGES = {
  notHei: {
    en: 'The `{role}` group comes from `{sender}`, which is not a higher education institution: an intensive study programme brings together students and teaching staff of the participating higher education institutions (invited experts and other staff may come from any partner).',
    sv: 'Gruppen `{role}` kommer från `{sender}`, som inte är ett lärosäte: ett intensivt studieprogram samlar studenter och undervisande personal från de deltagande lärosätena (inbjudna experter och annan personal får komma från vilken partner som helst).',
  },
} as const satisfies Messages;

export const ispParticipants: ActivityRule<typeof MESSAGES, IspParticipantsData> = {
  id: 'isp-participants',
  severity: 'error',
  kind: 'activity',
  messages: MESSAGES,
  fixes: partnerChoiceFixes,
  guideSection:
    'Intensiva studieprogram (studenter: 5 dagar till 2 månader, inbjudna lärare och annan personal: 1 dag till 2 månader)',
  docs: {
    en: {
      summary: 'Students and teachers in an intensive study programme must come from higher education institutions.',
      details:
        'The guide describes an intensive study programme as a short programme that brings together students and teaching staff "från deltagande lärosäten" (from participating higher education institutions), together with other experts, specialists and professionals. A `student` or `teacher` group of an `intensive-study-programme` whose `from` partner is not of type `higher-education-institution` is reported at `from`. Groups of `staff` and `expert` may come from any partner, so a company lecturer belongs in an `expert` group.',
    },
    sv: {
      summary: 'Studenter och lärare i ett intensivt studieprogram måste komma från lärosäten.',
      details:
        'Enligt handledningen samlar ett intensivt studieprogram studenter och undervisande personal "från deltagande lärosäten" och andra experter, specialister och yrkesverksamma. En grupp med rollen `student` eller `teacher` i ett `intensive-study-programme` vars partner i `from` inte har typen `higher-education-institution` rapporteras vid `from`. Grupper med `staff` och `expert` får komma från vilken partner som helst, så en föreläsare från ett företag hör hemma i en `expert`-grupp.',
    },
  },
  fixDocs: {
    en: 'Use partner `X` as sender for each partner that is a `higher-education-institution` and breaks no other sender requirement there. Another sending partner is a choice between partners, not a correction of what was written, so Fix all never applies it, and it is preferred only when there is one candidate.',
    sv: 'Använd partnern `X` som sändande partner för varje partner som är en `higher-education-institution` och inte bryter mot något annat krav på sändande partner där. En annan sändande partner är ett val mellan partner, inte en rättelse av det som skrevs, så Fix all tillämpar den aldrig, och den är förvald bara när det finns en enda kandidat.',
  },
  check({ tr, partners, field, activity, report }) {
    // The requirement names roles, so it applies only to a group whose role is readable.
    for (const { from, senderType, role } of disallowedSenders('isp-participants', partners, field, activity)) {
      if (role) report(from.span, tr.t('notHei', { role, sender: from.value }), { role, partnerType: senderType });
    }
  },
};
