import { allowedTypes } from '../../format/constraints';
import { hostOf } from '../../model/facts';
import { partnerChoiceFixes } from '../fixes/partner-choice';
import type { ActivityRule, Messages } from '../rule';

/** The host's organisation type. */
export type HeTeachingHostData = { readonly partnerType: string };

const MESSAGES = {
  notHei: {
    en: 'The host `{host}` is not a higher education institution: for teaching assignments in higher education the guide requires the receiving organisation to be one.',
    sv: 'Värdorganisationen `{host}` är inte ett lärosäte: för undervisningsuppdrag inom högre utbildning kräver handledningen att den mottagande organisationen är ett deltagande lärosäte.',
  },
} as const satisfies Messages;

export const heTeachingHost: ActivityRule<typeof MESSAGES, HeTeachingHostData> = {
  id: 'he-teaching-host',
  severity: 'error',
  kind: 'activity',
  messages: MESSAGES,
  fixes: partnerChoiceFixes,
  guideSection: 'Undervisning och fortbildning (2–12 månader)',
  docs: {
    en: {
      summary: 'In a higher-education project, a long-term teaching assignment must be hosted by a higher education institution.',
      details:
        'For long-term staff mobility for teaching in higher education, the guide lets any participating organisation send the staff member, but the receiving organisation "måste vara ett deltagande lärosäte" (must be a participating higher education institution). Reported at `host` of a `long-term-teaching-assignment` with `purpose: teaching` in a project whose field is `higher-education` when the host partner\'s `type` is not `higher-education-institution`. Choose a university partner as host, or use `purpose: training` if the stay is for the staff member\'s own training.',
    },
    sv: {
      summary: 'I ett projekt inom högre utbildning måste ett längre undervisningsuppdrag tas emot av ett lärosäte.',
      details:
        'För längre personalutbyten för undervisning inom högre utbildning får vilken deltagande organisation som helst vara sändande, men den mottagande organisationen "måste vara ett deltagande lärosäte". Rapporteras vid `host` i ett `long-term-teaching-assignment` med `purpose: teaching` i ett projekt med området `higher-education` när värdorganisationens `type` inte är `higher-education-institution`. Välj ett lärosäte som värdorganisation, eller använd `purpose: training` om vistelsen gäller deltagarens egen fortbildning.',
    },
  },
  fixDocs: {
    en: 'Use partner `X` as host for each partner that is a `higher-education-institution` and breaks no other host requirement there (no sender and no group\'s `residence` in its country). Another host is a choice between partners, not a correction of what was written, so Fix all never applies it, and it is preferred only when there is one candidate.',
    sv: 'Använd partnern `X` som värdorganisation för varje partner som är en `higher-education-institution` och inte bryter mot något annat krav på värdorganisationen där (ingen sändande partner och ingen grupps `residence` i dess land). En annan värdorganisation är ett val mellan partner, inte en rättelse av det som skrevs, så Fix all tillämpar den aldrig, och den är förvald bara när det finns en enda kandidat.',
  },
  check({ tr, partners, field, activity, report }) {
    const type = activity.type?.value;
    const allowed = type && allowedTypes('he-teaching-host', 'host', { field, type, purpose: activity.purpose?.value });
    if (!allowed) return;
    const host = hostOf(partners, activity);
    if (!activity.host || !host?.type || allowed.has(host.type.value)) return;
    report(
      activity.host.span,
      tr.t('notHei', { host: activity.host.value }),
      { partnerType: host.type.value },
    );
  },
};
