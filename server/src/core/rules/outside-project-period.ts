import { addMonths, dayNumber, formatDate, fromDayNumber, type CalendarDate } from '../dates';
import { calendarParts } from '../duration';
import type { Field, Project } from '../model';
import type { ActivityRule, ActivityRuleContext, Messages, RuleContext } from '../rule';

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
} as const satisfies Messages;

export const outsideProjectPeriod: ActivityRule<typeof MESSAGES, OutsideProjectPeriodData> = {
  id: 'outside-project-period',
  severity: 'error',
  kind: 'activity',
  messages: MESSAGES,
  guideSection: 'Allmän och yrkesinriktad utbildning, undervisning och lärande inom strategiska partnerskap',
  docs: {
    en: {
      summary: 'Activity dates must fall within the project period.',
      details:
        'Learning, teaching and training activities are part of the partnership and must contribute to its objectives, so they take place while the project runs. The period starts on `project.start` and lasts `project.duration`: months and years are added as calendar months (31 January plus one month is the last day of February), then weeks and days. An activity `start` or `end` before the project starts, or on or after the day the period ends, is reported. Without a readable project duration only the start of the period is checked; without `project.start` nothing is.',
    },
    sv: {
      summary: 'Verksamheternas datum måste ligga inom projektperioden.',
      details:
        'Verksamheter för lärande, undervisning och utbildning ingår i partnerskapet och ska bidra till dess mål, så de genomförs medan projektet pågår. Perioden börjar på `project.start` och varar `project.duration`: månader och år läggs till som kalendermånader (31 januari plus en månad är sista dagen i februari), sedan veckor och dagar. En verksamhets `start` eller `end` före projektstarten, eller på eller efter dagen då perioden tar slut, rapporteras. Utan läsbar projektlängd kontrolleras bara periodens början; utan `project.start` ingenting.',
    },
  },
  fixDocs: {
    en: 'None yet: either the date or the project period is wrong, and only you know which.',
    sv: 'Ingen ännu: antingen datumet eller projektperioden är fel, och bara du vet vilket.',
  },
  check(context) {
    const { project, activity } = context;
    if (!project?.start) return;
    const first = dayNumber(project.start.value);
    const endExclusive = periodEnd(project);
    for (const date of [activity.start, activity.end]) {
      if (date) checkDate(context, date, project.start.value, first, endExclusive);
    }
  },
};

/** The first day after the project period, or undefined without a readable duration. */
function periodEnd(project: Project): number | undefined {
  if (!project.start || !project.duration) return undefined;
  const { months, days } = calendarParts(project.duration.value);
  return dayNumber(addMonths(project.start.value, months)) + days;
}

function checkDate(
  context: ActivityRuleContext<typeof MESSAGES, OutsideProjectPeriodData>,
  date: Field<CalendarDate>,
  projectStart: CalendarDate,
  first: number,
  endExclusive: number | undefined,
): void {
  const { tr } = context;
  const day = dayNumber(date.value);
  if (day >= first && (endExclusive === undefined || day < endExclusive)) return;
  const startText = formatDate(projectStart);
  const lastText = endExclusive === undefined ? undefined : formatDate(fromDayNumber(endExclusive - 1));
  const data = { periodStart: startText, periodLast: lastText };
  if (day < first) {
    const message =
      lastText === undefined
        ? tr.t('beforeStart', { date: formatDate(date.value), start: startText })
        : tr.t('before', { date: formatDate(date.value), start: startText, last: lastText });
    context.report(date.span, message, { ...data, side: 'before' });
  } else if (endExclusive !== undefined && lastText !== undefined && day >= endExclusive) {
    context.report(
      date.span,
      tr.t('after', { date: formatDate(date.value), start: startText, last: lastText }),
      { ...data, side: 'after' },
    );
  }
}
