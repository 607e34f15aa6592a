import { dayNumber, formatDate } from '../../format/dates';
import { formatTerm, type UnitStyle } from '../../format/duration';
import { groupDuration, type AppliedDuration, type DurationSource } from '../../model/facts';
import type { Activity, Group } from '../../model/model';
import type { ActivityRule, ActivityRuleContext, MessageRef, Messages, RuleTranslator } from '../rule';
import { ACTIVITY_TYPES, durationBounds, ROLES, type ActivityType, type Role } from '../../format/vocabulary';
import { calendarLengthText, inlineLabel, rangeWords, writtenDurationText } from '../../format/wording';
import { durationRangeFixes } from '../fixes/duration';

/** An `end` before `start`: the two dates; else the allowed range, the length found and where it comes from. */
export type DurationRangeData =
  | { readonly source: 'dates'; readonly endBeforeStart: true; readonly start: string; readonly end: string }
  | {
      readonly minDays: number;
      readonly maxDays: number;
      readonly days: number;
      readonly nearestDays: number;
      readonly source: DurationSource;
      readonly style: UnitStyle;
    };

const MESSAGES = {
  endBeforeStart: {
    en: 'The activity ends on {end}, before it starts on {start}: `end` must be on or after `start`.',
    sv: 'Verksamheten slutar {end}, innan den börjar {start}: `end` måste vara samma dag som `start` eller senare.',
  },
  datesTooShort: {
    en: 'From `start` to `end` is {duration}, too short {whom}: the guide allows {range}.',
    sv: 'Från `start` till `end` är det {duration}, för kort {whom}: handledningen tillåter {range}.',
  },
  datesTooLong: {
    en: 'From `start` to `end` is {duration}, too long {whom}: the guide allows {range}.',
    sv: 'Från `start` till `end` är det {duration}, för långt {whom}: handledningen tillåter {range}.',
  },
  tooShort: {
    en: 'Duration {duration} is too short {whom}: the guide allows {range}.',
    sv: 'Varaktigheten {duration} är för kort {whom}: handledningen tillåter {range}.',
  },
  tooLong: {
    en: 'Duration {duration} is too long {whom}: the guide allows {range}.',
    sv: 'Varaktigheten {duration} är för lång {whom}: handledningen tillåter {range}.',
  },
  // Who the range is for: "for pupils in short-term exchanges of groups of pupils" repeats itself
  // when the activity's own name says who takes part, so only the activity is named then.
  roleInActivity: {
    en: 'for {role} in {activity}',
    sv: 'för {role} i {activity}',
  },
  inActivity: {
    en: 'in {activity}',
    sv: 'i {activity}',
  },
} as const satisfies Messages;

export const durationRange: ActivityRule<typeof MESSAGES, DurationRangeData> = {
  id: 'duration-range',
  severity: 'error',
  kind: 'activity',
  messages: MESSAGES,
  fixes: durationRangeFixes,
  guideSection: 'Allmän och yrkesinriktad utbildning, undervisning och lärande inom strategiska partnerskap',
  docs: {
    en: {
      summary: 'Each group\'s duration must lie within the range the guide sets for its activity type and role.',
      details:
        'The guide gives every learning, teaching and training activity a length: 3 days to 2 months for short-term pupil exchanges and joint staff training events, 5 days to 2 months for blended mobility and for students in intensive study programmes (1 day to 2 months for their teachers, staff and invited experts), and 2 to 12 months for the long-term mobilities. A group\'s own `duration` applies, else the activity\'s, else the length from `start` to `end` (both days included) measured on the calendar: whole calendar months, then the days left over, so 2027-09-01 to 2028-08-31 is exactly 12 months. Lengths are then compared in days, a month counting as 30; a written duration is never converted to the calendar (`61 days` is longer than 2 months). An activity that ends before it starts is reported at its `start`.',
    },
    sv: {
      summary: 'Varje grupps varaktighet måste ligga inom det intervall handledningen anger för verksamhetstypen och rollen.',
      details:
        'Handledningen anger en längd för varje verksamhet för lärande, undervisning och utbildning: 3 dagar till 2 månader för kortare utbyten för elevgrupper och gemensamma utbildningsevenemang för personal, 5 dagar till 2 månader för blandade utbyten och för studenter i intensiva studieprogram (1 dag till 2 månader för deras lärare, personal och inbjudna experter), och 2–12 månader för de längre utbytena. Gruppens egen `duration` gäller, annars verksamhetens, annars längden från `start` till `end` (båda dagarna inräknade) mätt i kalendern: hela kalendermånader och sedan de dagar som blir över, så 2027-09-01 till 2028-08-31 är exakt 12 månader. Längderna jämförs sedan i dagar, där en månad räknas som 30; en skriven varaktighet räknas aldrig om till kalendern (`61 days` är längre än 2 månader). En verksamhet som slutar innan den börjar rapporteras vid sin `start`.',
    },
  },
  fixDocs: {
    en: 'The nearest allowed length (the minimum or maximum of every group sharing the value), in the value\'s own unit words (`3 days`, `2 månader`); when the length comes from `start` and `end`, `end` moves so that the dates measure that length on the calendar (12 months from 2027-09-01 ends on 2028-08-31). An `end` before its `start`: *Swap `start` and `end`*.',
    sv: 'Närmaste tillåtna längd (minimum eller maximum för alla grupper som delar värdet), med värdets egna enhetsord (`3 days`, `2 månader`); när längden kommer från `start` och `end` flyttas `end` så att datumen mäter den längden i kalendern (12 månader från 2027-09-01 slutar 2028-08-31). En `end` före sin `start`: *Byt plats på `start` och `end`*.',
  },
  check(context) {
    checkDates(context, context.activity);
    checkGroups(context, context.activity);
  },
};

