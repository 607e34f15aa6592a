import type { ActivityRule, Messages } from '../rule';

/** The guide: pupils "som har fyllt 14 år". */
const MIN_AGE = 14;

/** The minimum age and the age written. */
export type PupilMinAgeData = { readonly minAge: number; readonly age: number };

const MESSAGES = {
  tooYoung: {
    en: 'Pupils in a long-term study mobility must have turned 14; the youngest in this group is {age}.',
    sv: 'Elever i längre utbyten i studiesyfte måste ha fyllt 14 år; den yngsta i den här gruppen är {age}.',
  },
} as const satisfies Messages;

export const pupilMinAge: ActivityRule<typeof MESSAGES, PupilMinAgeData> = {
  id: 'pupil-min-age',
  severity: 'error',
  kind: 'activity',
  messages: MESSAGES,
  guideSection: 'Längre utbyten för elever (2–12 månader)',
  docs: {
    en: {
      summary: 'Pupils in a long-term study mobility must be at least 14 years old.',
      details:
        'The guide opens long-term study mobility (2 to 12 months at a partner school abroad) only to pupils who have turned 14 and study full time at a school of the partnership. `age` gives the youngest participant\'s age in whole years; a group whose youngest pupil is under 14 cannot take part, so choose older pupils or a short-term pupil exchange instead.',
    },
    sv: {
      summary: 'Elever i längre utbyten i studiesyfte måste vara minst 14 år.',
      details:
        'Handledningen öppnar längre utbyten i studiesyfte (2–12 månader vid en partnerskola utomlands) bara för elever som har fyllt 14 år och studerar på heltid vid en skola i partnerskapet. `age` anger den yngsta deltagarens ålder i hela år; en grupp vars yngsta elev är under 14 kan inte delta, så välj äldre elever eller ett kortare utbyte för elevgrupper i stället.',
    },
  },
  fixDocs: {
    en: 'None: the age is a fact about the pupils; a younger group belongs in a short-term exchange instead.',
    sv: 'Ingen: åldern är ett faktum om eleverna; en yngre grupp hör i stället hemma i ett kortare utbyte.',
  },
  check({ tr, activity, report }) {
    if (activity.type?.value !== 'long-term-pupil-mobility') return;
    for (const group of activity.participants) {
      if (!group.age || group.age.value >= MIN_AGE) continue;
      report(
        group.age.span,
        tr.t('tooYoung', { age: group.age.value }),
        { minAge: MIN_AGE, age: group.age.value },
      );
    }
  },
};
