import { hostRequirements, SCHOOL_TYPES } from '../format/constraints';
import { purposeLines, sendHostLines } from '../format/constraints-text';
import { countryName } from '../format/countries';
import { ACTIVITY_GUIDE, LANGUAGE_SUPPORT_SECTION, RELEVANCE_SECTION } from '../format/guide-notes';
import type { Translator } from '../base/i18n';
import type { Partner } from '../model/model';
import type { Rule } from '../check/rule';
import { resolveSchema, type SchemaNode } from '../format/schema-info';
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
} from '../format/vocabulary';
import { rangeWords } from '../format/wording';

/**
 * Markdown explanations of the format's values, shared by hover and by the
 * documentation of completion items, in the translator's locale: the words
 * come from `t` and the vocabulary labels of the active locale.
 */

/** The programme's Swedish term first (the guide's), then the English one. */
export function labelPair(label: Label): string {
  return `**${label.sv}** / *${label.en}*`;
}

/** `3 days to 2 months`, `2–12 months`, in the active locale's unit words, as the guide writes ranges. */
export function rangeText(tr: Translator, bounds: DurationBounds): string {
  return rangeWords(bounds.minDays, bounds.maxDays, tr.locale);
}

export function guideLine(tr: Translator, ...sections: string[]): string {
  return `*${tr.t('Programme guide: {0}', sections.join('; '))}*`;
}

function label(tr: Translator, value: Label): string {
  return value[tr.locale];
}

function paragraphs(...parts: (string | undefined | false)[]): string {
  return parts.filter((part): part is string => typeof part === 'string' && part !== '').join('\n\n');
}

/** The roles of an activity type with their allowed durations, as a markdown list. */
export function rolesList(tr: Translator, type: ActivityType): string {
  return ACTIVITY_ROLES[type]
    .flatMap((entry) => entry.roles.map((role) => `- \`${role}\` (${label(tr, ROLES[role])}): ${rangeText(tr, entry.bounds)}`))
    .join('\n');
}

function relevantFieldsText(tr: Translator, type: ActivityType): string {
  const fields = RELEVANT_FIELDS[type];
  if (fields === 'all') return tr.t('all fields');
  return fields.map((field) => `\`${field}\``).join(', ');
}

/** An activity type: labels, what it is, roles and durations, relevance, who sends and hosts, language support. */
export function activityTypeMarkdown(tr: Translator, type: ActivityType, field?: FieldId): string {
  const note = ACTIVITY_GUIDE[type];
  const text = note.text[tr.locale];
  let relevance = `**${tr.t('Particularly relevant for:')}** ${relevantFieldsText(tr, type)}`;
  if (field) {
    relevance += isRelevant(type, field)
      ? ` (${tr.t('including this project\'s field, `{0}`', field)})`
      : ` (${tr.t('not this project\'s field, `{0}`', field)})`;
  }
  const sections = [note.section, RELEVANCE_SECTION];
  if (text.languageSupport) sections.push(LANGUAGE_SUPPORT_SECTION);
  return paragraphs(
    labelPair(ACTIVITY_TYPES[type]),
    text.about,
    `**${tr.t('Roles and durations:')}**\n${rolesList(tr, type)}`,
    relevance,
    `**${tr.t('Who may send and host:')}**\n${sendHostLines(tr, type, field)}`,
    text.sendHostNote,
    text.languageSupport && `**${tr.t('Online language support:')}** ${text.languageSupport}`,
    guideLine(tr, ...sections),
  );
}

/** A role: labels, and the activity types that allow it with their durations. */
export function roleMarkdown(tr: Translator, role: Role, type?: ActivityType): string {
  const allowedIn = (Object.keys(ACTIVITY_ROLES) as ActivityType[]).flatMap((activityType) =>
    ACTIVITY_ROLES[activityType]
      .filter((entry) => entry.roles.includes(role))
      .map((entry) => `- \`${activityType}\`: ${rangeText(tr, entry.bounds)}`),
  );
  let here: string | undefined;
  if (type) {
    const entry = ACTIVITY_ROLES[type].find((candidate) => candidate.roles.includes(role));
    here = entry
      ? tr.t('Allowed in this activity (`{0}`): {1}.', type, rangeText(tr, entry.bounds))
      : tr.t('Not allowed in this activity (`{0}`).', type);
  }
  return paragraphs(
    labelPair(ROLES[role]),
    here,
    allowedIn.length > 0 ? `**${tr.t('Allowed in:')}**\n${allowedIn.join('\n')}` : undefined,
    guideLine(tr, RELEVANCE_SECTION),
  );
}

