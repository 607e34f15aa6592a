import type { Activity, Group, Partner } from './model';
import type { GroupFacts, PartnerFacts, Situation } from '../format/constraints';
import type { FieldId } from '../format/vocabulary';

/*
 * The model's view of the guide's facts (constraints.ts): a missing or broken value is simply unknown, so a
 * requirement on it does not apply (as in the rules).
 */

export function partnerFacts(partner: Partner | undefined): PartnerFacts {
  return { type: partner?.type?.value, country: partner?.country?.value };
}

export function situationOf(field: FieldId | undefined, activity: Activity | undefined): Situation | undefined {
  const type = activity?.type?.value;
  return type ? { field, type, purpose: activity?.purpose?.value } : undefined;
}

/** The groups of an activity as the host constraints see them; `partnerById` looks up the senders. */
export function groupFacts(partnerById: ReadonlyMap<string, Partner>, groups: readonly Group[]): GroupFacts[] {
  return groups.map((group) => ({
    role: group.role?.value,
    sender: group.from ? partnerFacts(partnerById.get(group.from.value)) : undefined,
    residence: group.residence?.value,
  }));
}
