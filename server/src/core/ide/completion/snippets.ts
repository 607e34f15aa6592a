import { type Situation } from '../../format/constraints';
import { situationOf } from '../../model/constraint-facts';
import type { ItemContext, KeyContext, PathSegment } from '../../syntax/cursor-context';
import type { Activity } from '../../model/model';
import { ACTIVITY_TYPES, isRelevant, type ActivityType, type FieldId, type OrganisationType } from '../../format/vocabulary';
import { typicalText } from './durations';
import { homeStudents, pickHostAndSender, pickSender, roleFor } from './picks';
import type { Scope } from './scope';
import { matches, rank, spaces } from './shared';
import { SnippetWriter, snippetToText } from './snippet-text';
import type { CompletionEntry } from './types';

/** A fresh item of a list (`- ` typed, no key yet): the list's snippets, written from the cursor. */
export function snippetsForNewItem(scope: Scope, context: KeyContext): CompletionEntry[] {
  if (context.existingKeys.length > 0 || context.hasColon) return [];
  const list = context.path.slice(0, -1);
  if (typeof context.path[context.path.length - 1] !== 'number') return [];
  return snippets(scope, list, context, false);
}

export function snippets(scope: Scope, list: readonly PathSegment[], context: KeyContext | ItemContext, dash: boolean): CompletionEntry[] {
  const make = (label: string, detail: string, lines: string[], order: number): CompletionEntry => {
    const insert = layout(lines, context.indent, dash);
    return {
      label,
      kind: 'snippet',
      detail,
      documentation: '```yaml\n' + snippetToText(layout(lines, 0, dash)) + '\n```',
      sortText: rank(0, order),
      insertText: (context.needsSpace ? ' ' : '') + insert,
      snippet: true,
      replace: context.replace,
    };
  };
  if (matches(list, ['partners'])) return [make(scope.tr.t('New partner'), scope.tr.t('Partner organisation'), partnerSnippet(scope), 0)];
  if (matches(list, ['youth-initiatives'])) {
    return [make(scope.tr.t('New youth initiative'), scope.tr.t('Transnational youth initiative'), youthInitiativeSnippet(scope), 0)];
  }
  if (matches(list, ['activities'])) {
    const field = scope.field;
    const types = Object.keys(ACTIVITY_TYPES) as ActivityType[];
    return types.map((type, index) => {
      const relevant = field === undefined || isRelevant(type, field);
      return make(scope.tr.t('New activity: {0}', type), ACTIVITY_TYPES[type][scope.locale], activitySnippet(scope, type), (relevant ? 0 : 100) + index);
    });
  }
  if (matches(list, ['activities', '#', 'participants'])) {
    return [make(scope.tr.t('New participant group'), scope.tr.t('Participant group'), groupSnippet(scope, scope.activityAt(list[1])), 0)];
  }
  if (matches(list, ['youth-initiatives', '#', 'groups'])) {
    return [make(scope.tr.t('New youth group'), scope.tr.t('Youth group'), youthGroupSnippet(scope), 0)];
  }
  return [];
}

export function partnerSnippet(scope: Scope): string[] {
  const s = new SnippetWriter();
  return [
    `id: ${s.stop(scope.tr.t('new-partner'))}`,
    `name: ${s.stop(scope.tr.t('Organisation name'))}`,
    `country: ${s.stop(scope.partners[0]?.country?.value ?? 'SE')}`,
    `type: ${s.stop(organisationForField(scope.field))}`,
  ];
}

export function nextId(prefix: string, ids: readonly (string | undefined)[]): string {
  const used = new Set(ids);
  for (let n = 1; ; n++) if (!used.has(`${prefix}${n}`)) return `${prefix}${n}`;
}

