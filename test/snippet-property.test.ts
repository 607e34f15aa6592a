import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { describe, it } from 'node:test';
import { checkText, type CheckResult } from '../server/src/core/check/check';
import { completionsAt, snippetToText, type CompletionEntry } from '../server/src/core/ide/completion';
import { LineIndex } from '../server/src/core/base/lines';
import type { Item } from '../server/src/core/model/model';
import { DEFAULT_CONFIG } from '../server/src/core/base/types';
import { FIELDS, type FieldId } from '../server/src/core/format/vocabulary';

/**
 * Property: a snippet accepted with its default text, or the first value completion ranks for a
 * partner reference or a role, adds no diagnostic the file did not have before. Every example
 * application is tried with its own project field and with each of the others, since the field
 * decides who may host and send.
 *
 * Only the choice the user made by picking the item may bring a diagnostic: an activity type not
 * particularly relevant for the field (activity-relevance), youth initiatives outside a youth
 * project (youth-initiative-field), and what no partner of the file can meet (a pupil exchange in
 * a file without schools). The last is found by brute force, with the checker as the oracle:
 * every assignment of the file's partner ids to the snippet's `host` and `from` values is tried,
 * and the snippet's own choice must add no more diagnostics than the best of them.
 */

const examples = join(__dirname, '..', 'examples');
/** Applications whose partners can meet every snippet's constraints: there no diagnostic may be added at all. */
const satisfiable = join(__dirname, 'fixtures', 'snippets');
const FILES = [examples, satisfiable].flatMap((dir) =>
  readdirSync(dir)
    .filter((file) => file.endsWith('.partnership.yaml'))
    .sort()
    .map((file) => join(dir, file)),
);

type Finding = CheckResult['findings'][number];

function withField(text: string, field: FieldId): string {
  return text.replace(/^( {2}field: )[a-z-]+/m, `$1${field}`);
}

/** `rule: message` of each finding: positions move when text is inserted, messages do not. */
function signatures(findings: readonly Finding[]): string[] {
  return findings.map((finding) => `${finding.rule}: ${finding.message}`);
}

/** The findings of `after` that `before` does not have (as a multiset). */
function added(before: CheckResult, after: CheckResult): string[] {
  const left = signatures(before.findings);
  const extra: string[] = [];
  for (const signature of signatures(after.findings)) {
    const index = left.indexOf(signature);
    if (index >= 0) left.splice(index, 1);
    else extra.push(signature);
  }
  return extra;
}

/** Where a new item of a list goes: a `- ` line after its last item, and the cursor after the dash. */
function newItemLine(text: string, last: Item): { text: string; offset: number } {
  const lines = new LineIndex(text);
  const dashColumn = lines.position(last.firstKeySpan.start).character - 2;
  const line = lines.position(Math.max(last.span.start, last.span.end - 1)).line;
  const at = lines.lineEnd(line);
  const inserted = `\n${' '.repeat(dashColumn)}- `;
  return { text: text.slice(0, at) + inserted + text.slice(at), offset: at + inserted.length };
}

/** Each list's new-item position in `text`: the lists the file has, and the two top-level lists when it lacks them. */
function listPositions(text: string): { list: string; text: string; offset: number }[] {
  const { app } = checkText(text, DEFAULT_CONFIG);
  const positions: { list: string; text: string; offset: number }[] = [];
  const add = (list: string, items: readonly Item[] | undefined) => {
    const last = items?.[items.length - 1];
    if (last) positions.push({ list, ...newItemLine(text, last) });
  };
  add('partners', app.partners?.items);
  add('activities', app.activities?.items);
  for (const activity of app.activities?.items ?? []) add(`activities/${activity.id?.value}/participants`, activity.participants);
  if (app.youthInitiatives?.items.length) {
    add('youth-initiatives', app.youthInitiatives.items);
    for (const initiative of app.youthInitiatives.items) add(`youth-initiatives/${initiative.id?.value}/groups`, initiative.groups?.items);
  } else {
    const appended = `${text.endsWith('\n') ? '' : '\n'}\nyouth-initiatives:\n  - `;
    positions.push({ list: 'youth-initiatives', text: text + appended, offset: text.length + appended.length });
  }
  return positions;
}

function accept(text: string, entry: CompletionEntry): string {
  const insert = entry.snippet ? snippetToText(entry.insertText) : entry.insertText;
  return text.slice(0, entry.replace.start) + insert + text.slice(entry.replace.end);
}

/** The diagnostics picking the item itself may bring (see the header). */
function chosen(extra: readonly string[], field: FieldId, entry: CompletionEntry): string[] {
  const allowed = new Set<string>();
  if (entry.label.startsWith('New activity: ')) allowed.add('activity-relevance');
  if (entry.label === 'New youth initiative' && field !== 'youth') allowed.add('youth-initiative-field');
  return extra.filter((signature) => !allowed.has(signature.slice(0, signature.indexOf(':'))));
}