/** An `end` before its `start`: reported once, at `start`, whatever the written duration says. */
function checkDates(context: ActivityRuleContext<typeof MESSAGES, DurationRangeData>, activity: Activity): void {
  const { start, end } = activity;
  if (!start || !end || dayNumber(end.value) >= dayNumber(start.value)) return;
  context.report(
    start.span,
    context.tr.t('endBeforeStart', { end: formatDate(end.value), start: formatDate(start.value) }),
    { source: 'dates', endBeforeStart: true, start: formatDate(start.value), end: formatDate(end.value) },
  );
}

function checkGroups(context: ActivityRuleContext<typeof MESSAGES, DurationRangeData>, activity: Activity): void {
  const type = activity.type?.value;
  if (!type) return;
  const { tr } = context;
  // Groups sharing the activity's duration share one value: report it once.
  const reported = new Set<string>();
  for (const group of activity.participants) {
    const role = group.role?.value;
    if (!role) continue;
    const bounds = durationBounds(type, role);
    if (!bounds) continue; // participant-role reports the role
    const applied = groupDuration(activity, group);
    if (!applied) continue; // unreadable or missing: duration-format reports it
    if (applied.days >= bounds.minDays && applied.days <= bounds.maxDays) continue;
    const key = `${applied.span.start}:${applied.span.end}`;
    if (reported.has(key)) continue;
    reported.add(key);
    const tooShort = applied.days < bounds.minDays;
    const args = {
      duration: durationText(applied, group, activity, tr),
      whom: whom(tr, role, type),
      range: rangeWords(bounds.minDays, bounds.maxDays, tr.locale),
    };
    const fromDates = applied.source === 'dates';
    const message = fromDates
      ? tooShort
        ? tr.t('datesTooShort', args)
        : tr.t('datesTooLong', args)
      : tooShort
        ? tr.t('tooShort', args)
        : tr.t('tooLong', args);
    context.report(applied.span, message, {
      minDays: bounds.minDays,
      maxDays: bounds.maxDays,
      days: applied.days,
      nearestDays: tooShort ? bounds.minDays : bounds.maxDays,
      source: applied.source,
      style: applied.duration?.style ?? 'en',
    });
  }
}

/** The duration as written (with its day count when not obvious), or the day count from the dates. */
function durationText(applied: AppliedDuration, group: Group, activity: Activity, tr: RuleTranslator<typeof MESSAGES>): string {
  const written = applied.source === 'group' ? group.raw['duration']?.raw : applied.source === 'activity' ? activity.raw['duration']?.raw : undefined;
  if (typeof written === 'string' && applied.duration) return writtenDurationText(written, applied.duration, tr.locale);
  if (applied.calendar) return calendarLengthText(applied.calendar, tr.locale);
  return formatTerm(applied.days, 'day', tr.locale);
}

/** "for pupils in X", or "in X" when X's name already says who takes part (`elever`, `pupils`). */
function whom(tr: RuleTranslator<typeof MESSAGES>, role: Role, type: ActivityType): MessageRef {
  const roleLabel = inlineLabel(ROLES[role], tr.locale);
  const activity = inlineLabel(ACTIVITY_TYPES[type], tr.locale);
  return activity.toLocaleLowerCase(tr.locale).includes(roleLabel.toLocaleLowerCase(tr.locale))
    ? tr.t('inActivity', { activity })
    : tr.t('roleInActivity', { role: roleLabel, activity });
}
