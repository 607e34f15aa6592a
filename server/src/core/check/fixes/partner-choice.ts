import { hostBreaks, residenceAllowed, senderBreaks, type Situation } from '../../format/constraints';
import { groupFacts, partnerFacts, situationOf } from '../../model/constraint-facts';
import type { Activity, Application, Group, Partner } from '../../model/model';
import type { FindingData, Span } from '../../base/types';
import { replaceScalar, sameSpan } from './edits';
import type { HostCountryResidenceData } from '../rules/host-country-residence';
import type { Fix, FixInput, FixProvider } from './types';

/**
 * Fixes for the host and sender rules (he-teaching-host, he-training-sender, assignment-sender,
 * isp-participants, pupil-schools, long-term-abroad) and for host-country-residence: one
 * "Use partner X" for each partner the constraints accept in that place, in the partners'
 * order. They choose between partners, so "Fix all" never applies them, and one is preferred
 * only when it is the only candidate.
 */

interface Place {
  readonly activity: Activity;
  readonly situation: Situation;
  /** The group whose `from` or `residence` was reported; none for the host. */
  readonly group?: Group;
}

function placeOf(app: Application, span: Span): Place | undefined {
  const field = app.project?.field?.value;
  for (const activity of app.activities?.items ?? []) {
    const situation = situationOf(field, activity);
    if (!situation) continue;
    if (activity.host && sameSpan(activity.host.span, span)) return { activity, situation };
    const group = activity.participants.find(
      (candidate) =>
        (candidate.from && sameSpan(candidate.from.span, span)) || (candidate.residence && sameSpan(candidate.residence.span, span)),
    );
    if (group) return { activity, situation, group };
  }
  return undefined;
}

/** The partners that can be referred to by their id (a duplicated id names only its first partner). */
function referable(app: Application): Partner[] {
  return (app.partners?.items ?? []).filter((partner) => partner.id && app.partnerById.get(partner.id.value) === partner);
}

function hostOfPlace(app: Application, place: Place): Partner | undefined {
  return place.activity.host ? app.partnerById.get(place.activity.host.value) : undefined;
}

function choices(input: FixInput, span: Span, ids: readonly string[], title: (id: string) => string): Fix[] {
  return ids.map((id) => ({
    title: title(id),
    edits: [replaceScalar(input.text, span, id, true)],
    isPreferred: ids.length === 1,
    fixAll: false,
  }));
}

function hostChoices(input: FixInput, place: Place): Fix[] {
  const { app } = input;
  const { activity, situation } = place;
  if (!activity.host) return [];
  const groups = groupFacts(app.partnerById, activity.participants);
  const ids = referable(app)
    .filter((partner) => partner.id!.value !== activity.host!.value)
    .filter((partner) => hostBreaks(situation, partnerFacts(partner), groups).length === 0)
    .map((partner) => partner.id!.value);
  return choices(input, activity.host.span, ids, (id) => input.tr.t('Use partner `{0}` as host', id));
}

function senderChoices(input: FixInput, place: Place, group: Group): Fix[] {
  const { app } = input;
  if (!group.from) return [];
  const host = hostOfPlace(app, place);
  const current = group.from.value;
  const ids = referable(app)
    .filter((partner) => partner.id!.value !== current)
    .filter((partner) => senderBreaks(place.situation, partnerFacts(partner), group.role?.value, host && partnerFacts(host)).length === 0)
    .map((partner) => partner.id!.value);
  return choices(input, group.from.span, ids, (id) => input.tr.t('Use partner `{0}` as sender', id));
}

/**
 * A finding at `host` offers hosts; one at `from` offers senders. The finding's place is all it
 * needs (not its data), so the six rules share it, each with its own data type.
 */
export function partnerChoiceFixes<D extends FindingData>(input: FixInput<D>): Fix[] {
  const place = placeOf(input.app, input.finding.span);
  if (!place) return [];
  if (!place.group) return hostChoices(input, place);
  if (place.group.from && sameSpan(place.group.from.span, input.finding.span)) return senderChoices(input, place, place.group);
  return [];
}

/** host-country-residence: the sending partner's country as the residence, when the constraints allow it there. */
export const residenceFixes: FixProvider<HostCountryResidenceData> = (input) => {
  const place = placeOf(input.app, input.finding.span);
  const group = place?.group;
  if (!place || !group?.residence || !sameSpan(group.residence.span, input.finding.span)) return [];
  const country = group.from ? input.app.partnerById.get(group.from.value)?.country?.value : undefined;
  const host = hostOfPlace(input.app, place);
  if (!country || country === group.residence.value || !residenceAllowed(place.situation.type, country, host && partnerFacts(host))) return [];
  return [
    {
      title: input.tr.t('Set `{0}`', `residence: ${country}`),
      edits: [replaceScalar(input.text, group.residence.span, country, true)],
      isPreferred: true,
      fixAll: false,
    },
  ];
};