export function activitySnippet(scope: Scope, type: ActivityType): string[] {
  const s = new SnippetWriter();
  const style = scope.unitStyle();
  const id = nextId('C', (scope.app.activities?.items ?? []).map((activity) => activity.id?.value));
  const situation: Situation = { field: scope.field, type, purpose: type === 'long-term-teaching-assignment' ? 'teaching' : undefined };
  const role = roleFor(scope, type);
  const { host, sender } = pickHostAndSender(scope, situation, role);
  const lines = [`id: ${s.stop(id)}`, `type: ${type}`, `title: ${s.stop(scope.tr.t('Activity title'))}`, `host: ${s.stop(host?.id?.value ?? scope.tr.t('host-id'))}`];
  lines.push(`duration: ${s.stop(typicalText(SNIPPET_DAYS[type], style))}`);
  if (situation.purpose) lines.push(`purpose: ${s.stop(situation.purpose)}`);
  if (type === 'blended-mobility') lines.push(`virtual: ${s.stop(scope.tr.t('Online work before and after the stay'))}`);
  if (type === 'short-term-pupil-exchange') lines.push(`accompanying: ${s.stop('2')}`);
  if (type === 'intensive-study-programme') lines.push('ects: true');
  const fromId = sender?.id?.value ?? scope.tr.t('partner-id');
  lines.push('participants:');
  lines.push(`  - from: ${s.stop(fromId)}`, `    role: ${s.stop(role)}`, `    count: ${s.stop(type.startsWith('long-term') ? '1' : '10')}`);
  if (type === 'long-term-pupil-mobility') lines.push(`    age: ${s.stop('15')}`);
  if (type === 'intensive-study-programme') {
    // The host's own students too, where they may come, so that the students do not all come
    // from one country (isp-balance).
    const home = host?.id && homeStudents(situation, host, sender) ? host.id.value : undefined;
    if (home) lines.push(`  - from: ${s.stop(home)}`, '    role: student', `    count: ${s.stop('10')}`);
    lines.push(`  - from: ${s.stop(fromId)}`, '    role: teacher', `    count: ${s.stop('2')}`);
  }
  return lines;
}

export function groupSnippet(scope: Scope, activity: Activity | undefined): string[] {
  const s = new SnippetWriter();
  const host = activity?.host ? scope.app.partnerById.get(activity.host.value) : undefined;
  const situation = situationOf(scope.field, activity);
  const role = situation ? roleFor(scope, situation.type) : 'pupil';
  const from = situation ? pickSender(scope, situation, role, host) : scope.partners[0];
  return [
    `from: ${s.stop(from?.id?.value ?? scope.tr.t('partner-id'))}`,
    `role: ${s.stop(role)}`,
    `count: ${s.stop('10')}`,
  ];
}

export function youthInitiativeSnippet(scope: Scope): string[] {
  const s = new SnippetWriter();
  const countries: string[] = [];
  for (const partner of scope.partners) {
    const code = partner.country?.value;
    if (code && !countries.includes(code)) countries.push(code);
  }
  for (const fallback of ['SE', 'FI']) if (countries.length < 2 && !countries.includes(fallback)) countries.push(fallback);
  const id = nextId('Y', (scope.app.youthInitiatives?.items ?? []).map((initiative) => initiative.id?.value));
  return [
    `id: ${s.stop(id)}`,
    `title: ${s.stop(scope.tr.t('Initiative title'))}`,
    'groups:',
    `  - country: ${s.stop(countries[0])}`,
    `    members: ${s.stop('8')}`,
    `    minors: ${s.stop('true')}`,
    `  - country: ${s.stop(countries[1])}`,
    `    members: ${s.stop('8')}`,
    `coach: ${s.stop(scope.tr.t('Coach\'s name'))}`,
  ];
}

export function youthGroupSnippet(scope: Scope): string[] {
  const s = new SnippetWriter();
  return [`country: ${s.stop(scope.partners[0]?.country?.value ?? 'SE')}`, `members: ${s.stop('8')}`];
}

/** Where each activity type's snippet starts its duration: a typical value within the range. */
const SNIPPET_DAYS: Readonly<Record<ActivityType, number>> = {
  'blended-mobility': 7,
  'short-term-pupil-exchange': 7,
  'intensive-study-programme': 14,
  'long-term-pupil-mobility': 90,
  'long-term-teaching-assignment': 90,
  'long-term-youth-worker-mobility': 180,
  'short-term-staff-training': 5,
};

function organisationForField(field: FieldId | undefined): OrganisationType {
  switch (field) {
    case 'higher-education':
      return 'higher-education-institution';
    case 'vet':
      return 'vet-school';
    case 'adult-education':
      return 'adult-education-organisation';
    case 'youth':
      return 'youth-organisation';
    default:
      return 'school';
  }
}

/**
 * Lines written relative to an item's first key, placed at `indent`: the first
 * line where the cursor is, the next ones indented to the same column (after
 * `- ` when the item's dash is part of the text).
 */
function layout(lines: readonly string[], indent: number, dash: boolean): string {
  const pad = spaces(indent + (dash ? 2 : 0));
  return lines.map((line, index) => (index === 0 ? `${dash ? '- ' : ''}${line}` : `${pad}${line}`)).join('\n');
}
