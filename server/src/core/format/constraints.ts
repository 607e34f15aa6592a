import type { RuleId } from '../base/types';
import type { ActivityType, FieldId, OrganisationType, Purpose, Role } from './vocabulary';

/**
 * What the programme guide allows, as data: the roles and durations of each activity type, the
 * fields each type is particularly relevant for, who may host and who may send, and where the
 * participants must go abroad. The rules, the quick fixes, completion ranking, snippets and hover
 * all read these tables and predicates; none of them restates a condition.
 *
 * Only type imports: vocabulary.ts re-exports the tables from here, and a runtime import back
 * would make a cycle.
 */

/** Inclusive duration bounds in days (week = 7, month = 30, year = 360). */
export interface DurationBounds {
  readonly minDays: number;
  readonly maxDays: number;
}

export interface RoleRule {
  readonly roles: readonly Role[];
  readonly bounds: DurationBounds;
}

const DAYS_5_TO_2_MONTHS: DurationBounds = { minDays: 5, maxDays: 60 };
const DAYS_3_TO_2_MONTHS: DurationBounds = { minDays: 3, maxDays: 60 };
const DAYS_1_TO_2_MONTHS: DurationBounds = { minDays: 1, maxDays: 60 };
const MONTHS_2_TO_12: DurationBounds = { minDays: 60, maxDays: 360 };

/** The spec's table "Allowed durations (inclusive) and roles". */
export const ACTIVITY_ROLES: Readonly<Record<ActivityType, readonly RoleRule[]>> = {
  'blended-mobility': [
    { roles: ['student', 'trainee', 'pupil', 'adult-learner', 'young-person'], bounds: DAYS_5_TO_2_MONTHS },
  ],
  'short-term-pupil-exchange': [{ roles: ['pupil'], bounds: DAYS_3_TO_2_MONTHS }],
  'intensive-study-programme': [
    { roles: ['student'], bounds: DAYS_5_TO_2_MONTHS },
    { roles: ['teacher', 'staff', 'expert'], bounds: DAYS_1_TO_2_MONTHS },
  ],
  'long-term-pupil-mobility': [{ roles: ['pupil'], bounds: MONTHS_2_TO_12 }],
  'long-term-teaching-assignment': [{ roles: ['teacher', 'staff'], bounds: MONTHS_2_TO_12 }],
  'long-term-youth-worker-mobility': [{ roles: ['youth-worker'], bounds: MONTHS_2_TO_12 }],
  'short-term-staff-training': [{ roles: ['teacher', 'staff', 'youth-worker'], bounds: DAYS_3_TO_2_MONTHS }],
};

export function allowedRoles(type: ActivityType): Role[] {
  return ACTIVITY_ROLES[type].flatMap((entry) => entry.roles);
}

/** The allowed duration for a role in an activity type, or undefined when the role is not allowed. */
export function durationBounds(type: ActivityType, role: Role): DurationBounds | undefined {
  return ACTIVITY_ROLES[type].find((entry) => entry.roles.includes(role))?.bounds;
}

/** The spec's table "Relevance"; `all` means every field. */
export const RELEVANT_FIELDS: Readonly<Record<ActivityType, readonly FieldId[] | 'all'>> = {
  'blended-mobility': 'all',
  'short-term-pupil-exchange': ['school-education', 'vet'],
  'intensive-study-programme': ['higher-education'],
  'long-term-pupil-mobility': ['school-education'],
  'long-term-teaching-assignment': ['higher-education', 'vet', 'school-education', 'adult-education'],
  'long-term-youth-worker-mobility': ['youth'],
  'short-term-staff-training': 'all',
};

export function isRelevant(type: ActivityType, field: FieldId): boolean {
  const fields = RELEVANT_FIELDS[type];
  return field === 'cross-sectoral' || fields === 'all' || fields.includes(field);
}

