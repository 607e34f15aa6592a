// Code actions over real JSON-RPC: the built server over stdio (the way an editor calls it),
// client-capability variants in process.
import assert from 'node:assert/strict';
import { afterEach, describe, test } from 'node:test';
import type { CodeAction, Diagnostic, TextEdit, WorkspaceEdit } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DE_SCHOOL, endOf, positionOf, pupilExchange, rangeOf, schoolApplication, SE_SCHOOL } from './helpers/applications';
import { LspTestClient, type InitializeOptions } from './helpers/lsp-client';

const URI = 'file:///work/fixes.partnership.yaml';

// One duration-range mistake (2 days, at least 3) and one partner typo (se-scool): the shared
// application with the German school as host.
const TEXT = schoolApplication({
  partners: [SE_SCHOOL, DE_SCHOOL],
  activities: [
    pupilExchange({ host: 'de-school', from: 'se-scool', duration: '2 days   # arrival and departure', accompanying: 'after-participants' }),
  ],
});
/** The duration value's range, where the duration-range diagnostic is and its fix writes. */
const DURATION = rangeOf(TEXT, '2 days');

const CHANGE_DURATION = 'Change `2 days` to `3 days`';
const FIXED_DURATION = TEXT.replace('duration: 2 days ', 'duration: 3 days ');

let clients: LspTestClient[] = [];
afterEach(() => {
  for (const client of clients) client.dispose();
  clients = [];
});

async function start(spawned: boolean, options: InitializeOptions = {}): Promise<LspTestClient> {
  const client = spawned ? LspTestClient.spawn() : LspTestClient.inProcess();
  clients.push(client);
  await client.initialize(options);
  await client.open(URI, TEXT);
  return client;
}

async function diagnostic(client: LspTestClient, code: string): Promise<Diagnostic> {
  const published = await client.waitForDiagnostics(URI, 1);
  const found = published.diagnostics.find((d) => d.code === code);
  assert.ok(found, `a ${code} diagnostic; got ${published.diagnostics.map((d) => d.code).join(', ')}`);
  return found;
}

function codeActions(client: LspTestClient, range: Diagnostic['range'], diagnostics: Diagnostic[], only?: string[]): Promise<CodeAction[]> {
  return client.request('textDocument/codeAction', {
    textDocument: { uri: URI },
    range,
    context: only ? { diagnostics, only } : { diagnostics },
  }) as Promise<CodeAction[]>;
}

/** The text after applying a WorkspaceEdit (either form) to this test's document. */
function applied(edit: WorkspaceEdit | undefined, text = TEXT): string {
  assert.ok(edit, 'the action has an edit');
  let edits: TextEdit[] | undefined = edit.changes?.[URI];
  if (!edits && edit.documentChanges) {
    const change = edit.documentChanges.find((c) => 'textDocument' in c && c.textDocument.uri === URI);
    edits = change && 'edits' in change ? (change.edits as TextEdit[]) : undefined;
  }
  assert.ok(edits, 'the edit changes this document');
  return TextDocument.applyEdits(TextDocument.create(URI, 'partnership-application', 1, text), edits);
}

function range(line: number, start: number, end: number) {
  return { start: { line, character: start }, end: { line, character: end } };
}

