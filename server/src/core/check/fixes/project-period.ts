import { dayNumber, monthsCovering } from '../../format/dates';
import { formatTerm, periodEndExclusive } from '../../format/duration';
import type { Activity, Application } from '../../model/model';
import type { Span } from '../../base/types';
import { replaceScalar, sameSpan } from './edits';
import type { OutsideProjectPeriodData } from '../rules/outside-project-period';
import type { FixProvider } from './types';

/** The activity the finding is on: at its `start`, its `end`, or its own `duration`. */
function activityAt(app: Application, span: Span): Activity | undefined {
  return app.activities?.items.find((activity) =>
    [activity.start, activity.end, activity.duration].some((field) => field !== undefined && sameSpan(field.span, span)),
  );
}

/** The activity's last day as far as it is known: `end`, else `start` plus its own duration less a day, else `start`. */
function lastDayOf(activity: Activity): number | undefined {
  const days: number[] = [];
  if (activity.start) days.push(dayNumber(activity.start.value));
  if (activity.end) days.push(dayNumber(activity.end.value));
  else if (activity.start && activity.duration) days.push(periodEndExclusive(activity.start.value, activity.duration.value) - 1);
  return days.length > 0 ? Math.max(...days) : undefined;
}

/**
 * outside-project-period, for an activity after the period: "Extend the project to N months",
 * the fewest whole calendar months from `project.start` that hold the activity's last day,
 * written in the unit language of the project's own duration (`30 månader`). Whether the project
 * is too short or the activity's date is wrong is the user's call, so "Fix all" never applies
 * it (it is still the preferred quick fix, as the only one); an activity before the project
 * starts gets none (a longer project does not help), nor does a project without a readable
 * duration to extend.
 */
export const projectPeriodFixes: FixProvider<OutsideProjectPeriodData> = ({ text, finding, app, tr, data }) => {
  const project = app.project;
  if (data?.side === 'before' || !project?.start || !project.duration) return [];
  const activity = activityAt(app, finding.span);
  const last = activity ? lastDayOf(activity) : undefined;
  if (last === undefined || last < periodEndExclusive(project.start.value, project.duration.value)) return [];
  const value = formatTerm(monthsCovering(project.start.value, last), 'month', project.duration.value.style);
  return [
    {
      title: tr.t('Extend the project to `{0}`', value),
      edits: [replaceScalar(text, project.duration.span, value, true)],
      isPreferred: true,
      fixAll: false,
    },
  ];
};
