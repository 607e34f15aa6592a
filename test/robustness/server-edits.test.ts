// Thousands of random incremental edits through the real server process over
// stdio (issue 6): the server stays alive, answers every request (the
// features it announces, at random positions, interleaved with the edits),
// never publishes diagnostics for an older version after a newer one, and
// what it publishes for a version is what the core reports for that version's
// text, checked from scratch.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import fc from 'fast-check';
import type { Diagnostic, Position } from 'vscode-languageserver';
import { checkText } from '../../server/src/core/check/check';
import { LineIndex } from '../../server/src/core/base/lines';
import { LspTestClient, ROOT } from '../helpers/lsp-client';
import { applyChange, edit, toChange, type Change } from './helpers/edits';
import { requestMakers } from './helpers/requests';
import { sample } from './helpers/property';

const EDITS = 3000;
const URI = 'file:///robustness/edited.partnership.yaml';
/** Keeps the document a realistic size: above this, edits delete. */
const MAX_LENGTH = 6000;

const SEVERITY = { error: 1, warning: 2, information: 3, hint: 4 } as const;

/** What the server must publish for `text`, from the core, checked from scratch. */
function expected(text: string): unknown[] {
  const result = checkText(text);
  return result.findings.map((finding) => ({
    range: { start: result.lines.position(finding.span.start), end: result.lines.position(finding.span.end) },
    severity: SEVERITY[finding.severity],
    code: finding.rule,
    source: 'partnership',
    message: finding.message,
  }));
}

function essentials(diagnostics: readonly Diagnostic[]): unknown[] {
  return diagnostics.map(({ range, severity, code, source, message }) => ({ range, severity, code, source, message }));
}

const clients: LspTestClient[] = [];
after(() => clients.forEach((client) => client.dispose()));

/** A document where incremental checking must fall back to the whole text: anchors, aliases, flow style, nesting near the limit, CRLF. */
const TRICKY = [
  '# Anchors, flow style, CRLF and a nest of brackets near the nesting limit.',
  'x-shared: &shared {role: teacher, count: 2}',
  'project: {title: "Åre 😀", field: higher-education, start: 2027-09-01, duration: 24 months}',
  `x-deep: ${'['.repeat(96)}1${']'.repeat(96)}`,
  'partners:',
  '  - {id: a, name: A, country: SE, type: higher-education-institution, coordinator: true}',
  '  - id: b',
  '    name: Bé',
  '    country: FI',
  '    type: higher-education-institution',
  'activities:',
  '  - id: C1',
  '    type: intensive-study-programme',
  '    host: a',
  '    duration: 7 days',
  '    ects: true',
  '    participants:',
  '      - *shared',
  '      - {from: b, role: student, count: 5}',
  '',
].join('\r\n');

describe('the server under thousands of random edits over stdio', () => {
  test(`${EDITS} incremental edits with interleaved requests: alive, answering, newest version last, equal to the core`, async (t) => {
    const text = readFileSync(join(ROOT, 'examples', 'school-democracy.partnership.yaml'), 'utf8');
    await editSession(t, text, EDITS, 60_641);
  });

  test('800 random edits of a document with anchors, aliases, flow style and CRLF', async (t) => {
    await editSession(t, TRICKY, 800, 60_643, { pauseEvery: 40 });
  });

  test('a nest of brackets grown past the nesting limit and back, one level an edit', async (t) => {
    // Depth 96 to 108 and back (the top-level key counts one): every version is published and compared.
    const nest = (i: number, current: string): Change => {
      const match = /\[+1\]+/.exec(current)!;
      const depth = 95 + (i < 13 ? i + 1 : 26 - i);
      return { start: match.index, end: match.index + match[0].length, text: `${'['.repeat(depth)}1${']'.repeat(depth)}` };
    };
    const { tooDeep } = await editSession(t, TRICKY, 26, 60_644, { steer: nest, pauseEvery: 1, fullReplacements: false });
    assert.ok(tooDeep >= 10, `published versions beyond the nesting limit: ${tooDeep}`);
  });
});

