import {
  ABROAD_REQUIREMENTS,
  hostRequirements,
  ORGANISATION_REQUIREMENTS,
  senderRequirements,
  type AbroadRequirement,
  type OrganisationRequirement,
} from './constraints';
import { t } from './i18n';
import type { ActivityType, FieldId, Purpose } from './vocabulary';
import { codeListOr, listFormat } from './wording';

/**
 * "Who may send and host", written from the constraints for hover and completion docs, so the
 * help says exactly what the rules check. In the active locale.
 */

function codeListAnd(items: readonly string[]): string {
  return listFormat('conjunction').format(items.map((item) => `\`${item}\``));
}

function fieldsText(fields: readonly FieldId[]): string {
  if (fields.length === 1 && fields[0] === 'higher-education') return t('in a higher-education project');
  if (!fields.includes('higher-education') && fields.length === 5) return t('outside higher education');
  return t('in a project of the field {0}', codeListOr(fields));
}

/** The conditions under which a requirement applies, as a parenthesis (empty when always). */
function conditions(requirement: OrganisationRequirement): string {
  const parts: string[] = [];
  if (requirement.fields) parts.push(fieldsText(requirement.fields));
  if (requirement.purpose) parts.push(t('with `purpose: {0}`', requirement.purpose));
  return parts.length > 0 ? ` (${parts.join(', ')})` : '';
}

function organisationLine(requirement: OrganisationRequirement): string {
  const party =
    requirement.party === 'host'
      ? t('Host')
      : requirement.roles
        ? t('Senders of {0} groups', codeListAnd(requirement.roles))
        : t('Senders');
  return `- ${party}: ${codeListOr([...requirement.types])}${conditions(requirement)} — \`${requirement.rule}\``;
}

function abroadLine(requirement: AbroadRequirement): string {
  const text =
    requirement.of === 'sender'
      ? t('The sending partner is in another country than the host')
      : t('The host\'s country is not the participants\' country of residence');
  return `- ${text} — \`${requirement.rule}\``;
}

/**
 * The requirements on host and senders in an activity type, one markdown line each; with a field,
 * only those that apply in a project of that field. "Any partner" where nothing is required
 * always, "(except as below)" when something is required under a condition.
 */
export function sendHostLines(type: ActivityType, field?: FieldId): string {
  const organisation = ORGANISATION_REQUIREMENTS.filter(
    (r) => r.activities.includes(type) && (field === undefined || r.fields === undefined || r.fields.includes(field)),
  );
  const always = (r: OrganisationRequirement) =>
    r.purpose === undefined && r.roles === undefined && (field !== undefined || r.fields === undefined);
  const lines: string[] = [];
  for (const party of ['host', 'sender'] as const) {
    const mine = organisation.filter((r) => r.party === party);
    if (!mine.some(always)) {
      const anyPartner = `- ${party === 'host' ? t('Host') : t('Senders')}: ${t('any partner')}`;
      lines.push(mine.length > 0 ? `${anyPartner} ${t('(except as below)')}` : anyPartner);
    }
    lines.push(...mine.map(organisationLine));
  }
  lines.push(...ABROAD_REQUIREMENTS.filter((r) => r.activities.has(type)).map(abroadLine));
  return lines.join('\n');
}

/** Who may host and send a long-term teaching or training assignment for `purpose` in a higher-education project (where the purpose matters). */
export function purposeLines(purpose: Purpose): string {
  const situation = { field: 'higher-education', type: 'long-term-teaching-assignment', purpose } as const;
  const line = (party: 'host' | 'sender', requirements: readonly OrganisationRequirement[]) =>
    requirements.length > 0
      ? requirements.map(organisationLine)
      : [`- ${party === 'host' ? t('Host') : t('Senders')}: ${t('any partner')}`];
  return [...line('host', hostRequirements(situation)), ...line('sender', senderRequirements(situation, undefined))].join('\n');
}
