import type { RuleId } from '../base/types';
import { allowedTypes, type GroupFacts, type PartnerFacts, type Situation } from '../format/constraints';
import type { FieldId, OrganisationType, Role } from '../format/vocabulary';
import { senderOf } from './facts';
import type { Activity, Application, Field, Group, Partner } from './model';

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

/** A participant group whose sending partner's organisation type a sender requirement does not allow. */
export interface DisallowedSender {
  readonly from: Field<string>;
  readonly senderType: OrganisationType;
  /** The group's role, when readable (a requirement on roles applies only then). */
  readonly role?: Role;
}

/**
 * The groups of `activity` whose sender breaks `rule`'s organisation-type requirement (the sender
 * rules share this loop; each says it in its own words). A group with an unknown sender, or a
 * sender of unknown type, breaks nothing: another rule reports that value.
 */
export function disallowedSenders(
  rule: RuleId,
  partners: Pick<Application, 'partnerById'>,
  field: FieldId | undefined,
  activity: Activity,
): DisallowedSender[] {
  const type = activity.type?.value;
  if (!type) return [];
  const found: DisallowedSender[] = [];
  for (const group of activity.participants) {
    const role = group.role?.value;
    const allowed = allowedTypes(rule, 'sender', { field, type, purpose: activity.purpose?.value }, role);
    const senderType = senderOf(partners, group)?.type?.value;
    if (!allowed || !group.from || !senderType || allowed.has(senderType)) continue;
    found.push({ from: group.from, senderType, role });
  }
  return found;
}
