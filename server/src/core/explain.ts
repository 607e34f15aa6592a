import { hostRequirements, SCHOOL_TYPES } from './constraints';
import { purposeLines, sendHostLines } from './constraints-text';
import { countryName } from './countries';
import { ACTIVITY_GUIDE, LANGUAGE_SUPPORT_SECTION, RELEVANCE_SECTION } from './guide-notes';
import { currentLocale, t } from './i18n';
import type { Partner } from './model';
import type { Rule } from './rule';
import { resolveSchema, type SchemaNode } from './schema-info';
import {
  ACTIVITY_ROLES,
  ACTIVITY_TYPES,
  EDUCATION_ORGANISATIONS,
  FIELDS,
  isRelevant,
  ORGANISATION_TYPES,
  PRIORITIES,
  PURPOSES,
  RELEVANT_FIELDS,
  ROLES,
  type ActivityType,
  type DurationBounds,
  type FieldId,
  type Label,
  type OrganisationType,
  type Priority,
  type Purpose,
  type Role,
} from './vocabulary';
import { daysText } from './wording';

/**
 * Markdown explanations of the format's values, shared by hover and by the
 * documentation of completion items. Call them inside `withLocale`: the words
 * come from `t` and the vocabulary labels of the active locale.
 */

/** The programme's Swedish term first (the guide's), then the English one. */
export function labelPair(label: Label): string {
  return `**${label.sv}** / *${label.en}*`;
}

/** `3 days to 2 months`, in the active locale's unit words. */
export function rangeText(bounds: DurationBounds): string {
  return t('{0} to {1}', daysText(bounds.minDays), daysText(bounds.maxDays));
}

export function guideLine(...sections: string[]): string {
  return `*${t('Programme guide: {0}', sections.join('; '))}*`;
}

function label(value: Label): string {
  return value[currentLocale()];
}

function paragraphs(...parts: (string | undefined | false)[]): string {
  return parts.filter((part): part is string => typeof part === 'string' && part !== '').join('\n\n');
}

/** The roles of an activity type with their allowed durations, as a markdown list. */
export function rolesList(type: ActivityType): string {
  return ACTIVITY_ROLES[type]
    .flatMap((entry) => entry.roles.map((role) => `- \`${role}\` (${label(ROLES[role])}): ${rangeText(entry.bounds)}`))
    .join('\n');
}

function relevantFieldsText(type: ActivityType): string {
  const fields = RELEVANT_FIELDS[type];
  if (fields === 'all') return t('all fields');
  return fields.map((field) => `\`${field}\``).join(', ');
}

/** An activity type: labels, what it is, roles and durations, relevance, who sends and hosts, language support. */
export function activityTypeMarkdown(type: ActivityType, field?: FieldId): string {
  const note = ACTIVITY_GUIDE[type];
  const text = note.text[currentLocale()];
  let relevance = `**${t('Particularly relevant for:')}** ${relevantFieldsText(type)}`;
  if (field) {
    relevance += isRelevant(type, field)
      ? ` (${t('including this project\'s field, `{0}`', field)})`
      : ` (${t('not this project\'s field, `{0}`', field)})`;
  }
  const sections = [note.section, RELEVANCE_SECTION];
  if (text.languageSupport) sections.push(LANGUAGE_SUPPORT_SECTION);
  return paragraphs(
    labelPair(ACTIVITY_TYPES[type]),
    text.about,
    `**${t('Roles and durations:')}**\n${rolesList(type)}`,
    relevance,
    `**${t('Who may send and host:')}**\n${sendHostLines(type, field)}`,
    text.sendHostNote,
    text.languageSupport && `**${t('Online language support:')}** ${text.languageSupport}`,
    guideLine(...sections),
  );
}

/** A role: labels, and the activity types that allow it with their durations. */
export function roleMarkdown(role: Role, type?: ActivityType): string {
  const allowedIn = (Object.keys(ACTIVITY_ROLES) as ActivityType[]).flatMap((activityType) =>
    ACTIVITY_ROLES[activityType]
      .filter((entry) => entry.roles.includes(role))
      .map((entry) => `- \`${activityType}\`: ${rangeText(entry.bounds)}`),
  );
  let here: string | undefined;
  if (type) {
    const entry = ACTIVITY_ROLES[type].find((candidate) => candidate.roles.includes(role));
    here = entry
      ? t('Allowed in this activity (`{0}`): {1}.', type, rangeText(entry.bounds))
      : t('Not allowed in this activity (`{0}`).', type);
  }
  return paragraphs(
    labelPair(ROLES[role]),
    here,
    allowedIn.length > 0 ? `**${t('Allowed in:')}**\n${allowedIn.join('\n')}` : undefined,
    guideLine(RELEVANCE_SECTION),
  );
}

