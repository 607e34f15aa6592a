import type { Locale } from '../base/types';
import type { ActivityType } from './vocabulary';

/**
 * What the programme guide (../shared/guide/strategiska-partnerskap.sv.txt)
 * says about each activity type, in our own words, for hover and completion
 * documentation. Data, not messages: each text exists in English and Swedish
 * here, and `section` names the guide's (Swedish) section heading.
 *
 * The allowed roles, durations, relevant fields and who may host and send are not
 * repeated here: they come from constraints.ts, so the help cannot drift from the rules.
 */
export interface GuideText {
  /** What the activity is. */
  readonly about: string;
  /**
   * What the guide adds on who takes part beyond the constraints (which explain.ts lists from
   * constraints.ts, so this note never restates who may host or send).
   */
  readonly sendHostNote?: string;
  /** Online language support (the long-term mobilities only). */
  readonly languageSupport?: string;
}

export interface GuideNote {
  /** The heading of the guide section this note summarises. */
  readonly section: string;
  readonly text: Readonly<Record<Locale, GuideText>>;
}

/** The guide's section on online language support for long-term mobilities. */
export const LANGUAGE_SUPPORT_SECTION = 'Språkstöd på nätet';

/** The guide's section with the table of activity types and the fields they are particularly relevant for. */
export const RELEVANCE_SECTION = 'Allmän och yrkesinriktad utbildning, undervisning och lärande inom strategiska partnerskap';

export const ACTIVITY_GUIDE: Readonly<Record<ActivityType, GuideNote>> = {
  'blended-mobility': {
    section: 'Blandade utbyten för studenter, praktikanter, vuxenstuderande, skolelever och unga (5 dagar till 2 månader)',
    text: {
      en: {
        about:
          'One or more short physical mobilities (2 months at most in all) combined with virtual mobility — collaboration platforms, live streaming, video conferencing, social media — that prepares, supports or extends what the participants learn during the physical stay. Describe the virtual part under `virtual`.',
      },
      sv: {
        about:
          'Ett eller flera kortare utbyten på plats (sammanlagt högst 2 månader) som kombineras med virtuella utbyten på nätet – samarbetsplattformar, direktsändningar, videokonferenser, sociala medier – för att förbereda, stödja eller förlänga det deltagarna lär sig under vistelsen. Beskriv den virtuella delen under `virtual`.',
      },
    },
  },
  'short-term-pupil-exchange': {
    section: 'Kortare utbyten för elevgrupper (3 dagar till 2 månader)',
    text: {
      en: {
        about:
          'Groups of pupils (vocational pupils included) work together at one of the partner schools and may stay with each other\'s families. The joint project work should serve the partnership\'s goals, and pupils should always travel with accompanying adults (`accompanying`).',
      },
      sv: {
        about:
          'Elevgrupper (även yrkesutbildningselever) arbetar tillsammans på någon av partnerskolorna och kan bo hos varandras familjer. Det gemensamma projektarbetet bör vara kopplat till partnerskapets mål, och eleverna bör alltid ha sällskap av vuxna (`accompanying`).',
      },
    },
  },
  'intensive-study-programme': {
    section: 'Intensiva studieprogram (studenter: 5 dagar till 2 månader, inbjudna lärare och annan personal: 1 dag till 2 månader)',
    text: {
      en: {
        about:
          'A short study programme that brings students and teaching staff of the participating higher education institutions together with invited experts. The students\' work should be recognised with ECTS credits (`ects: true`), and staff, home students and students from other countries should be in balance.',
      },
      sv: {
        about:
          'Ett kort studieprogram som samlar studenter och undervisande personal från de deltagande lärosätena och inbjudna experter. Studenternas arbete bör erkännas med ECTS-poäng (`ects: true`), och personal, inhemska studenter och studenter från andra länder bör vara i balans.',
      },
    },
  },
  'long-term-pupil-mobility': {
    section: 'Längre utbyten för elever (2–12 månader)',
    text: {
      en: {
        about:
          'Pupils aged 14 or older who study full-time at a partner school spend 2 to 12 months at a school and with a host family abroad. The schools agree learning agreements and recognise the studies done abroad.',
        languageSupport:
          'Selected pupils may get online language support: a test in the language of their studies abroad, and language courses before and during the stay.',
      },
      sv: {
        about:
          'Elever som fyllt 14 år och studerar på heltid vid en partnerskola tillbringar 2–12 månader i en skola och en värdfamilj utomlands. Skolorna tar fram lärandeavtal och erkänner studierna utomlands.',
        languageSupport:
          'Utvalda elever kan få språkstöd på nätet: ett prov i det språk de ska studera på och språkkurser före och under vistelsen.',
      },
    },
  },
  'long-term-teaching-assignment': {
    section: 'Undervisning och fortbildning (2–12 månader)',
    text: {
      en: {
        about:
          'Teachers and other staff of a partner teach at another partner, or take part in its work or in training there, for 2 to 12 months. Say which under `purpose` (`teaching` or `training`).',
        languageSupport: 'Selected staff may get online language support before and during the assignment.',
      },
      sv: {
        about:
          'Lärare och annan personal hos en partner undervisar hos en annan partner, eller deltar i dess verksamhet eller i fortbildning där, i 2–12 månader. Ange vilket under `purpose` (`teaching` eller `training`).',
        languageSupport: 'Utvald personal kan få språkstöd på nätet före och under uppdraget.',
      },
    },
  },
  'long-term-youth-worker-mobility': {
    section: 'Utbyte för personer som arbetar med unga (2–12 månader)',
    text: {
      en: {
        about:
          'Youth workers work abroad for 2 to 12 months and take an active part in the host organisation\'s daily work. The exchange may go one way or both ways between two partners.',
        languageSupport: 'Selected youth workers may get online language support before and during the stay.',
      },
      sv: {
        about:
          'Personer som arbetar med unga arbetar utomlands i 2–12 månader och deltar aktivt i det dagliga arbetet hos den mottagande organisationen. Utbytet kan vara enkelriktat eller ömsesidigt mellan två partner.',
        languageSupport: 'Utvalda personer som arbetar med unga kan få språkstöd på nätet före och under vistelsen.',
      },
    },
  },
  'short-term-staff-training': {
    section: 'Kortare gemensamma utbildningsevenemang för personal (3 dagar till 2 månader)',
    text: {
      en: {
        about:
          'Short training events on the partnership\'s topic for small groups of education staff or youth workers from different countries: study visits, presentations, discussions and courses.',
        sendHostNote:
          'Participants from the host\'s country and from other countries should be in balance (at most half from the host\'s country).',
      },
      sv: {
        about:
          'Korta utbildningsevenemang om partnerskapets ämne för små grupper av utbildningspersonal eller personer som arbetar med unga från olika länder: studiebesök, presentationer, diskussioner och kurser.',
        sendHostNote:
          'Deltagare från värdorganisationens land och från andra länder bör vara i balans (högst hälften från värdorganisationens land).',
      },
    },
  },
};