/** A field: labels and the activity types particularly relevant for it. */
export function fieldMarkdown(tr: Translator, field: FieldId): string {
  const types = (Object.keys(ACTIVITY_TYPES) as ActivityType[]).filter((type) => isRelevant(type, field));
  const relevant =
    field === 'cross-sectoral'
      ? tr.t('In a cross-sectoral project every activity type counts as particularly relevant.')
      : `**${tr.t('Particularly relevant activity types:')}**\n${types.map((type) => `- \`${type}\` (${label(tr, ACTIVITY_TYPES[type])})`).join('\n')}`;
  return paragraphs(labelPair(FIELDS[field]), relevant, guideLine(tr, RELEVANCE_SECTION));
}

export function organisationTypeMarkdown(tr: Translator, type: OrganisationType): string {
  const notes: string[] = [];
  if (EDUCATION_ORGANISATIONS.has(type)) {
    notes.push(tr.t('An education organisation: outside higher education it may send staff on long-term teaching or training assignments.'));
  } else {
    notes.push(tr.t('Not an education organisation: outside higher education it may not send staff on long-term teaching or training assignments.'));
  }
  if (SCHOOL_TYPES.has(type)) {
    notes.push(tr.t('Schools host and send the pupils of short-term and long-term pupil exchanges.'));
  }
  if (hostsHigherEducationTeaching(type)) {
    notes.push(
      tr.t('Higher education institutions send the students and teachers of intensive study programmes; in a higher-education project they host long-term teaching assignments and send staff on long-term training.'),
    );
  }
  return paragraphs(labelPair(ORGANISATION_TYPES[type]), ...notes);
}

/** The organisation type the guide wants as host of teaching assignments in higher education (its students and teachers go to intensive study programmes). */
function hostsHigherEducationTeaching(type: OrganisationType): boolean {
  return hostRequirements({ field: 'higher-education', type: 'long-term-teaching-assignment', purpose: 'teaching' }).every((r) => r.types.has(type));
}

export function purposeMarkdown(tr: Translator, purpose: Purpose): string {
  const note = purpose === 'teaching' ? tr.t('The staff member teaches at the host.') : tr.t('The staff member receives training at the host.');
  return paragraphs(
    labelPair(PURPOSES[purpose]),
    note,
    `**${tr.t('In a higher-education project:')}**\n${purposeLines(tr, purpose)}`,
    guideLine(tr, ACTIVITY_GUIDE['long-term-teaching-assignment'].section),
  );
}

export function priorityMarkdown(tr: Translator, priority: Priority): string {
  return paragraphs(labelPair(PRIORITIES[priority]), tr.t('A priority from the programme guide\'s "I fokus" list.'));
}

/** A country code with its name in the active locale. */
export function countryMarkdown(tr: Translator, code: string): string {
  return `**${countryName(code, tr.locale)}** (\`${code}\`)`;
}

/** `Sweden (SE)` in the active locale. */
export function countryText(tr: Translator, code: string): string {
  return `${countryName(code, tr.locale)} (${code})`;
}

/** A partner: its name, country and type, and whether it coordinates. */
export function partnerMarkdown(tr: Translator, partner: Partner): string {
  const id = partner.id?.value ?? '';
  const name = partner.name?.value;
  const lines: string[] = [];
  if (partner.country) lines.push(`- ${tr.t('Country: {0}', countryText(tr, partner.country.value))}`);
  if (partner.type) lines.push(`- ${tr.t('Type: {0}', `${label(tr, ORGANISATION_TYPES[partner.type.value])} (\`${partner.type.value}\`)`)}`);
  if (partner.coordinator?.value === true) lines.push(`- ${tr.t('Coordinator of the project')}`);
  return paragraphs(name ? `**${name}** (\`${id}\`)` : `\`${id}\``, lines.join('\n'));
}

/** One line about a partner for a completion item's detail: name · country · type. */
export function partnerDetail(tr: Translator, partner: Partner): string {
  const parts: string[] = [];
  if (partner.name) parts.push(partner.name.value);
  if (partner.country) parts.push(countryText(tr, partner.country.value));
  if (partner.type) parts.push(label(tr, ORGANISATION_TYPES[partner.type.value]));
  return parts.join(' · ');
}

/** A rule's explanation in the active locale, and the guide section it comes from. */
export function ruleMarkdown(tr: Translator, rule: Rule): string {
  const docs = rule.docs[tr.locale];
  return paragraphs(
    `**\`${rule.id}\`**: ${docs.summary}`,
    docs.details,
    rule.guideSection && rule.guideSection !== '—' ? guideLine(tr, rule.guideSection) : undefined,
  );
}

/** A schema node's description in the active locale, markdown when the schema has it. */
export function schemaDescription(tr: Translator, node: SchemaNode | undefined): string | undefined {
  const own = node && (node.description !== undefined || node.markdownDescription !== undefined) ? node : resolveSchema(node);
  if (!own) return undefined;
  return tr.locale === 'sv'
    ? (own['x-markdown-description-sv'] ?? own['x-description-sv'] ?? own.description)
    : (own.markdownDescription ?? own.description);
}
