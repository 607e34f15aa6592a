import { hostBreaks, senderBreaks } from '../../format/constraints';
import { groupFacts, partnerFacts, situationOf } from '../../model/constraint-facts';
import { COUNTRY_CODES, countryName } from '../../format/countries';
import { groupDuration } from '../../model/facts';
import type { ItemContext, ValueContext } from '../../syntax/cursor-context';
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
import type { Activity, Group, Partner } from '../../model/model';
import {
  ACTIVITY_TYPES,
  allowedRoles,
  durationBounds,
  FIELDS,
  isRelevant,
  ORGANISATION_TYPES,
  PRIORITIES,
  PURPOSES,
  ROLES,
  type ActivityType,
  type FieldId,
  type OrganisationType,
  type Role,
} from '../../format/vocabulary';
import { activityDurations, groupDurations, projectDurations } from './durations';
import type { Scope } from './scope';
import { matches, rank } from './shared';
import { roleFor } from './picks';
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

/**
 * The roles the activity type allows; first the written one when it fits, then those that fit
 * the group: its sender may send that role and its duration is within the role's range.
 */
export function roles(scope: Scope, context: ValueContext): CompletionEntry[] {
  const activity = scope.activityAt(context.path[1]);
  const group = scope.groupAt(activity, context.path[3]);
  const type = activity?.type?.value;
  const roles = type ? allowedRoles(type) : (Object.keys(ROLES) as Role[]);
  return roles.map((role, index) => {
    const fits = roleFits(scope, activity, group, role);
    const order = fits ? (role === group?.role?.value ? 0 : 1) : 2;
    return scope.value(context, role, 'enum', rank(order, index), ROLES[role][scope.locale], roleMarkdown(scope.tr, role, type));
  });
}

function roleFits(scope: Scope, activity: Activity | undefined, group: Group | undefined, role: Role): boolean {
  const situation = situationOf(scope.field, activity);
  if (!activity || !group || !situation) return true;
  const sender = group.from ? scope.app.partnerById.get(group.from.value) : undefined;
  const host = activity.host ? scope.app.partnerById.get(activity.host.value) : undefined;
  if (sender && senderBreaks(situation, partnerFacts(sender), role, host && partnerFacts(host)).length > 0) return false;
  const days = groupDuration(activity, group)?.days;
  const bounds = durationBounds(situation.type, role);
  return days === undefined || (bounds !== undefined && bounds.minDays <= days && days <= bounds.maxDays);
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

/**
 * Partner ids, those the constraints accept here first (fewest broken constraints first), and
 * among equals one in another country than the other side (the host's for a sender, the
 * senders' for a host): mobilities are between countries, and the balance warnings count the
 * participants from the host's country.
 */
export function partnerRefs(scope: Scope, context: ValueContext, key: 'host' | 'from'): CompletionEntry[] {
  const activity = scope.activityAt(context.path[1]);
  const group = key === 'from' ? scope.groupAt(activity, context.path[3]) : undefined;
  return scope.partners.map((partner, index) => {
    const fit = key === 'host' ? hostFit(scope, activity, partner) : senderFit(scope, activity, group, partner);
    return scope.value(
      context,
      partner.id?.value ?? '',
      'reference',
      rank(1 + 2 * fit.broken + (fit.home ? 1 : 0), index),
      partnerDetail(scope.tr, partner),
      partnerMarkdown(scope.tr, partner),
    );
  });
}

/** How well a partner fits a place: the constraints it breaks there, and whether it is on the same side of a border. */
interface Fit {
  readonly broken: number;
  readonly home: boolean;
}

function hostFit(scope: Scope, activity: Activity | undefined, partner: Partner): Fit {
  const situation = situationOf(scope.field, activity);
  if (!activity || !situation) return { broken: 0, home: false };
  const groups = groupFacts(scope.app.partnerById, activity.participants);
  const country = partner.country?.value;
  return {
    broken: hostBreaks(situation, partnerFacts(partner), groups).length,
    home: country !== undefined && groups.some((g) => g.sender?.country === country),
  };
}

function senderFit(scope: Scope, activity: Activity | undefined, group: Group | undefined, partner: Partner): Fit {
  const situation = situationOf(scope.field, activity);
  if (!situation) return { broken: 0, home: false };
  const host = activity?.host ? scope.app.partnerById.get(activity.host.value) : undefined;
  const role = group?.role?.value ?? roleFor(scope, situation.type);
  const country = partner.country?.value;
  return {
    broken: senderBreaks(situation, partnerFacts(partner), role, host && partnerFacts(host)).length,
    home: country !== undefined && country === host?.country?.value,
  };
}

/** Whether the constraints accept `partner` as the activity's host, given its groups as written. */
export function suitableHost(scope: Scope, activity: Activity | undefined, partner: Partner): boolean {
  return hostFit(scope, activity, partner).broken === 0;
}

/** Whether the constraints accept `partner` as the group's sender (a group without a role yet: for the role its snippet would write). */
export function suitableSender(scope: Scope, activity: Activity | undefined, group: Group | undefined, partner: Partner): boolean {
  return senderFit(scope, activity, group, partner).broken === 0;
}
