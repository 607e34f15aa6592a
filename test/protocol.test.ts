// The language server over real JSON-RPC: the built server in a child process
// (`node dist/server/main.js --stdio`), and startServer in process.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { afterEach, describe, test } from 'node:test';
import type { Diagnostic, PublishDiagnosticsParams } from 'vscode-languageserver';
import { checkText } from '../server/src/core/check/check';
import type { CheckConfig } from '../server/src/core/base/types';
import { LspTestClient, ROOT } from './helpers/lsp-client';

const URI = 'file:///work/demo.partnership.yaml';

// A valid application with three mistakes: a duplicate key (line 11), and two
// partner ids with a typo (lines 17 and 21).
const TEXT = `project:
  title: Demokrati i skolan
  field: school-education
partners:
  - id: fi-school
    name: Helsingin koulu
    country: FI
    type: school
    coordinator: true
  - id: de-school
    name: Schule Köln
    name: Schule Bonn
    country: DE
    type: school
activities:
  - id: C1
    type: short-term-pupil-exchange
    host: de-scool
    duration: 7 days
    accompanying: 2
    participants:
      - from: fi-scool
        role: pupil
        count: 10
`;

const ERROR = 1;
const WARNING = 2;
const HINT = 4;

function range(line: number, start: number, end: number) {
  return { start: { line, character: start }, end: { line, character: end } };
}

/** The diagnostics the core gives for `text`, built here independently of the server's conversion. */
function coreDiagnostics(text: string, config: CheckConfig = { locale: 'en', rules: {} }): Diagnostic[] {
  const result = checkText(text, config);
  assert.deepEqual(result.failures, []);
  const severity = { error: 1, warning: 2, information: 3, hint: 4 } as const;
  return result.findings.map((finding) => ({
    range: { start: result.lines.position(finding.span.start), end: result.lines.position(finding.span.end) },
    severity: severity[finding.severity],
    code: finding.rule,
    source: 'partnership',
    message: finding.message,
    data: { ...finding.data, rule: finding.rule },
  }));
}

function summary(params: PublishDiagnosticsParams) {
  return params.diagnostics.map((d) => ({ code: d.code, severity: d.severity, range: d.range, source: d.source }));
}

const EXPECTED = [
  // The later `name` key; the parser's position (its first character at least).
  { code: 'yaml-syntax', severity: ERROR, start: { line: 11, character: 4 } },
  { code: 'unknown-partner', severity: ERROR, range: range(17, 10, 18) },
  { code: 'unknown-partner', severity: ERROR, range: range(21, 14, 22) },
];

function assertExpected(params: PublishDiagnosticsParams, severities: readonly number[] = [ERROR, ERROR, ERROR]): void {
  const actual = summary(params);
  assert.deepEqual(
    actual.map((d) => d.code),
    EXPECTED.map((d) => d.code),
  );
  actual.forEach((d, i) => {
    assert.equal(d.source, 'partnership');
    assert.equal(d.severity, severities[i], `severity of ${d.code}`);
    const expected = EXPECTED[i];
    if (expected.range) assert.deepEqual(d.range, expected.range, `range of ${d.code}`);
    else assert.deepEqual(d.range.start, expected.start, `range of ${d.code}`);
  });
}

let clients: LspTestClient[] = [];
afterEach(() => {
  for (const client of clients) client.dispose();
  clients = [];
});