function partnerIds(result: CheckResult): string[] {
  return (result.app.partners?.items ?? []).flatMap((partner) => (partner.id ? [partner.id.value] : []));
}

/** `accepted` with every assignment of `ids` to the `host:` and `from:` values the snippet wrote. */
function reassignments(accepted: string, entry: CompletionEntry, ids: readonly string[]): string[] {
  const start = entry.replace.start;
  const end = start + snippetToText(entry.insertText).length;
  const slots = [...accepted.slice(start, end).matchAll(/\b(?:host|from): (\S+)/g)].map((match) => ({
    at: start + match.index + match[0].length - match[1].length,
    length: match[1].length,
  }));
  let texts = [accepted];
  for (const slot of [...slots].reverse()) {
    texts = texts.flatMap((text) => ids.map((id) => text.slice(0, slot.at) + id + text.slice(slot.at + slot.length)));
  }
  return texts;
}

function variants(): { file: string; field: FieldId; text: string; strict: boolean }[] {
  return FILES.flatMap((path) => {
    const text = readFileSync(path, 'utf8');
    const file = basename(path);
    const strict = dirname(path) === satisfiable;
    return (Object.keys(FIELDS) as FieldId[]).map((field) => ({ file, field, text: withField(text, field), strict }));
  });
}

describe('snippets accepted as they are add no diagnostic', () => {
  for (const { file, field, text, strict } of variants()) {
    it(`${file} as ${field}`, () => {
      const before = checkText(text, DEFAULT_CONFIG);
      const failures: string[] = [];
      let tried = 0;
      for (const position of listPositions(text)) {
        const result = checkText(position.text, DEFAULT_CONFIG);
        const offered = completionsAt(result, position.offset, 'en').filter((entry) => entry.kind === 'snippet');
        assert.ok(offered.length > 0, `${position.list}: no snippet offered`);
        for (const entry of offered) {
          tried++;
          const accepted = accept(position.text, entry);
          const newDiagnostics = (candidate: string) => chosen(added(before, checkText(candidate, DEFAULT_CONFIG)), field, entry);
          const extra = newDiagnostics(accepted);
          if (extra.length === 0) continue;
          const best = strict ? 0 : Math.min(...reassignments(accepted, entry, partnerIds(before)).map((candidate) => newDiagnostics(candidate).length));
          if (extra.length > best) failures.push(`${position.list} "${entry.label}" (best ${best}): ${extra.join(' / ')}`);
        }
      }
      assert.ok(tried >= 10, `only ${tried} snippets tried`);
      assert.deepEqual(failures, []);
    });
  }
});

/** The entry an editor shows first: by sort text, then label. */
function firstRanked(entries: readonly CompletionEntry[]): CompletionEntry | undefined {
  return [...entries].sort((a, b) => (a.sortText < b.sortText ? -1 : a.sortText > b.sortText ? 1 : a.label < b.label ? -1 : 1))[0];
}

/** The `host`, `from` and `role` values of the file, where completion offers its values. */
function valueSpans(result: CheckResult): { what: string; start: number; end: number }[] {
  const spans: { what: string; start: number; end: number }[] = [];
  for (const activity of result.app.activities?.items ?? []) {
    const name = activity.id?.value;
    if (activity.host) spans.push({ what: `${name} host`, ...activity.host.span });
    for (const group of activity.participants) {
      if (group.from) spans.push({ what: `${name} from ${group.index}`, ...group.from.span });
      if (group.role) spans.push({ what: `${name} role ${group.index}`, ...group.role.span });
    }
  }
  return spans;
}

describe('the first-ranked value adds no diagnostic the best offered value avoids', () => {
  for (const { file, field, text } of variants()) {
    it(`${file} as ${field}`, () => {
      const before = checkText(text, DEFAULT_CONFIG);
      const failures: string[] = [];
      for (const span of valueSpans(before)) {
        const offered = completionsAt(before, span.end, 'en');
        const first = firstRanked(offered);
        assert.ok(first, `${span.what}: nothing offered`);
        const cost = (entry: CompletionEntry) => added(before, checkText(accept(text, entry), DEFAULT_CONFIG)).length;
        const best = Math.min(...offered.map(cost));
        const mine = cost(first);
        if (mine > best) failures.push(`${span.what}: \`${first.label}\` adds ${mine}, the best offered value ${best}: ${added(before, checkText(accept(text, first), DEFAULT_CONFIG)).join(" / ")}`);
      }
      assert.deepEqual(failures, []);
    });
  }
});