describe('code actions over stdio', () => {
  test('fix a duration-range diagnostic and apply the returned edit', async () => {
    const client = await start(true);
    const duration = await diagnostic(client, 'duration-range');
    assert.deepEqual(duration.range, DURATION);
    const actions = await codeActions(client, duration.range, [duration]);
    assert.deepEqual(
      actions.map((a) => [a.title, a.kind, a.isPreferred ?? false]),
      [
        [CHANGE_DURATION, 'quickfix', true],
        ['Disable duration-range for this line', 'quickfix', false],
      ],
    );
    for (const action of actions) assert.deepEqual(action.diagnostics, [duration]);
    const fixed = applied(actions[0].edit);
    assert.equal(fixed, FIXED_DURATION);
    assert.equal(
      applied(actions[1].edit),
      TEXT.replace('    duration: 2 days', '    # partnership-disable-next-line duration-range\n    duration: 2 days'),
    );

    // The editor applies the edit: the diagnostic goes, the partner typo stays.
    await client.change(URI, 2, [{ text: fixed }]);
    const after = await client.waitForDiagnostics(URI, 2);
    assert.deepEqual(after.diagnostics.map((d) => d.code), ['unknown-partner']);
    assert.equal(await client.shutdownAndExit(), 0);
  });

  test('"Fix all" is a source.fixAll action, given only when asked for', async () => {
    const client = await start(true);
    await client.waitForDiagnostics(URI, 1);
    const whole = { start: { line: 0, character: 0 }, end: endOf(TEXT) };
    const fixAll = await codeActions(client, whole, [], ['source.fixAll']);
    assert.deepEqual(fixAll.map((a) => [a.title, a.kind]), [['Fix all unambiguous problems', 'source.fixAll.partnership']]);
    assert.equal(applied(fixAll[0].edit), FIXED_DURATION.replace('from: se-scool', 'from: se-school'));
    assert.deepEqual(await codeActions(client, whole, [], ['source.fixAll.partnership']), fixAll);
    assert.deepEqual(await codeActions(client, whole, [], ['source']), fixAll);
    // Quick fixes only, or no kind asked for (a light bulb): no "Fix all".
    const quick = await codeActions(client, whole, [], ['quickfix']);
    assert.ok(quick.length > 0 && quick.every((a) => a.kind === 'quickfix'));
    const unasked = await codeActions(client, whole, []);
    assert.ok(unasked.every((a) => a.kind === 'quickfix'));
    assert.equal(await client.shutdownAndExit(), 0);
  });
});

