import { dayNumber, formatDate, type CalendarDate } from '../../format/dates';
import { periodLastDay, projectLastDay } from '../../model/facts';
import { projectPeriodFixes } from '../fixes/project-period';
import type { Activity, Field } from '../../model/model';
import type { ActivityRule, ActivityRuleContext, Messages } from '../rule';

/** The project period (its last day when its length reads) and which side of it the date is on. */
export type OutsideProjectPeriodData = { readonly periodStart: string; readonly periodLast: string | undefined; readonly side: 'before' | 'after' };

const MESSAGES = {
  beforeStart: {
    en: '{date} is before the project starts on {start}.',
    sv: '{date} ligger före projektstarten {start}.',
  },
  before: {
    en: '{date} is before the project period, which runs from {start} to {last}.',
    sv: '{date} ligger före projektperioden, som pågår från {start} till {last}.',
  },
  after: {
    en: '{date} is after the project period, which runs from {start} to {last}.',
    sv: '{date} ligger efter projektperioden, som pågår från {start} till {last}.',
  },
  durationAfter: {
    en: 'Starting on {activityStart} and lasting {duration}, the activity ends on {date}, after the project period, which runs from {start} to {last}.',
    sv: 'Verksamheten börjar {activityStart} och varar {duration}, så den slutar {date}, efter projektperioden, som pågår från {start} till {last}.',
  },
} as const satisfies Messages;

export const outsideProjectPeriod: ActivityRule<typeof MESSAGES, OutsideProjectPeriodData> = {
  id: 'outside-project-period',
  severity: 'error',
  kind: 'activity',
  messages: MESSAGES,
  fixes: projectPeriodFixes,
  guideSection: 'Allmän och yrkesinriktad utbildning, undervisning och lärande inom strategiska partnerskap',
  docs: {
    en: {
      summary: 'Activity dates must fall within the project period.',
      details:
        'Learning, teaching and training activities are part of the partnership and must contribute to its objectives, so they take place while the project runs. The period starts on `project.start` and lasts `project.duration`: months and years are added as calendar months (31 January plus one month is the last day of February), then weeks and days. An activity `start` or `end` before the project starts, or on or after the day the period ends, is reported. An activity with a `start` and its own written `duration` but no `end` ends on start plus the duration (months and years added at once as calendar months, then weeks and days, less one day): when that last day falls after the period it is reported at the `duration`, but only when the `start` itself lies inside the period (otherwise the `start` is the one mistake). Without a readable project duration only the start of the period is checked; without `project.start` nothing is.',
    },
    sv: {
      summary: 'Verksamheternas datum måste ligga inom projektperioden.',
      details:
        'Verksamheter för lärande, undervisning och utbildning ingår i partnerskapet och ska bidra till dess mål, så de genomförs medan projektet pågår. Perioden börjar på `project.start` och varar `project.duration`: månader och år läggs till som kalendermånader (31 januari plus en månad är sista dagen i februari), sedan veckor och dagar. En verksamhets `start` eller `end` före projektstarten, eller på eller efter dagen då perioden tar slut, rapporteras. En verksamhet med `start` och en egen skriven `duration` men utan `end` slutar på start plus varaktigheten (månader och år läggs till på en gång som kalendermånader, sedan veckor och dagar, minus en dag): när den sista dagen ligger efter perioden rapporteras det vid `duration`, men bara när själva `start` ligger inom perioden (annars är `start` det enda felet). Utan läsbar projektlängd kontrolleras bara periodens början; utan `project.start` ingenting.',
    },
  },
  fixDocs: {
    en: 'A date after the project period: extend the project to the fewest whole months from `project.start` that hold the activity (`project.duration` in its own unit words, such as `30 months`). It is preferred but never in Fix all, as the date may be what is wrong. A date before the project starts gets none: a longer project does not help.',
    sv: 'Ett datum efter projektperioden: förläng projektet till det minsta antal hela månader från `project.start` som rymmer verksamheten (`project.duration` med dess egna enhetsord, till exempel `30 månader`). Den är förvald men ingår aldrig i Fix all, eftersom det kan vara datumet som är fel. Ett datum före projektstarten får ingen: ett längre projekt hjälper inte.',
  },
  check(context) {
    const { project, activity } = context;
    if (!project?.start) return;
    const period: Period = { first: project.start.value, last: projectLastDay(project) };
    let startInside = false;
    for (const date of [activity.start, activity.end]) {
      const side = date ? sideOf(date.value, period) : undefined;
      if (date === activity.start) startInside = side === 'inside';
      if (date && side && side !== 'inside') reportDate(context, date, period, side);
    }
    if (startInside) checkWrittenLength(context, activity, period);
  },
};

interface Period {
  readonly first: CalendarDate;
  /** The last day, or undefined without a readable project duration. */
  readonly last: CalendarDate | undefined;
}

type Side = 'before' | 'inside' | 'after';

function sideOf(date: CalendarDate, period: Period): Side {
  const day = dayNumber(date);
  if (day < dayNumber(period.first)) return 'before';
  if (period.last !== undefined && day > dayNumber(period.last)) return 'after';
  return 'inside';
}

type Context = ActivityRuleContext<typeof MESSAGES, OutsideProjectPeriodData>;

function periodData(period: Period, side: 'before' | 'after'): OutsideProjectPeriodData {
  return { periodStart: formatDate(period.first), periodLast: period.last && formatDate(period.last), side };
}

function reportDate(context: Context, date: Field<CalendarDate>, period: Period, side: 'before' | 'after'): void {
  const { tr } = context;
  const start = formatDate(period.first);
  const shown = formatDate(date.value);
  if (period.last === undefined) {
    context.report(date.span, tr.t('beforeStart', { date: shown, start }), periodData(period, side));
    return;
  }
  const last = formatDate(period.last);
  const message = side === 'before' ? tr.t('before', { date: shown, start, last }) : tr.t('after', { date: shown, start, last });
  context.report(date.span, message, periodData(period, side));
}

/** An activity with `start` and its own written `duration`, no `end`: its computed last day against the period's. */
function checkWrittenLength(context: Context, activity: Activity, period: Period): void {
  const { start, duration } = activity;
  if (!start || !duration || activity.raw['end'] !== undefined || period.last === undefined) return;
  const lastDay = periodLastDay(start.value, duration.value);
  if (dayNumber(lastDay) <= dayNumber(period.last)) return;
  const written = activity.raw['duration']?.raw;
  context.report(
    duration.span,
    context.tr.t('durationAfter', {
      activityStart: formatDate(start.value),
      duration: typeof written === 'string' ? written.trim().replace(/\s+/g, ' ') : '',
      date: formatDate(lastDay),
      start: formatDate(period.first),
      last: formatDate(period.last),
    }),
    periodData(period, 'after'),
  );
}