/** The guide's education organisations: the first four organisation types. */
export const EDUCATION_ORGANISATIONS: ReadonlySet<OrganisationType> = new Set([
  'higher-education-institution',
  'school',
  'vet-school',
  'adult-education-organisation',
]);

/** The schools that host and send pupils. */
export const SCHOOL_TYPES: ReadonlySet<OrganisationType> = new Set(['school', 'vet-school']);

const HIGHER_EDUCATION_INSTITUTIONS: ReadonlySet<OrganisationType> = new Set(['higher-education-institution']);

/** The mobilities of 2 to 12 months, where participants go abroad. */
export const LONG_TERM_TYPES: ReadonlySet<ActivityType> = new Set([
  'long-term-pupil-mobility',
  'long-term-teaching-assignment',
  'long-term-youth-worker-mobility',
]);

const PUPIL_TYPES: readonly ActivityType[] = ['short-term-pupil-exchange', 'long-term-pupil-mobility'];
const EVERY_FIELD_BUT_HIGHER_EDUCATION: readonly FieldId[] = ['school-education', 'vet', 'adult-education', 'youth', 'cross-sectoral'];

/** The activity as far as who may take part is concerned. */
export interface Situation {
  readonly field?: FieldId;
  readonly type: ActivityType;
  readonly purpose?: Purpose;
}

export type Party = 'host' | 'sender';

/**
 * One organisation-type requirement of the guide: in `activities` (and only in those `fields`,
 * for that `purpose`, for groups of those `roles`, where given), the host or each sending
 * partner must be one of `types`. A condition on an unknown value (no field, no purpose, no
 * role) does not apply: the rule stays silent on what another rule reports.
 */
export interface OrganisationRequirement {
  readonly rule: RuleId;
  readonly party: Party;
  readonly activities: readonly ActivityType[];
  readonly fields?: readonly FieldId[];
  readonly purpose?: Purpose;
  readonly roles?: readonly Role[];
  readonly types: ReadonlySet<OrganisationType>;
}

export const ORGANISATION_REQUIREMENTS: readonly OrganisationRequirement[] = [
  { rule: 'pupil-schools', party: 'host', activities: PUPIL_TYPES, types: SCHOOL_TYPES },
  { rule: 'pupil-schools', party: 'sender', activities: PUPIL_TYPES, types: SCHOOL_TYPES },
  {
    rule: 'he-teaching-host',
    party: 'host',
    activities: ['long-term-teaching-assignment'],
    fields: ['higher-education'],
    purpose: 'teaching',
    types: HIGHER_EDUCATION_INSTITUTIONS,
  },
  {
    rule: 'he-training-sender',
    party: 'sender',
    activities: ['long-term-teaching-assignment'],
    fields: ['higher-education'],
    purpose: 'training',
    types: HIGHER_EDUCATION_INSTITUTIONS,
  },
  {
    rule: 'assignment-sender',
    party: 'sender',
    activities: ['long-term-teaching-assignment'],
    fields: EVERY_FIELD_BUT_HIGHER_EDUCATION,
    types: EDUCATION_ORGANISATIONS,
  },
  {
    rule: 'isp-participants',
    party: 'sender',
    activities: ['intensive-study-programme'],
    roles: ['student', 'teacher'],
    types: HIGHER_EDUCATION_INSTITUTIONS,
  },
];

function applies(requirement: OrganisationRequirement, situation: Situation, role: Role | undefined): boolean {
  const { field, purpose } = situation;
  return (
    requirement.activities.includes(situation.type) &&
    (requirement.fields === undefined || (field !== undefined && requirement.fields.includes(field))) &&
    (requirement.purpose === undefined || requirement.purpose === purpose) &&
    (requirement.roles === undefined || (role !== undefined && requirement.roles.includes(role)))
  );
}

/** The requirements on the host of an activity. */
export function hostRequirements(situation: Situation): OrganisationRequirement[] {
  return ORGANISATION_REQUIREMENTS.filter((r) => r.party === 'host' && applies(r, situation, undefined));
}

