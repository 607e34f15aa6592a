import { checkText } from '../check/check';
import { activitySnippet } from './completion/snippets';
import { Scope } from './completion/scope';
import { snippetToText } from './completion/snippet-text';
import { translator } from '../base/i18n';
import type { Locale } from '../base/types';
import { ACTIVITY_TYPES, FIELDS, type ActivityType, type FieldId, type OrganisationType } from '../format/vocabulary';

/** What "New Application" asks for: the field, the language, and the project's first day (the caller's today decides it). */
export interface NewApplicationOptions {
  readonly field: FieldId;
  readonly locale: Locale;
  /** `YYYY-MM-DD`; the core has no clock, so the server passes it. */
  readonly start: string;
}

/**
 * The partner organisations of a new application: two in different countries
 * (the guide asks for at least two), of the field's own kind, the first one
 * coordinating. Ids and names are placeholders the consultant overwrites.
 */
const PARTNER_TYPE: Readonly<Record<FieldId, OrganisationType>> = {
  'school-education': 'school',
  vet: 'vet-school',
  'higher-education': 'higher-education-institution',
  'adult-education': 'adult-education-organisation',
  youth: 'youth-organisation',
  'cross-sectoral': 'ngo',
};

/**
 * One activity the field's projects typically hold (relevant for the field,
 * so `activity-relevance` is quiet), then a joint staff training event, which
 * every field may hold.
 */
const FIELD_ACTIVITY: Readonly<Record<FieldId, ActivityType>> = {
  'school-education': 'short-term-pupil-exchange',
  vet: 'blended-mobility',
  'higher-education': 'intensive-study-programme',
  'adult-education': 'blended-mobility',
  youth: 'blended-mobility',
  'cross-sectoral': 'blended-mobility',
};

/**
 * The text of a new, complete application for `field` in `locale`: project,
 * two partners and two activities, which the checker accepts as it stands.
 * The activities are the completion snippets' own (same hosts, senders,
 * roles and durations), written with their default values, so the skeleton
 * and the snippets cannot disagree about what the guide allows.
 */
export function newApplicationText(options: NewApplicationOptions): string {
  const tr = translator(options.locale);
  const head = [
    `# ${tr.t('A new Erasmus+ strategic partnership application. Replace the placeholder texts; the checker shows what is still missing.')}`,
    'project:',
    `  title: ${tr.t('Project title')}`,
    `  field: ${options.field}`,
    `  start: ${options.start}`,
    `  duration: ${options.locale === 'sv' ? '24 månader' : '24 months'}`,
    `  summary: ${tr.t('What the partnership will do, in a few sentences.')}`,
    '',
    'partners:',
    ...partnerLines(options, tr.t('Coordinating organisation'), tr.t('Partner organisation')),
    '',
  ];
  const partial = checkText(head.join('\n'));
  const scope = new Scope(partial, options.locale);
  const activities = [FIELD_ACTIVITY[options.field], 'short-term-staff-training' as const].map((type, index) =>
    itemLines(activityLines(scope, type), index + 1),
  );
  return [...head, 'activities:', ...activities.flat(), ''].join('\n');
}

function partnerLines(options: NewApplicationOptions, coordinating: string, partner: string): string[] {
  const type = PARTNER_TYPE[options.field];
  return [
    '  - id: se-partner',
    `    name: ${coordinating}`,
    '    country: SE',
    `    type: ${type}`,
    '    coordinator: true',
    '  - id: fi-partner',
    `    name: ${partner}`,
    '    country: FI',
    `    type: ${type}`,
  ];
}

/**
 * The snippet's activity with its defaults, titled by its type's name. An
 * intensive study programme also gets students of the host's own country: the
 * snippet sends students from abroad only, and the guide expects domestic
 * students too (`isp-balance`).
 */
function activityLines(scope: Scope, type: ActivityType): string[] {
  const lines = activitySnippet(scope, type)
    .map(snippetToText)
    .map((line) => (line.startsWith('title: ') ? `title: ${ACTIVITY_TYPES[type][scope.locale]}` : line));
  if (type !== 'intensive-study-programme') return lines;
  const host = lines.find((line) => line.startsWith('host: '))?.slice('host: '.length);
  const at = lines.indexOf('participants:') + 1;
  return [...lines.slice(0, at), `  - from: ${host}`, '    role: student', '    count: 10', ...lines.slice(at)];
}

/** A snippet's lines as a list item of `activities:`; each activity gets its own id (`C1`, `C2`). */
function itemLines(lines: readonly string[], number: number): string[] {
  return lines.map((line, index) => {
    const text = index === 0 ? line.replace(/^id: .*$/, `id: C${number}`) : line;
    return (index === 0 ? '  - ' : '    ') + text;
  });
}

/** The fields New Application offers, in the spec's order, with their labels. */
export function newApplicationFields(locale: Locale): { id: FieldId; label: string }[] {
  return (Object.keys(FIELDS) as FieldId[]).map((id) => ({ id, label: FIELDS[id][locale] }));
}