async function editSession(
  t: { diagnostic(message: string): void },
  initial: string,
  count: number,
  seed: number,
  options: {
    /** Replaces the random edit `proposed` (default: keeps it). */
    readonly steer?: (i: number, text: string, proposed: Change) => Change;
    /** Pause after this many edits, so that diagnostics are published. */
    readonly pauseEvery?: number;
    /** Send the whole text now and then (lines reversed), as some clients do. */
    readonly fullReplacements?: boolean;
  } = {},
): Promise<{ tooDeep: number }> {
  const { steer = (_i: number, _text: string, proposed: Change) => proposed, pauseEvery = 200, fullReplacements = true } = options;
  const started = Date.now();
  const client = LspTestClient.spawn();
  clients.push(client);
  const { capabilities } = await client.initialize();
  const makers = requestMakers(capabilities, URI);

  let text = initial;
  const history = new Map<number, string>([[1, text]]);
  await client.open(URI, text, 1);

  const edits = sample(edit, count, seed);
  const extras = sample(fc.record({ two: fc.nat(9), full: fc.nat(49), at: fc.nat(), far: fc.nat(19) }), count, seed + 1);
  const answers: Promise<unknown>[] = [];
  const outcomes: { method: string; error?: { code?: number; message: string } }[] = [];
  let version = 1;

  for (let i = 0; i < count; i++) {
    const changes: ({ range: { start: Position; end: Position }; text: string } | { text: string })[] = [];
    const rounds = extras[i].two === 0 && fullReplacements ? 2 : 1;
    for (let r = 0; r < rounds; r++) {
      if (fullReplacements && extras[i].full === 0 && r === 0) {
        // Now and then the whole text at once, as some clients send it.
        text = text.split('\n').reverse().join('\n');
        changes.push({ text });
        continue;
      }
      const lines = new LineIndex(text);
      let change: Change = steer(i, text, toChange(text, edits[(i + r * 7) % count]));
      if (text.length > MAX_LENGTH) change = { start: change.start, end: Math.min(text.length, change.start + 400), text: '' };
      const range = { start: lines.position(change.start), end: lines.position(change.end) };
      // The server reads the range as positions; the mirror applies exactly what those positions mean.
      const applied = { start: lines.offset(range.start), end: lines.offset(range.end), text: change.text };
      text = applyChange(text, applied);
      changes.push({ range, text: change.text });
    }
    version++;
    history.set(version, text);
    void client.change(URI, version, changes);

    if (i % 25 === 24 && makers.length > 0) {
      const lines = new LineIndex(text);
      const maker = makers[(i / 25) % makers.length | 0];
      const { method, params } = maker(text, lines, extras[i].at);
      answers.push(settle(client.request(method, params), method, outcomes));
    }
    if (i % 250 === 249) {
      // A request the server does not know, and a position far outside the document.
      answers.push(settle(client.request('partnership/no-such-request', {}), 'partnership/no-such-request', outcomes));
      if (capabilities.hoverProvider) {
        const far = { line: 1_000_000 + extras[i].far, character: 5 };
        answers.push(settle(client.request('textDocument/hover', { textDocument: { uri: URI }, position: far }), 'textDocument/hover', outcomes));
      }
    }
    // Back-pressure, and pauses long enough for diagnostics to be published in the middle of the run.
    if (i % 100 === 99) await answers.at(-1);
    if (i % pauseEvery === pauseEvery - 1) await sleep(120);
  }

  const final = version;
  const published = await client.waitForDiagnostics(URI, final, 20_000);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('some requests were never answered within 30 s')), 30_000);
  });
  await Promise.race([Promise.all(answers), timeout]).finally(() => clearTimeout(timer));
  await sleep(400); // anything still to come would arrive now

  assert.equal(client.child?.exitCode, null, 'the server is still running');
  assert.equal(outcomes.length, answers.length, 'every request was answered');
  for (const outcome of outcomes) {
    if (!outcome.error) continue;
    if (outcome.method === 'partnership/no-such-request') assert.equal(outcome.error.code, -32601, 'an unknown request is MethodNotFound');
    // A refused rename is an answer; an exception inside a handler (InternalError) is not.
    else assert.notEqual(outcome.error.code, -32603, `${outcome.method} failed inside the server: ${outcome.error.message}`);
  }
  assert.ok(outcomes.some((outcome) => !outcome.error), 'some requests succeeded');

  const publishes = client.diagnosticsFor(URI);
  const versions = publishes.map((params) => params.version as number);
  for (let i = 1; i < versions.length; i++) {
    assert.ok(versions[i] >= versions[i - 1], `version ${versions[i]} published after ${versions[i - 1]}`);
  }
  assert.equal(versions.at(-1), final, 'the last publish is for the final version');
  assert.ok(publishes.length >= 4, `diagnostics were published during the run, not only at the end (${publishes.length})`);
  for (const params of publishes) {
    assert.deepEqual(essentials(params.diagnostics), expected(history.get(params.version as number)!), `diagnostics of version ${params.version}`);
  }

  // The same text opened fresh, with no history: the same diagnostics.
  const fresh = 'file:///robustness/fresh.partnership.yaml';
  await client.open(fresh, text, 1);
  assert.deepEqual(essentials((await client.waitForDiagnostics(fresh, 1)).diagnostics), essentials(published.diagnostics));

  const errors = client.logs.filter((log) => log.type === 1);
  assert.deepEqual(errors, [], 'nothing failed inside the server');
  assert.equal(await client.shutdownAndExit(), 0);
  const tooDeep = publishes.filter((params) => params.diagnostics.some((d) => (d.data as { yamlCode?: string } | undefined)?.yamlCode === 'RESOURCE_EXHAUSTION')).length;
  t.diagnostic(`${count} edits, ${answers.length} requests, ${publishes.length} publishes (${tooDeep} nested too deeply) in ${Date.now() - started} ms`);
  return { tooDeep };
}

function settle(promise: Promise<unknown>, method: string, outcomes: { method: string; error?: { code?: number; message: string } }[]): Promise<void> {
  return promise.then(
    () => void outcomes.push({ method }),
    (error: { code?: number; message: string }) => void outcomes.push({ method, error: { code: error.code, message: error.message } }),
  );
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