/** The requirements on the partner sending a group of `role`. */
export function senderRequirements(situation: Situation, role: Role | undefined): OrganisationRequirement[] {
  return ORGANISATION_REQUIREMENTS.filter((r) => r.party === 'sender' && applies(r, situation, role));
}

/** The organisation types `rule` allows for `party` here; undefined when the rule does not apply. */
export function allowedTypes(rule: RuleId, party: Party, situation: Situation, role?: Role): ReadonlySet<OrganisationType> | undefined {
  const found = ORGANISATION_REQUIREMENTS.find((r) => r.rule === rule && r.party === party && applies(r, situation, role));
  return found?.types;
}

/**
 * Where participants must go abroad: `sender` means the sending partner may not be in the host's
 * country, `residence` that the group's country of residence may not be the host's.
 */
export interface AbroadRequirement {
  readonly rule: RuleId;
  readonly of: 'sender' | 'residence';
  readonly activities: ReadonlySet<ActivityType>;
}

export const ABROAD_REQUIREMENTS: readonly AbroadRequirement[] = [
  { rule: 'long-term-abroad', of: 'sender', activities: LONG_TERM_TYPES },
  { rule: 'pupil-exchange-abroad', of: 'sender', activities: new Set(['short-term-pupil-exchange']) },
  { rule: 'host-country-residence', of: 'residence', activities: new Set(['long-term-teaching-assignment']) },
];

/** Whether `rule` requires the sender (or the residence) to be outside the host's country in this activity type. */
export function mustBeAbroad(rule: RuleId, type: ActivityType): boolean {
  return ABROAD_REQUIREMENTS.some((r) => r.rule === rule && r.activities.has(type));
}

function abroadRules(of: AbroadRequirement['of'], type: ActivityType): RuleId[] {
  return ABROAD_REQUIREMENTS.filter((r) => r.of === of && r.activities.has(type)).map((r) => r.rule);
}

/** What the constraints need to know of a partner; a missing fact breaks nothing. */
export interface PartnerFacts {
  readonly type?: OrganisationType;
  readonly country?: string;
}

/** What the constraints need to know of a participant group. */
export interface GroupFacts {
  readonly role?: Role;
  readonly sender?: PartnerFacts;
  readonly residence?: string;
}

function breaks(requirements: readonly OrganisationRequirement[], partner: PartnerFacts): RuleId[] {
  const type = partner.type;
  return type === undefined ? [] : requirements.filter((r) => !r.types.has(type)).map((r) => r.rule);
}

/** The rules `candidate` would break as the host of the activity with these groups; empty when it qualifies. */
export function hostBreaks(situation: Situation, candidate: PartnerFacts, groups: readonly GroupFacts[]): RuleId[] {
  const broken = breaks(hostRequirements(situation), candidate);
  const country = candidate.country;
  if (country === undefined) return broken;
  for (const rule of abroadRules('sender', situation.type)) {
    if (groups.some((group) => group.sender?.country === country)) broken.push(rule);
  }
  for (const rule of abroadRules('residence', situation.type)) {
    if (groups.some((group) => group.residence === country)) broken.push(rule);
  }
  return broken;
}

/** The rules `candidate` would break sending a group of `role` to `host`; empty when it qualifies. */
export function senderBreaks(situation: Situation, candidate: PartnerFacts, role: Role | undefined, host: PartnerFacts | undefined): RuleId[] {
  const broken = breaks(senderRequirements(situation, role), candidate);
  if (candidate.country !== undefined && candidate.country === host?.country) broken.push(...abroadRules('sender', situation.type));
  return broken;
}

/** Whether `country` may be the residence of a group travelling to `host`. */
export function residenceAllowed(type: ActivityType, country: string, host: PartnerFacts | undefined): boolean {
  return abroadRules('residence', type).length === 0 || country !== host?.country;
}
