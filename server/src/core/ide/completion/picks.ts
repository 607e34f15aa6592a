import { hostBreaks, senderBreaks, type Situation } from '../../format/constraints';
import { partnerFacts } from '../../model/constraint-facts';
import type { Partner } from '../../model/model';
import { allowedRoles, type ActivityType, type FieldId, type Role } from '../../format/vocabulary';
import type { Scope } from './scope';

/**
 * Who and what a new activity or group starts with: the role the project's field suggests, and
 * the host and sender the constraints accept (the fewest broken where none fits).
 */

export function roleFor(scope: Scope, type: ActivityType): Role {
  const roles = allowedRoles(type);
  const byField: Partial<Record<FieldId, Role>> = {
    'school-education': 'pupil',
    vet: 'trainee',
    'higher-education': 'student',
    'adult-education': 'adult-learner',
    youth: type === 'short-term-staff-training' ? 'youth-worker' : 'young-person',
  };
  const preferred = scope.field ? byField[scope.field] : undefined;
  return preferred && roles.includes(preferred) ? preferred : roles[0];
}

/**
 * The host and sender a new activity starts with: the pair that breaks the fewest constraints
 * (none where the partners allow it), the earliest host on a tie. Costs: a broken constraint 4,
 * a sender in the host's country 2, the host sending to itself 1.
 */
export function pickHostAndSender(scope: Scope, situation: Situation, role: Role): { host?: Partner; sender?: Partner } {
  let best: { host?: Partner; sender?: Partner; cost: number } = { host: scope.partners[0], cost: Infinity };
  for (const host of scope.partners) {
    const sender = pickSender(scope, situation, role, host);
    let cost = hostBreaks(situation, partnerFacts(host), []).length * 4 + (sender ? senderCost(situation, role, host, sender) : 0);
    // An intensive study programme also takes the host's own students (see activitySnippet).
    if (situation.type === 'intensive-study-programme' && !homeStudents(situation, host, sender)) cost += 4;
    if (cost < best.cost) best = { host, sender, cost };
  }
  return { host: best.host, sender: best.sender };
}

/**
 * The partner a new group of `role` comes from: the one that breaks the fewest constraints, then
 * one abroad (the guide's mobilities are between countries), then not the host, then the earliest.
 */
export function pickSender(scope: Scope, situation: Situation, role: Role, host: Partner | undefined): Partner | undefined {
  let best: Partner | undefined;
  let bestCost = Infinity;
  for (const partner of scope.partners) {
    const cost = senderCost(situation, role, host, partner);
    if (cost < bestCost) [best, bestCost] = [partner, cost];
  }
  return best;
}

/** Whether the host may also send its own students to an intensive study programme, from another country than the sender. */
export function homeStudents(situation: Situation, host: Partner, sender: Partner | undefined): boolean {
  const country = host.country?.value;
  const facts = partnerFacts(host);
  return country !== undefined && country !== sender?.country?.value && senderBreaks(situation, facts, 'student', facts).length === 0;
}

/** Constraints broken count most; being in the host's country and being the host break ties. */
function senderCost(situation: Situation, role: Role, host: Partner | undefined, partner: Partner): number {
  const hostFacts = host && partnerFacts(host);
  const broken = senderBreaks(situation, partnerFacts(partner), role, hostFacts).length;
  const home = hostFacts?.country !== undefined && partner.country?.value === hostFacts.country;
  return broken * 4 + (home ? 2 : 0) + (partner === host ? 1 : 0);
}
