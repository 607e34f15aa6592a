import { daysInMonth } from '../../format/dates';
import type { Translator } from '../../base/i18n';
import { escapeHtml } from './escape';
import type { Month, Overview, OverviewActivity } from './model';

/**
 * The timeline as inline SVG drawn here: one row per activity on a month axis,
 * the bar coloured by activity type (a CSS class), outlined and marked with
 * "!" where a diagnostic applies. SVG attributes (x, width) rather than inline
 * styles, so a strict Content-Security-Policy needs no 'unsafe-inline'.
 */
const LABEL_WIDTH = 150;
const MONTH_WIDTH = 30;
const HEADER_HEIGHT = 36;
const ROW_HEIGHT = 24;
const BAR_HEIGHT = 14;
const MIN_BAR_WIDTH = 4;

export function timelineSvg(overview: Overview, tr: Translator): string {
  const { axis } = overview.period;
  const activities = overview.activities;
  const width = LABEL_WIDTH + Math.max(axis.length, 1) * MONTH_WIDTH + 16;
  const height = HEADER_HEIGHT + Math.max(activities.length, 1) * ROW_HEIGHT + 4;
  const parts = [
    `<svg class="timeline" xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeHtml(tr.t('Timeline of the activities'))}">`,
    monthColumns(axis, height, tr),
    ...activities.map((activity, row) => activityRow(activity, row, axis, tr)),
    '</svg>',
  ];
  return parts.join('\n');
}

const MONTH_NAMES = (tr: Translator): readonly string[] => [
  tr.t('Jan'), tr.t('Feb'), tr.t('Mar'), tr.t('Apr'), tr.t('May'), tr.t('Jun'),
  tr.t('Jul'), tr.t('Aug'), tr.t('Sep'), tr.t('Oct'), tr.t('Nov'), tr.t('Dec'),
];

/** The month columns: shaded inside the project period, a year label at each January and at the first month. */
function monthColumns(axis: readonly Month[], height: number, tr: Translator): string {
  const names = MONTH_NAMES(tr);
  const out: string[] = [];
  axis.forEach((entry, i) => {
    const x = LABEL_WIDTH + i * MONTH_WIDTH;
    const month = Number(entry.month.slice(5, 7));
    out.push(
      `<rect class="month${entry.inPeriod ? ' in-period' : ''}" data-month="${entry.month}" x="${x}" y="${HEADER_HEIGHT - 14}" width="${MONTH_WIDTH}" height="${height - HEADER_HEIGHT + 14}"/>`,
      `<text class="month-label" x="${x + MONTH_WIDTH / 2}" y="${HEADER_HEIGHT - 3}">${escapeHtml(names[month - 1].slice(0, 3))}</text>`,
    );
    if (i === 0 || month === 1) out.push(`<text class="year-label" x="${x + 2}" y="12">${entry.month.slice(0, 4)}</text>`);
  });
  return out.join('\n');
}

function activityRow(activity: OverviewActivity, row: number, axis: readonly Month[], tr: Translator): string {
  const y = HEADER_HEIGHT + row * ROW_HEIGHT;
  const name = activity.id ?? tr.t('Activity {0}', activity.index + 1);
  const label = activity.title ? `${name} ${activity.title}` : name;
  const classes = ['activity', `type-${activity.type ?? 'unknown'}`, activity.worst ? `has-problem sev-${activity.worst}` : ''];
  const attributes = [
    `class="${classes.join(' ').trim()}"`,
    `data-activity="${escapeHtml(activity.id ?? '')}"`,
    `data-line="${activity.line}"`,
    'tabindex="0"',
    'role="button"',
  ];
  const schedule = activity.schedule;
  if (schedule.kind === 'scheduled') {
    attributes.push(
      `data-start="${schedule.start}"`,
      `data-end="${schedule.end}"`,
      `data-start-month="${axis[schedule.startMonth]?.month ?? ''}"`,
      `data-end-month="${axis[schedule.endMonth]?.month ?? ''}"`,
    );
  }
  const body = [
    `<title>${escapeHtml(describe(activity, tr))}</title>`,
    `<text class="activity-label" x="4" y="${y + ROW_HEIGHT / 2 + 4}">${escapeHtml(truncate(label, 24))}</text>`,
  ];
  if (schedule.kind === 'scheduled') {
    const x1 = LABEL_WIDTH + (schedule.startMonth + dayFraction(schedule.start, false)) * MONTH_WIDTH;
    const x2 = LABEL_WIDTH + (schedule.endMonth + dayFraction(schedule.end, true)) * MONTH_WIDTH;
    const barWidth = Math.max(MIN_BAR_WIDTH, x2 - x1);
    const barY = y + (ROW_HEIGHT - BAR_HEIGHT) / 2;
    body.push(`<rect class="bar${schedule.outsidePeriod ? ' outside-period' : ''}" x="${round(x1)}" y="${barY}" width="${round(barWidth)}" height="${BAR_HEIGHT}" rx="3"/>`);
    if (activity.worst) body.push(problemMark(x1 + barWidth + 8, y));
  } else {
    const text = schedule.kind === 'unscheduled' ? tr.t('no dates: {0}', schedule.duration) : tr.t('no dates, no duration');
    body.push(`<text class="unscheduled-label" x="${LABEL_WIDTH + 6}" y="${y + ROW_HEIGHT / 2 + 4}">${escapeHtml(text)}</text>`);
    if (activity.worst) body.push(problemMark(LABEL_WIDTH - 10, y));
  }
  return `<g ${attributes.join(' ')}>${body.join('')}</g>`;
}

function problemMark(x: number, y: number): string {
  return `<g class="problem-mark"><circle cx="${round(x)}" cy="${y + ROW_HEIGHT / 2}" r="7"/><text x="${round(x)}" y="${y + ROW_HEIGHT / 2 + 4}">!</text></g>`;
}

/** How far into its month a day starts (or, for the last day, ends): 0 to 1. */
function dayFraction(date: string, end: boolean): number {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  const day = Number(date.slice(8, 10));
  return (end ? day : day - 1) / daysInMonth(year, month);
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** The tooltip: what a person hovering the row wants to know first. */
function describe(activity: OverviewActivity, tr: Translator): string {
  const lines = [activity.title ? `${activity.id ?? ''} ${activity.title}`.trim() : (activity.id ?? '')];
  const s = activity.schedule;
  if (s.kind === 'scheduled') lines.push(s.start === s.end ? s.start : `${s.start} – ${s.end}`);
  else if (s.kind === 'unscheduled') lines.push(tr.t('no dates: {0}', s.duration));
  if (activity.host) lines.push(tr.t('Host: {0}', activity.host));
  lines.push(tr.t('{0} participants', activity.total));
  if (activity.rules.length > 0) lines.push(tr.t('Diagnostics: {0}', activity.rules.join(', ')));
  return lines.filter((line) => line !== '').join('\n');
}
