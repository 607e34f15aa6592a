import { countryName } from '../format/countries';
import { formatTerm } from '../format/duration';
import { activityDuration, groupDuration, senderOf } from '../model/facts';
import { translator, type Translator } from '../base/i18n';
import type { Activity, Application } from '../model/model';
import type { Analysis } from './references';
import type { Locale, Span } from '../base/types';
import { listFormat } from '../format/wording';

/**
 * The summary shown above each activity (code lenses): how many participants
 * its groups add up to, which countries send them, and the durations the
 * groups actually get (their own `duration`, else the activity's duration or
 * dates), in days. Each lens is left out when nothing readable backs it.
 */
export interface ActivityLens {
  /** The activity's first key: the lens is shown above its line. */
  readonly span: Span;
  readonly kind: 'participants' | 'countries' | 'duration';
  readonly title: string;
  readonly tooltip?: string;
}

export function activityLenses(analysis: Analysis, locale: Locale): ActivityLens[] {
  const tr = translator(locale);
  return (analysis.app.activities?.items ?? []).flatMap((activity) => {
    const span = activity.firstKeySpan;
    const lenses: ActivityLens[] = [participantsLens(activity, span, tr)];
    const countries = countriesLens(analysis.app, activity, span, tr);
    if (countries) lenses.push(countries);
    const duration = durationLens(activity, span, tr);
    if (duration) lenses.push(duration);
    return lenses;
  });
}

function participantsLens(activity: Activity, span: Span, { t }: Translator): ActivityLens {
  const groups = activity.participants;
  const counted = groups.filter((group) => group.count !== undefined);
  const total = counted.reduce((sum, group) => sum + group.count!.value, 0);
  let title: string;
  if (groups.length === 0) title = t('No participant groups');
  else if (counted.length === 0) title = t('Number of participants not given');
  else if (counted.length < groups.length) title = total === 1 ? t('At least 1 participant') : t('At least {0} participants', total);
  else title = total === 1 ? t('1 participant') : t('{0} participants', total);
  const tooltip =
    counted.length < groups.length && groups.length > 0
      ? t('{0} of {1} groups give a valid `count`.', counted.length, groups.length)
      : undefined;
  return { span, kind: 'participants', title, tooltip };
}

function countriesLens(app: Application, activity: Activity, span: Span, { t, locale }: Translator): ActivityLens | undefined {
  const codes: string[] = [];
  for (const group of activity.participants) {
    const country = senderOf(app, group)?.country?.value;
    if (country && !codes.includes(country)) codes.push(country);
  }
  if (codes.length === 0) return undefined;
  const list = codes.join(', ');
  return {
    span,
    kind: 'countries',
    title: codes.length === 1 ? t('Sending country: {0}', list) : t('Sending countries: {0}', list),
    tooltip: listFormat('conjunction', locale).format(codes.map((code) => countryName(code, locale))),
  };
}

function durationLens(activity: Activity, span: Span, { t, locale }: Translator): ActivityLens | undefined {
  const applied =
    activity.participants.length > 0
      ? activity.participants.map((group) => groupDuration(activity, group))
      : [activityDuration(activity)];
  const days = applied.flatMap((duration) => (duration ? [duration.days] : []));
  if (days.length === 0) return undefined;
  const min = Math.min(...days);
  const max = Math.max(...days);
  const text = min === max ? formatTerm(min, 'day', locale) : `${min}–${formatTerm(max, 'day', locale)}`;
  const tooltip = days.length < applied.length ? t('Some groups have no readable duration.') : undefined;
  return { span, kind: 'duration', title: t('Duration: {0}', text), tooltip };
}
