import {
  ABROAD_REQUIREMENTS,
  hostRequirements,
  ORGANISATION_REQUIREMENTS,
  senderRequirements,
  type AbroadRequirement,
  type OrganisationRequirement,
} from './constraints';
import type { Translator } from '../base/i18n';
import type { ActivityType, FieldId, Purpose } from './vocabulary';
import { codeListOr, listFormat } from './wording';

/**
 * "Who may send and host", written from the constraints for hover and completion docs, so the
 * help says exactly what the rules check. In the translator's locale.
 */

function codeListAnd(tr: Translator, items: readonly string[]): string {
  return listFormat('conjunction', tr.locale).format(items.map((item) => `\`${item}\``));
}

function fieldsText(tr: Translator, fields: readonly FieldId[]): string {
  if (fields.length === 1 && fields[0] === 'higher-education') return tr.t('in a higher-education project');
  if (!fields.includes('higher-education') && fields.length === 5) return tr.t('outside higher education');
  return tr.t('in a project of the field {0}', codeListOr(fields, tr.locale));
}

/** The conditions under which a requirement applies, as a parenthesis (empty when always). */
function conditions(tr: Translator, requirement: OrganisationRequirement): string {
  const parts: string[] = [];
  if (requirement.fields) parts.push(fieldsText(tr, requirement.fields));
  if (requirement.purpose) parts.push(tr.t('with `purpose: {0}`', requirement.purpose));
  return parts.length > 0 ? ` (${parts.join(', ')})` : '';
}

function organisationLine(tr: Translator, requirement: OrganisationRequirement): string {
  const party =
    requirement.party === 'host'
      ? tr.t('Host')
      : requirement.roles
        ? tr.t('Senders of {0} groups', codeListAnd(tr, requirement.roles))
        : tr.t('Senders');
  return `- ${party}: ${codeListOr([...requirement.types], tr.locale)}${conditions(tr, requirement)} — \`${requirement.rule}\``;
}

function abroadLine(tr: Translator, requirement: AbroadRequirement): string {
  const text =
    requirement.of === 'sender'
      ? tr.t('The sending partner is in another country than the host')
      : tr.t('The host\'s country is not the participants\' country of residence');
  return `- ${text} — \`${requirement.rule}\``;
}

/**
 * The requirements on host and senders in an activity type, one markdown line each; with a field,
 * only those that apply in a project of that field. "Any partner" where nothing is required
 * always, "(except as below)" when something is required under a condition.
 */
export function sendHostLines(tr: Translator, type: ActivityType, field?: FieldId): string {
  const organisation = ORGANISATION_REQUIREMENTS.filter(
    (r) => r.activities.includes(type) && (field === undefined || r.fields === undefined || r.fields.includes(field)),
  );
  const always = (r: OrganisationRequirement) =>
    r.purpose === undefined && r.roles === undefined && (field !== undefined || r.fields === undefined);
  const lines: string[] = [];
  for (const party of ['host', 'sender'] as const) {
    const mine = organisation.filter((r) => r.party === party);
    if (!mine.some(always)) {
      const anyPartner = `- ${party === 'host' ? tr.t('Host') : tr.t('Senders')}: ${tr.t('any partner')}`;
      lines.push(mine.length > 0 ? `${anyPartner} ${tr.t('(except as below)')}` : anyPartner);
    }
    lines.push(...mine.map((r) => organisationLine(tr, r)));
  }
  lines.push(...ABROAD_REQUIREMENTS.filter((r) => r.activities.has(type)).map((r) => abroadLine(tr, r)));
  return lines.join('\n');
}

/** Who may host and send a long-term teaching or training assignment for `purpose` in a higher-education project (where the purpose matters). */
export function purposeLines(tr: Translator, purpose: Purpose): string {
  const situation = { field: 'higher-education', type: 'long-term-teaching-assignment', purpose } as const;
  const line = (party: 'host' | 'sender', requirements: readonly OrganisationRequirement[]) =>
    requirements.length > 0
      ? requirements.map((r) => organisationLine(tr, r))
      : [`- ${party === 'host' ? tr.t('Host') : tr.t('Senders')}: ${tr.t('any partner')}`];
  return [...line('host', hostRequirements(situation)), ...line('sender', senderRequirements(situation, undefined))].join('\n');
}