function spawnServer(args?: readonly string[], script?: string): LspTestClient {
  const client = LspTestClient.spawn(args, script);
  clients.push(client);
  return client;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Exactly what the server announces in `initialize` (each feature adds its entry). */
const CAPABILITIES = {
  textDocumentSync: { openClose: true, change: 2 },
  completionProvider: { triggerCharacters: [':', ' ', '-'], resolveProvider: false },
  hoverProvider: true,
  codeActionProvider: { codeActionKinds: ['quickfix', 'source.fixAll', 'source.fixAll.partnership'] },
  documentSymbolProvider: true,
  definitionProvider: true,
  referencesProvider: true,
  documentHighlightProvider: true,
  renameProvider: { prepareProvider: true },
  inlayHintProvider: { resolveProvider: false },
  codeLensProvider: { resolveProvider: false },
  experimental: { partnership: { requests: ['partnership/applicationFields', 'partnership/newApplication', 'partnership/overview'] } },
};

describe('language server over stdio', () => {
  test('announces only what it implements', async () => {
    const client = spawnServer();
    const result = await client.initialize();
    assert.deepEqual(result.capabilities, CAPABILITIES);
    assert.equal(result.serverInfo?.name, 'partnership-language-server');
    assert.equal(await client.shutdownAndExit(), 0);
  });

  test('publishes exactly the diagnostics of an opened document', async () => {
    const client = spawnServer();
    await client.initialize();
    await client.open(URI, TEXT);
    const published = await client.waitForDiagnostics(URI, 1);
    assertExpected(published);
    assert.deepEqual(published.diagnostics, coreDiagnostics(TEXT));
    const unknown = published.diagnostics[1];
    assert.equal(unknown.message, 'No partner has the id `de-scool`. Did you mean `de-school`?');
    assert.deepEqual(unknown.data, { suggestions: ['de-school'], rule: 'unknown-partner' });
    assert.equal(await client.shutdownAndExit(), 0);
  });

  test('an incremental edit that fixes one mistake publishes the update for its version', async () => {
    const client = spawnServer();
    await client.initialize();
    await client.open(URI, TEXT);
    await client.waitForDiagnostics(URI, 1);
    // `fi-scool` -> `fi-school`: insert the missing "h" at line 21, character 19.
    await client.edit(URI, 2, range(21, 19, 19), 'h');
    const published = await client.waitForDiagnostics(URI, 2);
    const fixed = TEXT.replace('fi-scool', 'fi-school');
    assert.deepEqual(
      summary(published).map((d) => d.code),
      ['yaml-syntax', 'unknown-partner'],
    );
    assert.deepEqual(published.diagnostics[1].range, range(17, 10, 18));
    assert.deepEqual(published.diagnostics, coreDiagnostics(fixed));
    assert.equal(await client.shutdownAndExit(), 0);
  });

  test('a burst of 50 edits is checked for the newest version, never for an older one after a newer', async () => {
    const client = spawnServer();
    await client.initialize();
    await client.open(URI, TEXT);
    await client.waitForDiagnostics(URI, 1);
    const titleEnd = '  title: Demokrati i skolan'.length;
    const sent: Promise<void>[] = [];
    for (let i = 0; i < 50; i++) sent.push(client.edit(URI, i + 2, range(1, titleEnd + i, titleEnd + i), 'x'));
    await Promise.all(sent);
    const last = await client.waitForDiagnostics(URI, 51);
    await sleep(300); // anything still to come would arrive now
    const versions = client.diagnosticsFor(URI).map((params) => params.version as number);
    for (let i = 1; i < versions.length; i++) {
      assert.ok(versions[i] >= versions[i - 1], `version ${versions[i]} published after ${versions[i - 1]}`);
    }
    assert.equal(versions.at(-1), 51);
    // One check per keystroke would be 50 publishes after the first.
    assert.ok(versions.length - 1 <= 10, `expected the burst to be coalesced, got ${versions.length - 1} publishes`);
    assert.deepEqual(last.diagnostics, coreDiagnostics(TEXT.replace('skolan', `skolan${'x'.repeat(50)}`)));
    assert.equal(await client.shutdownAndExit(), 0);
  });

  test('partnership.rules pushed through didChangeConfiguration change severities, and off removes a rule', async () => {
    const client = spawnServer();
    await client.initialize();
    await client.open(URI, TEXT);
    await client.waitForDiagnostics(URI, 1);

    let next = client.nextDiagnostics(URI);
    await client.changeConfiguration({ partnership: { rules: { 'unknown-partner': 'warning' } } });
    let published = await next;
    assert.equal(published.version, 1);
    assertExpected(published, [ERROR, WARNING, WARNING]);

    next = client.nextDiagnostics(URI);
    await client.changeConfiguration({ partnership: { rules: { 'unknown-partner': 'off', 'yaml-syntax': 'hint' } } });
    published = await next;
    assert.deepEqual(
      summary(published).map((d) => [d.code, d.severity]),
      [['yaml-syntax', HINT]],
    );

    // Settings without a `partnership` section: back to the defaults.
    next = client.nextDiagnostics(URI);
    await client.changeConfiguration({ other: { setting: true } });
    assertExpected(await next);
    assert.equal(await client.shutdownAndExit(), 0);
  });

  test('unknown rule ids and severities in settings are ignored and logged once', async () => {
    const client = spawnServer();
    await client.initialize();
    await client.open(URI, TEXT);
    await client.waitForDiagnostics(URI, 1);
    const settings = { partnership: { rules: { 'no-such-rule': 'error', 'unknown-partner': 'loud', 'yaml-syntax': 'warning' } } };
    const next = client.nextDiagnostics(URI);
    await client.changeConfiguration(settings);
    assertExpected(await next, [WARNING, ERROR, ERROR]);
    await client.changeConfiguration({ partnership: { rules: {} } });
    const again = client.nextDiagnostics(URI);
    await client.changeConfiguration(settings);
    await again;
    const mentions = (text: string) => client.logs.filter((log) => log.message.includes(text)).length;
    assert.equal(mentions('no-such-rule'), 1);
    assert.equal(mentions('"loud"'), 1);
    assert.equal(await client.shutdownAndExit(), 0);
  });

  test('partnership.locale sv gives Swedish messages', async () => {
    const client = spawnServer();
    await client.initialize();
    await client.open(URI, TEXT);
    const english = await client.waitForDiagnostics(URI, 1);
    const next = client.nextDiagnostics(URI);
    await client.changeConfiguration({ partnership: { locale: 'sv' } });
    const swedish = await next;
    assert.deepEqual(swedish.diagnostics, coreDiagnostics(TEXT, { locale: 'sv', rules: {} }));
    swedish.diagnostics.forEach((diagnostic, i) => {
      assert.notEqual(diagnostic.message, english.diagnostics[i].message, `${diagnostic.code} is not in Swedish`);
    });
    assert.equal(await client.shutdownAndExit(), 0);
  });

  test('locale auto follows the client locale from initialize', async () => {
    const client = spawnServer();
    await client.initialize({ locale: 'sv-SE' });
    await client.open(URI, TEXT);
    const published = await client.waitForDiagnostics(URI, 1);
    assert.deepEqual(published.diagnostics, coreDiagnostics(TEXT, { locale: 'sv', rules: {} }));
    assert.equal(await client.shutdownAndExit(), 0);
  });

  test('initializationOptions give rules and locale to clients without configuration support', async () => {
    const client = spawnServer();
    await client.initialize({
      locale: 'sv',
      initializationOptions: { locale: 'en', rules: { 'unknown-partner': 'hint' } },
    });
    await client.open(URI, TEXT);
    const published = await client.waitForDiagnostics(URI, 1);
    assertExpected(published, [ERROR, HINT, HINT]);
    assert.deepEqual(published.diagnostics, coreDiagnostics(TEXT, { locale: 'en', rules: { 'unknown-partner': 'hint' } }));
    assert.equal(await client.shutdownAndExit(), 0);
  });

  test('initializationOptions may also nest the settings under partnership', async () => {
    const client = spawnServer();
    await client.initialize({ initializationOptions: { partnership: { rules: { 'yaml-syntax': 'off' } } } });
    await client.open(URI, TEXT);
    assert.deepEqual(
      summary(await client.waitForDiagnostics(URI, 1)).map((d) => d.code),
      ['unknown-partner', 'unknown-partner'],
    );
    assert.equal(await client.shutdownAndExit(), 0);
  });

  test('pull model: settings come from workspace/configuration, on start and after a change', async () => {
    const client = spawnServer();
    client.settings = { rules: { 'unknown-partner': 'hint' }, locale: 'auto' };
    await client.initialize({ pullConfiguration: true, dynamicConfigurationRegistration: true });
    await client.open(URI, TEXT);
    // The first publish already uses the pulled settings.
    assertExpected(await client.waitForDiagnostics(URI, 1), [ERROR, HINT, HINT]);
    assert.ok(client.configurationRequests.some((params) => params.items.some((item) => item.section === 'partnership')));
    assert.ok(
      client.registrations.some((params) =>
        params.registrations.some((registration) => registration.method === 'workspace/didChangeConfiguration'),
      ),
    );

    client.settings = { rules: { 'yaml-syntax': 'warning' }, locale: 'en' };
    const next = client.nextDiagnostics(URI);
    await client.changeConfiguration(null);
    const published = await next;
    assert.equal(published.version, 1);
    assertExpected(published, [WARNING, ERROR, ERROR]);
    assert.equal(await client.shutdownAndExit(), 0);
  });

  test('closing a document clears its diagnostics', async () => {
    const client = spawnServer();
    await client.initialize();
    await client.open(URI, TEXT);
    await client.waitForDiagnostics(URI, 1);
    const next = client.nextDiagnostics(URI);
    await client.close(URI);
    assert.deepEqual((await next).diagnostics, []);
    assert.equal(await client.shutdownAndExit(), 0);
  });

  test('survives malformed input and messages and keeps serving', async () => {
    const client = spawnServer();
    await client.initialize();
    const junk = '\u0000\uFFFF: [\n  - {{{\n\t: &a *a\n"\uD800\n' + 'a: ['.repeat(2000);
    await client.open('file:///junk.partnership.yaml', junk);
    await client.waitForDiagnostics('file:///junk.partnership.yaml', 1);
    // Edits far outside the text, for a document never opened, and unknown messages.
    await client.edit('file:///junk.partnership.yaml', 2, range(10_000, 5, 99_999), '\r\n');
    await client.edit('file:///never-opened.partnership.yaml', 7, range(0, 0, 0), 'x');
    await client.notify('textDocument/didOpen', { textDocument: null });
    await client.changeConfiguration({ partnership: 'everything' });
    await client.changeConfiguration({ partnership: { rules: ['schema'], locale: 42 } });
    await assert.rejects(client.request('partnership/unknown', {}));
    await client.waitForDiagnostics('file:///junk.partnership.yaml', 2);
    await client.open(URI, TEXT);
    assertExpected(await client.waitForDiagnostics(URI, 1));
    assert.equal(await client.shutdownAndExit(), 0);
  });

  test('shutdown and exit end the process with code 0 within 2 s', async () => {
    const client = spawnServer();
    await client.initialize();
    await client.open(URI, TEXT);
    await client.waitForDiagnostics(URI, 1);
    assert.equal(await client.shutdownAndExit(2000), 0);
  });

  test('exit without shutdown ends the process with code 1', async () => {
    const client = spawnServer();
    await client.initialize();
    await client.notify('exit');
    assert.equal((await client.waitForExit(2000)).code, 1);
  });

  test('the process ends promptly when its stdin closes', async () => {
    const client = spawnServer();
    await client.initialize();
    await client.open(URI, TEXT);
    await client.waitForDiagnostics(URI, 1);
    client.child?.stdin.end();
    const exit = await client.waitForExit(2000);
    assert.equal(exit.signal, null);
  });

  test('the installed command: partnership-language-server --stdio', async () => {
    const client = spawnServer(['--stdio'], join(ROOT, 'bin', 'partnership-language-server.js'));
    await client.initialize();
    await client.open(URI, TEXT);
    assertExpected(await client.waitForDiagnostics(URI, 1));
    assert.equal(await client.shutdownAndExit(), 0);
  });

  test('without a transport argument the server speaks stdio', async () => {
    const client = spawnServer([]);
    await client.initialize();
    await client.open(URI, TEXT);
    assertExpected(await client.waitForDiagnostics(URI, 1));
    assert.equal(await client.shutdownAndExit(), 0);
  });
});

describe('language server in process', () => {
  test('startServer serves a connection over in-memory streams, without a child process', async () => {
    const client = LspTestClient.inProcess();
    clients.push(client);
    const result = await client.initialize();
    assert.deepEqual(result.capabilities, CAPABILITIES);
    await client.open(URI, TEXT);
    const published = await client.waitForDiagnostics(URI, 1);
    assertExpected(published);
    assert.deepEqual(published.diagnostics, coreDiagnostics(TEXT));
    await client.edit(URI, 2, range(17, 15, 15), 'h');
    assert.deepEqual((await client.waitForDiagnostics(URI, 2)).diagnostics, coreDiagnostics(TEXT.replace('de-scool', 'de-school')));
    await client.request('shutdown');
  });
});