/** A field: labels and the activity types particularly relevant for it. */
export function fieldMarkdown(field: FieldId): string {
  const types = (Object.keys(ACTIVITY_TYPES) as ActivityType[]).filter((type) => isRelevant(type, field));
  const relevant =
    field === 'cross-sectoral'
      ? t('In a cross-sectoral project every activity type counts as particularly relevant.')
      : `**${t('Particularly relevant activity types:')}**\n${types.map((type) => `- \`${type}\` (${label(ACTIVITY_TYPES[type])})`).join('\n')}`;
  return paragraphs(labelPair(FIELDS[field]), relevant, guideLine(RELEVANCE_SECTION));
}

export function organisationTypeMarkdown(type: OrganisationType): string {
  const notes: string[] = [];
  if (EDUCATION_ORGANISATIONS.has(type)) {
    notes.push(t('An education organisation: outside higher education it may send staff on long-term teaching or training assignments.'));
  } else {
    notes.push(t('Not an education organisation: outside higher education it may not send staff on long-term teaching or training assignments.'));
  }
  if (SCHOOL_TYPES.has(type)) {
    notes.push(t('Schools host and send the pupils of short-term and long-term pupil exchanges.'));
  }
  if (hostsHigherEducationTeaching(type)) {
    notes.push(
      t('Higher education institutions send the students and teachers of intensive study programmes; in a higher-education project they host long-term teaching assignments and send staff on long-term training.'),
    );
  }
  return paragraphs(labelPair(ORGANISATION_TYPES[type]), ...notes);
}

/** The organisation type the guide wants as host of teaching assignments in higher education (its students and teachers go to intensive study programmes). */
function hostsHigherEducationTeaching(type: OrganisationType): boolean {
  return hostRequirements({ field: 'higher-education', type: 'long-term-teaching-assignment', purpose: 'teaching' }).every((r) => r.types.has(type));
}

export function purposeMarkdown(purpose: Purpose): string {
  const note = purpose === 'teaching' ? t('The staff member teaches at the host.') : t('The staff member receives training at the host.');
  return paragraphs(
    labelPair(PURPOSES[purpose]),
    note,
    `**${t('In a higher-education project:')}**\n${purposeLines(purpose)}`,
    guideLine(ACTIVITY_GUIDE['long-term-teaching-assignment'].section),
  );
}

export function priorityMarkdown(priority: Priority): string {
  return paragraphs(labelPair(PRIORITIES[priority]), t('A priority from the programme guide\'s "I fokus" list.'));
}

/** A country code with its name in the active locale. */
export function countryMarkdown(code: string): string {
  return `**${countryName(code, currentLocale())}** (\`${code}\`)`;
}

/** `Sweden (SE)` in the active locale. */
export function countryText(code: string): string {
  return `${countryName(code, currentLocale())} (${code})`;
}

/** A partner: its name, country and type, and whether it coordinates. */
export function partnerMarkdown(partner: Partner): string {
  const id = partner.id?.value ?? '';
  const name = partner.name?.value;
  const lines: string[] = [];
  if (partner.country) lines.push(`- ${t('Country: {0}', countryText(partner.country.value))}`);
  if (partner.type) lines.push(`- ${t('Type: {0}', `${label(ORGANISATION_TYPES[partner.type.value])} (\`${partner.type.value}\`)`)}`);
  if (partner.coordinator?.value === true) lines.push(`- ${t('Coordinator of the project')}`);
  return paragraphs(name ? `**${name}** (\`${id}\`)` : `\`${id}\``, lines.join('\n'));
}

/** One line about a partner for a completion item's detail: name · country · type. */
export function partnerDetail(partner: Partner): string {
  const parts: string[] = [];
  if (partner.name) parts.push(partner.name.value);
  if (partner.country) parts.push(countryText(partner.country.value));
  if (partner.type) parts.push(label(ORGANISATION_TYPES[partner.type.value]));
  return parts.join(' · ');
}

/** A rule's explanation in the active locale, and the guide section it comes from. */
export function ruleMarkdown(rule: Rule): string {
  const docs = rule.docs[currentLocale()];
  return paragraphs(
    `**\`${rule.id}\`**: ${docs.summary}`,
    docs.details,
    rule.guideSection && rule.guideSection !== '—' ? guideLine(rule.guideSection) : undefined,
  );
}

/** A schema node's description in the active locale, markdown when the schema has it. */
export function schemaDescription(node: SchemaNode | undefined): string | undefined {
  const own = node && (node.description !== undefined || node.markdownDescription !== undefined) ? node : resolveSchema(node);
  if (!own) return undefined;
  return currentLocale() === 'sv'
    ? (own['x-markdown-description-sv'] ?? own['x-description-sv'] ?? own.description)
    : (own.markdownDescription ?? own.description);
}
