import type { ValueContext } from '../../syntax/cursor-context';
import { formatTerm, type UnitStyle } from '../../format/duration';
import { groupsSharingActivityDuration } from '../../model/facts';
import { rangeText } from '../explain';
import { inlineLabel } from '../../format/wording';
import { ACTIVITY_ROLES, ACTIVITY_TYPES, durationBounds, ROLES, type DurationBounds, type Role } from '../../format/vocabulary';
import type { Scope } from './scope';
import { rank } from './shared';
import type { CompletionEntry } from './types';

const SHORT_TYPICAL_DAYS = [1, 3, 5, 7, 14, 30, 60, 90, 180, 270, 360];
const PROJECT_MONTHS = [12, 24, 36];
const WIDEST: DurationBounds = { minDays: 1, maxDays: 360 };

/** A typical length written the way people do: months when whole, weeks under a month, else days. */
export function typicalText(days: number, style: UnitStyle): string {
  if (days >= 30 && days % 30 === 0) return formatTerm(days / 30, 'month', style);
  if (days < 30 && days % 7 === 0) return formatTerm(days / 7, 'week', style);
  return formatTerm(days, 'day', style);
}

function union(bounds: readonly DurationBounds[]): DurationBounds | undefined {
  if (bounds.length === 0) return undefined;
  return {
    minDays: Math.min(...bounds.map((b) => b.minDays)),
    maxDays: Math.max(...bounds.map((b) => b.maxDays)),
  };
}

function intersection(bounds: readonly DurationBounds[]): DurationBounds | undefined {
  if (bounds.length === 0) return undefined;
  const result = {
    minDays: Math.max(...bounds.map((b) => b.minDays)),
    maxDays: Math.min(...bounds.map((b) => b.maxDays)),
  };
  return result.minDays <= result.maxDays ? result : undefined;
}

/** A bound written exactly: whole months when it divides, else days (`2 months`, `5 days`). */
function boundText(days: number, style: UnitStyle): string {
  if (days >= 30 && days % 30 === 0) return formatTerm(days / 30, 'month', style);
  return formatTerm(days, 'day', style);
}

export function groupDurations(scope: Scope, context: ValueContext): CompletionEntry[] {
  const activity = scope.activityAt(context.path[1]);
  const type = activity?.type?.value;
  const role = scope.groupAt(activity, context.path[3])?.role?.value;
  if (!type) return durations(scope, context, WIDEST, scope.tr.t('The activity type is not known yet: these values lie within the widest limits of any activity type (1 day to 12 months).'));
  const bounds = role ? durationBounds(type, role) : undefined;
  if (role && bounds) {
    return durations(scope, context, bounds, scope.tr.t('The guide allows {0} for {1} in {2}.', rangeText(scope.tr, bounds), inlineLabel(ROLES[role], scope.tr.locale), inlineLabel(ACTIVITY_TYPES[type], scope.tr.locale)));
  }
  const widest = union(ACTIVITY_ROLES[type].map((entry) => entry.bounds)) ?? WIDEST;
  return durations(scope, context, widest, scope.tr.t('The group\'s role is not known yet: {0} allows {1} over all its roles.', ACTIVITY_TYPES[type][scope.locale], rangeText(scope.tr, widest)));
}

/**
 * An activity's own duration applies to every group without a duration of
 * its own, so it must suit all their roles: the intersection of their ranges.
 * Without such groups (or roles), the type's widest range over its roles.
 */
export function activityDurations(scope: Scope, context: ValueContext): CompletionEntry[] {
  const activity = scope.activityAt(context.path[1]);
  const type = activity?.type?.value;
  if (!activity || !type) return durations(scope, context, WIDEST, scope.tr.t('The activity type is not known yet: these values lie within the widest limits of any activity type (1 day to 12 months).'));
  const roles = [
    ...new Set(
      groupsSharingActivityDuration(activity)
        .map((group) => group.role?.value)
        .filter((role): role is Role => role !== undefined && durationBounds(type, role) !== undefined),
    ),
  ];
  const shared = intersection(roles.map((role) => durationBounds(type, role) as DurationBounds));
  if (roles.length > 0 && shared) {
    const names = roles.map((role) => inlineLabel(ROLES[role], scope.tr.locale)).join(', ');
    return durations(scope, context, shared, scope.tr.t('The guide allows {0} for the groups that share this duration ({1}) in {2}.', rangeText(scope.tr, shared), names, inlineLabel(ACTIVITY_TYPES[type], scope.tr.locale)));
  }
  const widest = union(ACTIVITY_ROLES[type].map((entry) => entry.bounds)) ?? WIDEST;
  return durations(scope, context, widest, scope.tr.t('{0} allows {1} over all its roles.', ACTIVITY_TYPES[type][scope.locale], rangeText(scope.tr, widest)));
}

export function projectDurations(scope: Scope, context: ValueContext): CompletionEntry[] {
  const style = scope.unitStyle();
  return PROJECT_MONTHS.map((months, index) =>
    scope.value(context, formatTerm(months, 'month', style), 'duration', rank(1, index), scope.tr.t('a typical project length')),
  );
}

/** The minimum, the maximum and typical values between them, in the file's unit words. */
export function durations(scope: Scope, context: ValueContext, bounds: DurationBounds, about: string): CompletionEntry[] {
  const style = scope.unitStyle();
  const days = [...new Set([bounds.minDays, ...SHORT_TYPICAL_DAYS, bounds.maxDays])]
    .filter((d) => d >= bounds.minDays && d <= bounds.maxDays)
    .sort((a, b) => a - b);
  return days.map((count, index) => {
    const text = count === bounds.minDays || count === bounds.maxDays ? boundText(count, style) : typicalText(count, style);
    const inDays = formatTerm(count, 'day', scope.locale);
    const detail =
      count === bounds.minDays ? scope.tr.t('{0}, the minimum', inDays) : count === bounds.maxDays ? scope.tr.t('{0}, the maximum', inDays) : inDays;
    return scope.value(context, text, 'duration', rank(1, index), detail, about);
  });
}
