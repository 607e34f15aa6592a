import { COUNTRY_CODES, countryName } from '../countries';
import type { ItemContext, ValueContext } from '../cursor-context';
import {
  activityTypeMarkdown,
  fieldMarkdown,
  organisationTypeMarkdown,
  partnerDetail,
  partnerMarkdown,
  priorityMarkdown,
  purposeMarkdown,
  roleMarkdown,
} from '../explain';
import type { Activity, Group, Partner } from '../model';
import {
  ACTIVITY_TYPES,
  allowedRoles,
  EDUCATION_ORGANISATIONS,
  FIELDS,
  isRelevant,
  LONG_TERM_TYPES,
  ORGANISATION_TYPES,
  PRIORITIES,
  PURPOSES,
  ROLES,
  type ActivityType,
  type FieldId,
  type OrganisationType,
  type Role,
} from '../vocabulary';
import { activityDurations, groupDurations, projectDurations } from './durations';
import type { Scope } from './scope';
import { isSchool, matches, rank } from './shared';
import type { CompletionEntry } from './types';

export function values(scope: Scope, context: ValueContext): CompletionEntry[] {
  const path = context.path;
  if (matches(path, ['project', 'field'])) return fields(scope, context);
  if (matches(path, ['project', 'priorities', '#'])) return priorities(scope, context);
  if (matches(path, ['project', 'duration'])) return projectDurations(scope, context);
  if (matches(path, ['partners', '#', 'type'])) return organisationTypes(scope, context);
  if (matches(path, ['partners', '#', 'country'])) return countries(scope, context);
  if (matches(path, ['partners', '#', 'coordinator'])) return coordinator(scope, context);
  if (matches(path, ['activities', '#', 'type'])) return activityTypes(scope, context);
  if (matches(path, ['activities', '#', 'host'])) return partnerRefs(scope, context, 'host');
  if (matches(path, ['activities', '#', 'duration'])) return activityDurations(scope, context);
  if (matches(path, ['activities', '#', 'purpose'])) return purposes(scope, context);
  if (matches(path, ['activities', '#', 'ects'])) return booleans(scope, context, [true, false]);
  if (matches(path, ['activities', '#', 'participants', '#', 'from'])) return partnerRefs(scope, context, 'from');
  if (matches(path, ['activities', '#', 'participants', '#', 'role'])) return roles(scope, context);
  if (matches(path, ['activities', '#', 'participants', '#', 'duration'])) return groupDurations(scope, context);
  if (matches(path, ['activities', '#', 'participants', '#', 'residence'])) return countries(scope, context);
  if (matches(path, ['youth-initiatives', '#', 'groups', '#', 'country'])) return countries(scope, context);
  if (matches(path, ['youth-initiatives', '#', 'groups', '#', 'minors'])) return booleans(scope, context, [true, false]);
  return [];
}

export function fields(scope: Scope, context: ValueContext): CompletionEntry[] {
  return (Object.keys(FIELDS) as FieldId[]).map((field, index) =>
    scope.value(context, field, 'enum', rank(1, index), FIELDS[field][scope.locale], fieldMarkdown(scope.tr, field)),
  );
}

export function activityTypes(scope: Scope, context: ValueContext): CompletionEntry[] {
  const field = scope.field;
  return (Object.keys(ACTIVITY_TYPES) as ActivityType[]).map((type, index) => {
    const relevant = field === undefined || isRelevant(type, field);
    return scope.value(
      context,
      type,
      'enum',
      rank(relevant ? 1 : 2, index),
      ACTIVITY_TYPES[type][scope.locale],
      activityTypeMarkdown(scope.tr, type, field),
    );
  });
}

export function roles(scope: Scope, context: ValueContext): CompletionEntry[] {
  const type = scope.activityAt(context.path[1])?.type?.value;
  const roles = type ? allowedRoles(type) : (Object.keys(ROLES) as Role[]);
  return roles.map((role, index) =>
    scope.value(context, role, 'enum', rank(1, index), ROLES[role][scope.locale], roleMarkdown(scope.tr, role, type)),
  );
}

export function organisationTypes(scope: Scope, context: ValueContext): CompletionEntry[] {
  return (Object.keys(ORGANISATION_TYPES) as OrganisationType[]).map((type, index) =>
    scope.value(context, type, 'enum', rank(1, index), ORGANISATION_TYPES[type][scope.locale], organisationTypeMarkdown(scope.tr, type)),
  );
}

export function purposes(scope: Scope, context: ValueContext): CompletionEntry[] {
  return (Object.keys(PURPOSES) as (keyof typeof PURPOSES)[]).map((purpose, index) =>
    scope.value(context, purpose, 'enum', rank(1, index), PURPOSES[purpose][scope.locale], purposeMarkdown(scope.tr, purpose)),
  );
}

