import { dayNumber, formatDate, fromDayNumber, type CalendarDate } from '../dates';
import { projectPeriod } from '../facts';
import { projectPeriodFixes } from '../fixes/project-period';
import type { Field } from '../model';
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
        'Learning, teaching and training activities are part of the partnership and must contribute to its objectives, so they take place while the project runs. The period starts on `project.start` and lasts `project.duration`: months and years are added as calendar months (31 January plus one month is the last day of February), then weeks and days. An activity `start` or `end` before the project starts, or on or after the day the period ends, is reported. Without a readable project duration only the start of the period is checked; without `project.start` nothing is.',
    },
    sv: {
      summary: 'Verksamheternas datum måste ligga inom projektperioden.',
      details:
        'Verksamheter för lärande, undervisning och utbildning ingår i partnerskapet och ska bidra till dess mål, så de genomförs medan projektet pågår. Perioden börjar på `project.start` och varar `project.duration`: månader och år läggs till som kalendermånader (31 januari plus en månad är sista dagen i februari), sedan veckor och dagar. En verksamhets `start` eller `end` före projektstarten, eller på eller efter dagen då perioden tar slut, rapporteras. Utan läsbar projektlängd kontrolleras bara periodens början; utan `project.start` ingenting.',
    },
  },
  fixDocs: {
    en: 'A date after the project period: extend the project to the fewest whole months from `project.start` that hold the activity (`project.duration` in its own unit words, such as `30 months`). It is preferred but never in Fix all, as the date may be what is wrong. A date before the project starts gets none: a longer project does not help.',
    sv: 'Ett datum efter projektperioden: förläng projektet till det minsta antal hela månader från `project.start` som rymmer verksamheten (`project.duration` med dess egna enhetsord, till exempel `30 månader`). Den är förvald men ingår aldrig i Fix all, eftersom det kan vara datumet som är fel. Ett datum före projektstarten får ingen: ett längre projekt hjälper inte.',
  },
  check(context) {
    const { project, activity } = context;
    const period = projectPeriod(project);
    if (!project?.start || !period) return;
    const { first, endExclusive } = period;
    for (const date of [activity.start, activity.end]) {
      if (date) checkDate(context, date, project.start.value, first, endExclusive);
    }
  },
};

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
