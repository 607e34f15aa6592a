import { senderOf } from '../../model/facts';
import { countryName } from '../../format/countries';
import type { Activity } from '../../model/model';
import type { ActivityRule, Messages, PartnerTable } from '../rule';

/** Whether staff are missing, and the one country all students come from (when they do). */
export type IspBalanceData = { readonly noStaff: boolean; readonly country?: string };

const MESSAGES = {
  noStaffOneCountry: {
    en: 'This intensive study programme has no teacher or staff group, and all its student groups come from {country}: the guide expects a balance between staff, domestic students and students from other countries.',
    sv: 'Det här intensiva studieprogrammet har ingen grupp med lärare eller annan personal, och alla dess studentgrupper kommer från {country}: handledningen förväntar sig en balans mellan personal, inhemska studenter och studenter från andra länder.',
  },
  noStaff: {
    en: 'This intensive study programme has no teacher or staff group: the guide expects a balance between staff and students, with enough staff for active participation in the classroom.',
    sv: 'Det här intensiva studieprogrammet har ingen grupp med lärare eller annan personal: handledningen förväntar sig en balans mellan personal och studenter, med tillräckligt med personal för ett aktivt deltagande i klassrummet.',
  },
  oneCountry: {
    en: 'All student groups of this intensive study programme come from {country}: the guide expects a balance between domestic students and students from other countries.',
    sv: 'Alla studentgrupper i det här intensiva studieprogrammet kommer från {country}: handledningen förväntar sig en balans mellan inhemska studenter och studenter från andra länder.',
  },
} as const satisfies Messages;

export const ispBalance: ActivityRule<typeof MESSAGES, IspBalanceData> = {
  id: 'isp-balance',
  severity: 'warning',
  kind: 'activity',
  messages: MESSAGES,
  guideSection:
    'Intensiva studieprogram (studenter: 5 dagar till 2 månader, inbjudna lärare och annan personal: 1 dag till 2 månader)',
  docs: {
    en: {
      summary: 'Warns when an intensive study programme has no teaching staff, or all its students come from one country.',
      details:
        'The guide asks for "en balans mellan antalet anställda, inhemska studenter och studenter från andra länder" (a balance between staff, domestic students and students from other countries), with enough staff for active participation in the classroom. An `intensive-study-programme` gets one warning at its `type` when it has no `teacher` or `staff` group, when all its `student` groups are sent by partners in the same country, or both; the message says which. Add the teaching staff, or students from another partner country. Decision: while some group\'s `role` is unreadable (a misspelt `studnet`), the rule does not say that all students come from one country: that group may be the students from another country, and its `schema` error is the one diagnostic.',
    },
    sv: {
      summary: 'Varnar när ett intensivt studieprogram saknar undervisande personal eller alla studenter kommer från samma land.',
      details:
        'Handledningen efterfrågar "en balans mellan antalet anställda, inhemska studenter och studenter från andra länder", och tillräckligt med personal för att garantera aktivt deltagande i klassrummet. Ett `intensive-study-programme` får en varning vid sin `type` när det saknar en grupp med `teacher` eller `staff`, när alla `student`-grupper skickas av partner i samma land, eller båda; meddelandet anger vilket. Lägg till undervisande personal, eller studenter från ett annat partnerland. Beslut: så länge någon grupps `role` inte går att läsa (ett felstavat `studnet`) säger regeln inte att alla studenter kommer från samma land: den gruppen kan vara studenterna från ett annat land, och dess `schema`-fel är den enda diagnosen.',
    },
  },
  fixDocs: {
    en: 'None: the balance of staff and students from several countries depends on who takes part, not on how it is written; no edit can make it right.',
    sv: 'Ingen: balansen mellan personal och studenter från flera länder beror på vilka som deltar, inte på hur det skrivs; ingen ändring kan göra den rätt.',
  },
  check({ tr, partners, activity, report }) {
    if (activity.type?.value !== 'intensive-study-programme') return;
    const noStaff = lacksStaff(activity);
    const country = singleStudentCountry(partners, activity);
    if (noStaff && country !== undefined) {
      report(
        activity.type.span,
        tr.t('noStaffOneCountry', { country: countryName(country, tr.locale) }),
        { noStaff, country },
      );
    } else if (noStaff) {
      report(
        activity.type.span,
        tr.t('noStaff'),
        { noStaff },
      );
    } else if (country !== undefined) {
      report(
        activity.type.span,
        tr.t('oneCountry', { country: countryName(country, tr.locale) }),
        { noStaff, country },
      );
    }
  },
};

/** No teacher or staff group; undecided (false) while some group's role is unreadable or there are no groups. */
function lacksStaff(activity: Activity): boolean {
  const written = activity.raw['participants']?.raw;
  if (!Array.isArray(written) || written.length === 0 || written.length !== activity.participants.length) return false;
  if (activity.participants.some((group) => !group.role)) return false;
  return !activity.participants.some((group) => group.role?.value === 'teacher' || group.role?.value === 'staff');
}

/**
 * The one country all student groups come from; undefined when there are none, several, or one is
 * unknown, and while some group's role is unreadable (`techer` may have been `student`): a rule that
 * depends on a broken value stays silent.
 */
function singleStudentCountry(partners: PartnerTable, activity: Activity): string | undefined {
  const written = activity.raw['participants']?.raw;
  if (!Array.isArray(written) || written.length !== activity.participants.length) return undefined;
  if (activity.participants.some((group) => !group.role)) return undefined;
  const countries = new Set<string>();
  for (const group of activity.participants) {
    if (group.role?.value !== 'student') continue;
    const country = senderOf(partners, group)?.country?.value;
    if (country === undefined) return undefined;
    countries.add(country);
  }
  return countries.size === 1 ? [...countries][0] : undefined;
}