/** The priorities not listed yet (the one under the cursor counts as not listed). */
export function priorities(scope: Scope, context: ValueContext | ItemContext): CompletionEntry[] {
  const listed = listedPriorities(scope, context);
  return (Object.keys(PRIORITIES) as (keyof typeof PRIORITIES)[])
    .filter((priority) => !listed.has(priority))
    .map((priority, index) =>
      scope.value(context, priority, 'enum', rank(1, index), PRIORITIES[priority][scope.locale], priorityMarkdown(scope.tr, priority)),
    );
}

export function listedPriorities(scope: Scope, context: ValueContext | ItemContext): Set<string> {
  const project = scope.app.project;
  const raw = project?.raw['priorities']?.raw;
  if (!Array.isArray(raw)) return new Set();
  const mine = context.kind === 'value' ? context.path[2] : -1;
  return new Set(raw.filter((item, index): item is string => typeof item === 'string' && index !== mine));
}

export function booleans(scope: Scope, context: ValueContext, order: readonly boolean[], notes?: Partial<Record<'true' | 'false', string>>): CompletionEntry[] {
  return order.map((value, index) => {
    const text = String(value) as 'true' | 'false';
    return scope.value(context, text, 'boolean', rank(1, index), undefined, notes?.[text]);
  });
}

export function coordinator(scope: Scope, context: ValueContext): CompletionEntry[] {
  const mine = context.path[1];
  const other = (scope.app.partners?.items ?? []).find(
    (partner) => partner.index !== mine && partner.coordinator?.value === true,
  );
  if (other) {
    const name = other.name?.value ?? other.id?.value ?? '';
    const note = scope.tr.t('Another partner, {0}, is already the coordinator: exactly one partner coordinates.', name);
    return booleans(scope, context, [false, true], { true: note });
  }
  return booleans(scope, context, [true, false], {
    true: scope.tr.t('This partner coordinates the project: exactly one partner does.'),
  });
}

export function countries(scope: Scope, context: ValueContext): CompletionEntry[] {
  const used: string[] = [];
  const note = (code: string | undefined) => {
    if (code && !used.includes(code)) used.push(code);
  };
  for (const partner of scope.app.partners?.items ?? []) note(partner.country?.value);
  for (const initiative of scope.app.youthInitiatives?.items ?? []) {
    for (const group of initiative.groups?.items ?? []) note(group.country?.value);
  }
  const rest = COUNTRY_CODES.filter((code) => !used.includes(code));
  return [...used, ...rest].map((code, index) => {
    const name = countryName(code, scope.locale);
    return scope.value(context, code, 'country', rank(index < used.length ? 1 : 2, index), name, undefined, `${code} ${name}`);
  });
}

/** Partner ids; those the rules accept in this place first. */
export function partnerRefs(scope: Scope, context: ValueContext, key: 'host' | 'from'): CompletionEntry[] {
  const activity = scope.activityAt(context.path[1]);
  const group = key === 'from' ? scope.groupAt(activity, context.path[3]) : undefined;
  return scope.partners.map((partner, index) => {
    const suitable = key === 'host' ? suitableHost(scope, activity, partner) : suitableSender(scope, activity, group, partner);
    return scope.value(
      context,
      partner.id?.value ?? '',
      'reference',
      rank(suitable ? 1 : 2, index),
      partnerDetail(scope.tr, partner),
      partnerMarkdown(scope.tr, partner),
    );
  });
}

export function suitableHost(scope: Scope, activity: Activity | undefined, partner: Partner): boolean {
  const type = activity?.type?.value;
  const organisation = partner.type?.value;
  if (!type || !organisation) return true;
  if (type === 'short-term-pupil-exchange' || type === 'long-term-pupil-mobility') return isSchool(organisation);
  if (type === 'long-term-teaching-assignment' && scope.field === 'higher-education' && activity?.purpose?.value === 'teaching') {
    return organisation === 'higher-education-institution';
  }
  return true;
}

export function suitableSender(scope: Scope, activity: Activity | undefined, group: Group | undefined, partner: Partner): boolean {
  const type = activity?.type?.value;
  if (!type) return true;
  const organisation = partner.type?.value;
  const host = activity?.host ? scope.app.partnerById.get(activity.host.value) : undefined;
  if (LONG_TERM_TYPES.has(type) && host?.country && partner.country && host.country.value === partner.country.value) return false;
  if (!organisation) return true;
  if (type === 'short-term-pupil-exchange' || type === 'long-term-pupil-mobility') return isSchool(organisation);
  if (type === 'intensive-study-programme' && group?.role?.value !== 'expert') return organisation === 'higher-education-institution';
  if (type === 'long-term-teaching-assignment') {
    if (scope.field === 'higher-education') {
      return activity?.purpose?.value !== 'training' || organisation === 'higher-education-institution';
    }
    return EDUCATION_ORGANISATIONS.has(organisation);
  }
  return true;
}