describe('code actions in process', () => {
  test('without diagnostics in the request, the findings at the range are used', async () => {
    const client = await start(false);
    const duration = await diagnostic(client, 'duration-range');
    const inside = positionOf(TEXT, '2 days', 2);
    const actions = await codeActions(client, { start: inside, end: inside }, []);
    assert.deepEqual(actions.map((a) => a.title), [CHANGE_DURATION, 'Disable duration-range for this line']);
    const attached = actions[0].diagnostics?.[0];
    assert.deepEqual(attached, duration, 'the action names the diagnostic the server published');
    assert.equal(applied(actions[0].edit), FIXED_DURATION);
  });

  test('diagnostics are matched by code and data, not by message', async () => {
    const client = await start(false);
    const duration = await diagnostic(client, 'duration-range');
    const renamed = { ...duration, message: 'whatever the client shows' };
    assert.deepEqual((await codeActions(client, duration.range, [renamed])).map((a) => a.title), [
      CHANGE_DURATION,
      'Disable duration-range for this line',
    ]);
    // Data of a mistake that no longer exists: nothing to fix.
    const stale = { ...duration, data: { ...(duration.data as object), days: 1 } };
    assert.deepEqual(await codeActions(client, duration.range, [stale]), []);
    // Another source's diagnostic alone: the server's own findings at the range.
    const other: Diagnostic = { range: duration.range, message: 'x', source: 'yaml', code: 'duration-range' };
    assert.deepEqual((await codeActions(client, duration.range, [other])).map((a) => a.diagnostics?.[0]), [duration, duration]);
  });

  test('several diagnostics: every fix first, then every "Disable"', async () => {
    const client = await start(false);
    const published = await client.waitForDiagnostics(URI, 1);
    const actions = await codeActions(client, { start: positionOf(TEXT, '    duration: 2 days'), end: positionOf(TEXT, 'from: se-scool', 'from: se-scool'.length) }, published.diagnostics);
    assert.deepEqual(actions.map((a) => a.title), [
      CHANGE_DURATION,
      'Change `se-scool` to `se-school`',
      'Change `se-scool` to `de-school`',
      'Disable duration-range for this line',
      'Disable unknown-partner for this line',
    ]);
  });

  test('titles follow the locale', async () => {
    const client = await start(false, { locale: 'sv' });
    const duration = await diagnostic(client, 'duration-range');
    const actions = await codeActions(client, duration.range, [duration]);
    assert.deepEqual(actions.map((a) => a.title), ['Ändra `2 days` till `3 days`', 'Stäng av duration-range för den här raden']);
    const fixAll = await codeActions(client, duration.range, [], ['source.fixAll']);
    assert.deepEqual(fixAll.map((a) => a.title), ['Åtgärda alla entydiga problem']);
  });

  test('a client with documentChanges gets versioned edits', async () => {
    const client = await start(false, { capabilities: { workspace: { workspaceEdit: { documentChanges: true } } } });
    const duration = await diagnostic(client, 'duration-range');
    const [fix] = await codeActions(client, duration.range, [duration]);
    assert.equal(fix.edit?.changes, undefined);
    assert.deepEqual(fix.edit?.documentChanges, [
      { textDocument: { uri: URI, version: 1 }, edits: [{ range: DURATION, newText: '3 days' }] },
    ]);
  });

  test('a missing key is added as a snippet edit for a client that takes them, as plain text otherwise', async () => {
    const uri = 'file:///work/missing.partnership.yaml';
    // The group on lines 19-20 has no `count`: it goes after `role: pupil`.
    const text = TEXT.replace('        count: 10\n', '');
    const addCount = async (workspaceEdit: Record<string, boolean>) => {
      const client = LspTestClient.inProcess();
      clients.push(client);
      await client.initialize({ capabilities: { workspace: { workspaceEdit } } });
      await client.open(uri, text);
      const published = await client.waitForDiagnostics(uri, 1);
      const missing = published.diagnostics.find((d) => d.code === 'schema' && String(d.message).includes('`count`'));
      assert.ok(missing, published.diagnostics.map((d) => String(d.message)).join(' | '));
      const actions = (await client.request('textDocument/codeAction', {
        textDocument: { uri },
        range: missing.range,
        context: { diagnostics: [missing] },
      })) as CodeAction[];
      const add = actions.find((action) => action.title === 'Add `count: 1`');
      assert.ok(add, actions.map((action) => action.title).join(' | '));
      return add.edit;
    };
    assert.deepEqual((await addCount({ documentChanges: true, snippetEditSupport: true }))?.documentChanges, [
      {
        textDocument: { uri, version: 1 },
        edits: [{ range: range(20, 19, 19), snippet: { kind: 'snippet', value: '\n        count: ${1:1}' } }],
      },
    ]);
    assert.deepEqual((await addCount({ documentChanges: true }))?.documentChanges, [
      { textDocument: { uri, version: 1 }, edits: [{ range: range(20, 19, 19), newText: '\n        count: 1' }] },
    ]);
    // Snippet edits exist only inside documentChanges.
    assert.deepEqual((await addCount({ snippetEditSupport: true }))?.changes, {
      [uri]: [{ range: range(20, 19, 19), newText: '\n        count: 1' }],
    });
  });

  test('two findings of one rule on one line share one "Disable"', async () => {
    const client = LspTestClient.inProcess();
    clients.push(client);
    await client.initialize();
    const uri = 'file:///work/two.partnership.yaml';
    // `projekt` is an unknown key, and the top-level mapping (first key: `projekt`) lacks `partners`.
    await client.open(uri, 'projekt:\n  title: T\n');
    const published = await client.waitForDiagnostics(uri, 1);
    assert.equal(published.diagnostics.length, 2);
    const actions = (await client.request('textDocument/codeAction', {
      textDocument: { uri },
      range: range(0, 0, 0),
      context: { diagnostics: published.diagnostics },
    })) as CodeAction[];
    assert.deepEqual(actions.map((a) => [a.title, a.diagnostics?.length]), [
      ['Change `projekt` to `project`', 1],
      ['Disable schema for this line', 2],
    ]);
  });

  test('an unknown document has no actions', async () => {
    const client = await start(false);
    const actions = await client.request('textDocument/codeAction', {
      textDocument: { uri: 'file:///work/other.partnership.yaml' },
      range: range(0, 0, 0),
      context: { diagnostics: [] },
    });
    assert.deepEqual(actions, []);
  });
});
