import type { Rule } from '../rule';
import { accompanyingAdults } from './accompanying-adults';
import { activityRelevance } from './activity-relevance';
import { assignmentSender } from './assignment-sender';
import { blendedVirtual } from './blended-virtual';
import { coordinator } from './coordinator';
import { duplicateId } from './duplicate-id';
import { durationFormat } from './duration-format';
import { durationRange } from './duration-range';
import { heTeachingHost } from './he-teaching-host';
import { heTrainingSender } from './he-training-sender';
import { hostCountryResidence } from './host-country-residence';
import { ispBalance } from './isp-balance';
import { ispEcts } from './isp-ects';
import { ispParticipants } from './isp-participants';
import { longTermAbroad } from './long-term-abroad';
import { outsideProjectPeriod } from './outside-project-period';
import { participantRole } from './participant-role';
import { partnerCountries } from './partner-countries';
import { pupilMinAge } from './pupil-min-age';
import { pupilSchools } from './pupil-schools';
import { schema } from './schema';
import { staffTrainingBalance } from './staff-training-balance';
import { unknownCountry } from './unknown-country';
import { unknownPartner } from './unknown-partner';
import { yamlSyntax } from './yaml-syntax';
import { youthInitiativeCoach } from './youth-initiative-coach';
import { youthInitiativeField } from './youth-initiative-field';
import { youthInitiativeGroups } from './youth-initiative-groups';

/** Every rule, sorted by id. One file a rule: `./<rule-id>.ts` exports it under the id in camelCase. */
export const RULES: readonly Rule[] = [
  accompanyingAdults,
  activityRelevance,
  assignmentSender,
  blendedVirtual,
  coordinator,
  duplicateId,
  durationFormat,
  durationRange,
  heTeachingHost,
  heTrainingSender,
  hostCountryResidence,
  ispBalance,
  ispEcts,
  ispParticipants,
  longTermAbroad,
  outsideProjectPeriod,
  participantRole,
  partnerCountries,
  pupilMinAge,
  pupilSchools,
  schema,
  staffTrainingBalance,
  unknownCountry,
  unknownPartner,
  yamlSyntax,
  youthInitiativeCoach,
  youthInitiativeField,
  youthInitiativeGroups,
];

export const RULES_BY_ID: ReadonlyMap<string, Rule> = new Map(RULES.map((rule) => [rule.id, rule]));
