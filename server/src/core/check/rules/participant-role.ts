import { participantRoleFixes } from '../fixes/role';
import type { ActivityRule, Messages } from '../rule';
import { ACTIVITY_TYPES, allowedRoles, durationBounds } from '../../format/vocabulary';
import { codeListOr, inlineLabel } from '../../format/wording';

/** The roles the activity type allows. */
export type ParticipantRoleData = { readonly allowed: readonly string[] };

const MESSAGES = {
  notAllowed: {
    en: 'The role `{role}` does not take part in {activity}: the guide allows {allowed}.',
    sv: 'Rollen `{role}` är inte tillåten i {activity}: handledningen tillåter {allowed}.',
  },
} as const satisfies Messages;

export const participantRole: ActivityRule<typeof MESSAGES, ParticipantRoleData> = {
  id: 'participant-role',
  severity: 'error',
  kind: 'activity',
  messages: MESSAGES,
  fixes: participantRoleFixes,
  guideSection: 'Allmän och yrkesinriktad utbildning, undervisning och lärande inom strategiska partnerskap',
  docs: {
    en: {
      summary: 'Each participant group\'s role must be one the guide allows for the activity type.',
      details:
        'Every learning, teaching and training activity is meant for particular participants: short-term exchanges and long-term study mobility for pupils, intensive study programmes for students with their teachers, staff and invited experts, blended mobility for learners (students, trainees, pupils, adult learners, young people), long-term teaching or training assignments for teachers and other education staff, long-term mobility for youth workers, and joint staff training events for teachers, staff and youth workers. A group with another role does not fit the activity; change the role or move the group to an activity that suits it.',
    },
    sv: {
      summary: 'Varje deltagargrupps roll måste vara en som handledningen tillåter för verksamhetstypen.',
      details:
        'Varje verksamhet för lärande, undervisning och utbildning är avsedd för vissa deltagare: kortare och längre elevutbyten för elever, intensiva studieprogram för studenter med deras lärare, personal och inbjudna experter, blandade utbyten för inlärare (studenter, praktikanter, elever, vuxenstuderande, unga), längre undervisnings- och fortbildningsuppdrag för lärare och annan utbildningspersonal, längre utbyten för personer som arbetar med unga, och gemensamma utbildningsevenemang för lärare, personal och personer som arbetar med unga. En grupp med en annan roll passar inte verksamheten; byt roll eller flytta gruppen till en verksamhet som passar.',
    },
  },
  fixDocs: {
    en: 'Change the role to each role the activity type allows, the closest to what was written first. Which role the group has is for you to say, so Fix all never applies it, and it is preferred only when the type allows exactly one role.',
    sv: 'Byter rollen till var och en av de roller som verksamhetstypen tillåter, den som liknar det skrivna mest först. Vilken roll gruppen har avgör du, så Fix all tillämpar den aldrig, och den är förvald bara när typen tillåter exakt en roll.',
  },
  check({ tr, activity, report }) {
    const type = activity.type?.value;
    if (!type) return;
    for (const group of activity.participants) {
      const role = group.role;
      if (!role || durationBounds(type, role.value)) continue;
      const allowed = allowedRoles(type);
      report(
        role.span,
        tr.t('notAllowed', { role: role.value, activity: inlineLabel(ACTIVITY_TYPES[type], tr.locale), allowed: codeListOr(allowed, tr.locale) }),
        { allowed },
      );
    }
  },
};
