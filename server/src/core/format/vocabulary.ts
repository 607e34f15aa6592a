/**
 * The enumerations and tables of the application format
 * (spec: "Enumerations"); the tables "Allowed durations" and "Relevance" are in constraints.ts.
 * The labels are written only here: the JSON Schema's enumerations and their descriptions
 * (json-schema.ts) and the grammar are generated from these tables by `npm run generate`.
 */

export interface Label {
  readonly sv: string;
  readonly en: string;
}

export const FIELDS = {
  'school-education': { sv: 'Skolutbildning', en: 'School education' },
  vet: { sv: 'Yrkesutbildning', en: 'Vocational education and training' },
  'higher-education': { sv: 'Högre utbildning', en: 'Higher education' },
  'adult-education': { sv: 'Vuxenutbildning', en: 'Adult education' },
  youth: { sv: 'Ungdomsverksamhet', en: 'Youth' },
  'cross-sectoral': { sv: 'Sektorsövergripande samarbete', en: 'Cross-sectoral cooperation' },
} as const satisfies Record<string, Label>;
export type FieldId = keyof typeof FIELDS;

export const ACTIVITY_TYPES = {
  'blended-mobility': { sv: 'Blandat utbyte för inlärare', en: 'Blended mobility of learners' },
  'short-term-pupil-exchange': {
    sv: 'Kortare utbyten för elevgrupper',
    en: 'Short-term exchanges of groups of pupils',
  },
  'intensive-study-programme': { sv: 'Intensiva studieprogram', en: 'Intensive study programmes' },
  'long-term-pupil-mobility': {
    sv: 'Längre utbyten i studiesyfte för elever',
    en: 'Long-term study mobility of pupils',
  },
  'long-term-teaching-assignment': {
    sv: 'Längre undervisnings- och fortbildningsuppdrag',
    en: 'Long-term teaching or training assignments',
  },
  'long-term-youth-worker-mobility': {
    sv: 'Längre utbyten för personer som arbetar med unga',
    en: 'Long-term mobility of youth workers',
  },
  'short-term-staff-training': {
    sv: 'Kortare gemensamma utbildningsevenemang för personal',
    en: 'Short-term joint staff training events',
  },
} as const satisfies Record<string, Label>;
export type ActivityType = keyof typeof ACTIVITY_TYPES;

export const ROLES = {
  student: { sv: 'Studenter', en: 'Students' },
  trainee: { sv: 'Praktikanter', en: 'Trainees' },
  pupil: { sv: 'Elever', en: 'Pupils' },
  'adult-learner': { sv: 'Vuxenstuderande', en: 'Adult learners' },
  'young-person': { sv: 'Unga', en: 'Young people' },
  teacher: { sv: 'Lärare, professorer och annan undervisande personal', en: 'Teachers, professors and other teaching staff' },
  staff: { sv: 'Annan utbildningspersonal', en: 'Other education or training staff' },
  'youth-worker': { sv: 'Personer som arbetar med unga', en: 'Youth workers' },
  expert: { sv: 'Inbjudna experter, specialister och yrkesverksamma', en: 'Invited experts, specialists and professionals' },
} as const satisfies Record<string, Label>;
export type Role = keyof typeof ROLES;

export const ORGANISATION_TYPES = {
  'higher-education-institution': { sv: 'Lärosäte', en: 'Higher education institution' },
  school: { sv: 'Skola', en: 'School' },
  'vet-school': { sv: 'Yrkesskola', en: 'Vocational school' },
  'adult-education-organisation': { sv: 'Vuxenutbildningsorganisation', en: 'Adult education organisation' },
  'youth-organisation': { sv: 'Ungdomsorganisation', en: 'Youth organisation' },
  enterprise: { sv: 'Företag', en: 'Enterprise' },
  'public-body': { sv: 'Offentligt organ', en: 'Public body' },
  'research-organisation': { sv: 'Forskningsorganisation', en: 'Research organisation' },
  ngo: { sv: 'Ideell organisation', en: 'Non-governmental organisation' },
  'social-partner': { sv: 'Arbetsmarknadens parter', en: 'Social partner' },
  other: { sv: 'Annan organisation', en: 'Other organisation' },
} as const satisfies Record<string, Label>;
export type OrganisationType = keyof typeof ORGANISATION_TYPES;

export const PRIORITIES = {
  'creativity-innovation-modernisation': { sv: 'Kreativitet, innovation och modernisering', en: 'Creativity, innovation and modernisation' },
  'strategic-use-of-ict': { sv: 'Strategisk användning av it-metoder och virtuellt samarbete', en: 'Strategic use of ICT and virtual cooperation' },
  'open-educational-resources': { sv: 'Öppna lärresurser', en: 'Open educational resources' },
  'quality-of-education-training-youth-work': { sv: 'Kvalitet på allmän utbildning, yrkesutbildning och ungdomsverksamhet', en: 'Quality of education, training and youth work' },
  'entrepreneurship-education': { sv: 'Utbildning i entreprenörskap', en: 'Entrepreneurship education' },
  'equity-and-inclusion': { sv: 'Jämlikhet och inkludering', en: 'Equity and inclusion' },
  'basic-and-transversal-skills': { sv: 'Grundläggande och generella färdigheter', en: 'Basic and transversal skills' },
  'recognition-and-validation': { sv: 'Erkännande och validering av lärandesresultat', en: 'Recognition and validation of learning outcomes' },
  'flexible-learning-pathways': { sv: 'Flexibla utbildningsvägar', en: 'Flexible learning pathways' },
  'professional-development': { sv: 'Ökat yrkeskunnande och fortbildning', en: 'Professional development' },
  'managerial-and-leadership-skills': { sv: 'Förvaltnings- och ledningskunnande', en: 'Managerial and leadership skills' },
  'active-participation-in-society': { sv: 'Ungas aktiva deltagande i samhället', en: 'Active participation of young people in society' },
  'inter-institutional-cooperation': { sv: 'Samarbete mellan institutioner', en: 'Inter-institutional cooperation' },
  'inter-regional-cooperation': { sv: 'Samarbete mellan regioner', en: 'Inter-regional cooperation' },
  'policy-practice-synergies': { sv: 'Samverkan mellan politik och åtgärder', en: 'Synergies between policy and practice' },
} as const satisfies Record<string, Label>;
export type Priority = keyof typeof PRIORITIES;

export const PURPOSES = {
  teaching: { sv: 'Undervisning', en: 'Teaching' },
  training: { sv: 'Fortbildning', en: 'Training' },
} as const satisfies Record<string, Label>;
export type Purpose = keyof typeof PURPOSES;

/*
 * The guide's tables (roles and durations, relevance, education organisations, long-term types)
 * live with the other constraints; re-exported here for the code that reads them as vocabulary.
 */
export {
  ACTIVITY_ROLES,
  allowedRoles,
  durationBounds,
  EDUCATION_ORGANISATIONS,
  isRelevant,
  LONG_TERM_TYPES,
  RELEVANT_FIELDS,
  type DurationBounds,
  type RoleRule,
} from './constraints';

export function isKeyOf<T extends object>(table: T, value: unknown): value is keyof T {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(table, value);
}
