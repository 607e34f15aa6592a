// Navigation and hints over real JSON-RPC against the built server
// (`node dist/server/main.js --stdio`): each capability once, the way an
// editor calls it; client-capability variants in process.
import assert from 'node:assert/strict';
import { afterEach, describe, test } from 'node:test';
import type {
  CodeLens,
  DocumentHighlight,
  DocumentSymbol,
  InlayHint,
  Location,
  LocationLink,
  WorkspaceEdit,
} from 'vscode-languageserver';
import { ResponseError } from 'vscode-jsonrpc';
import { LspTestClient, type InitializeOptions } from './helpers/lsp-client';

const URI = 'file:///work/navigation.partnership.yaml';

const TEXT = `project:
  title: Demokrati i skolan
  field: school-education
  duration: 2 years
partners:
  - id: se-school
    name: Östra gymnasiet
    country: SE
    type: school
    coordinator: true
  - id: fi-school
    name: Helsingin koulu
    country: FI
    type: school
activities:
  - id: C1
    type: short-term-staff-training
    host: fi-school
    duration: 1 week
    participants:
      - from: se-school
        role: teacher
        count: 3
      - from: "fi-school"
        role: staff
        count: 2
`;

const EDITOR_CAPABILITIES: InitializeOptions['capabilities'] = {
  workspace: {
    configuration: false,
    workspaceEdit: { documentChanges: true },
    inlayHint: { refreshSupport: true },
    codeLens: { refreshSupport: true },
  },
  textDocument: {
    definition: { linkSupport: true },
    rename: { prepareSupport: true },
    publishDiagnostics: { versionSupport: true },
  },
};

function range(line: number, start: number, endLine: number, end: number) {
  return { start: { line, character: start }, end: { line: endLine, character: end } };
}

function position(line: number, character: number) {
  return { line, character };
}

let clients: LspTestClient[] = [];
afterEach(() => {
  for (const client of clients) client.dispose();
  clients = [];
});

async function started(kind: 'spawn' | 'inProcess', options: InitializeOptions = {}): Promise<LspTestClient> {
  const client = kind === 'spawn' ? LspTestClient.spawn() : LspTestClient.inProcess();
  clients.push(client);
  await client.initialize({ capabilities: EDITOR_CAPABILITIES, ...options });
  await client.open(URI, TEXT);
  return client;
}

const doc = { textDocument: { uri: URI } };

describe('navigation and hints over stdio', () => {
  test('announces the navigation and hint providers', async () => {
    const client = LspTestClient.spawn();
    clients.push(client);
    const { capabilities } = await client.initialize();
    assert.equal(capabilities.documentSymbolProvider, true);
    assert.equal(capabilities.definitionProvider, true);
    assert.equal(capabilities.referencesProvider, true);
    assert.equal(capabilities.documentHighlightProvider, true);
    assert.deepEqual(capabilities.renameProvider, { prepareProvider: true });
    assert.deepEqual(capabilities.inlayHintProvider, { resolveProvider: false });
    assert.deepEqual(capabilities.codeLensProvider, { resolveProvider: false });
    assert.equal(await client.shutdownAndExit(), 0);
  });

  test('textDocument/documentSymbol: the project, then partners and activities with their items', async () => {
    const client = await started('spawn');
    const symbols = (await client.request('textDocument/documentSymbol', doc)) as DocumentSymbol[];
    const outline = (list: DocumentSymbol[]): unknown[] =>
      list.map((s) => [s.name, s.kind, s.detail ?? null, s.range, s.selectionRange, outline(s.children ?? [])]);
    assert.deepEqual(outline(symbols), [
      ['Demokrati i skolan', 2, 'School education', range(0, 0, 3, 19), range(1, 9, 1, 27), []],
      [
        'Partners',
        3,
        null,
        range(4, 0, 13, 16),
        range(4, 0, 4, 8),
        [
          ['se-school — Östra gymnasiet', 5, 'SE · School', range(5, 4, 9, 21), range(5, 8, 5, 17), []],
          ['fi-school — Helsingin koulu', 5, 'FI · School', range(10, 4, 13, 16), range(10, 8, 10, 17), []],
        ],
      ],
      [
        'Activities',
        3,
        null,
        range(14, 0, 25, 16),
        range(14, 0, 14, 10),
        [['C1 — Short-term joint staff training events', 24, null, range(15, 4, 25, 16), range(15, 8, 15, 10), []]],
      ],
    ]);
    assert.equal(await client.shutdownAndExit(), 0);
  });

  test('textDocument/definition: from a quoted from value to the partner, as a LocationLink', async () => {
    const client = await started('spawn');
    const links = (await client.request('textDocument/definition', { ...doc, position: position(23, 16) })) as LocationLink[];
    assert.deepEqual(links, [
      {
        originSelectionRange: range(23, 15, 23, 24),
        targetUri: URI,
        targetRange: range(10, 4, 13, 16),
        targetSelectionRange: range(10, 8, 10, 17),
      },
    ]);
    assert.equal(await client.request('textDocument/definition', { ...doc, position: position(6, 12) }), null);
    assert.equal(await client.shutdownAndExit(), 0);
  });

  test('textDocument/references: includeDeclaration is honoured', async () => {
    const client = await started('spawn');
    const at = { ...doc, position: position(17, 12) };
    const all = (await client.request('textDocument/references', { ...at, context: { includeDeclaration: true } })) as Location[];
    assert.deepEqual(all, [
      { uri: URI, range: range(10, 8, 10, 17) },
      { uri: URI, range: range(17, 10, 17, 19) },
      { uri: URI, range: range(23, 15, 23, 24) },
    ]);
    const refs = (await client.request('textDocument/references', { ...at, context: { includeDeclaration: false } })) as Location[];
    assert.deepEqual(refs, all.slice(1));
    assert.equal(await client.shutdownAndExit(), 0);
  });

  test('textDocument/documentHighlight: Write for the id, Read for the values naming it', async () => {
    const client = await started('spawn');
    const highlights = (await client.request('textDocument/documentHighlight', {
      ...doc,
      position: position(5, 10),
    })) as DocumentHighlight[];
    assert.deepEqual(highlights, [
      { range: range(5, 8, 5, 17), kind: 3 },
      { range: range(20, 14, 20, 23), kind: 2 },
    ]);
    assert.equal(await client.shutdownAndExit(), 0);
  });

  test('textDocument/prepareRename and rename: every place, quotes kept, for the document version', async () => {
    const client = await started('spawn');
    const prepared = await client.request('textDocument/prepareRename', { ...doc, position: position(23, 18) });
    assert.deepEqual(prepared, { range: range(23, 15, 23, 24), placeholder: 'fi-school' });
    const edit = (await client.request('textDocument/rename', {
      ...doc,
      position: position(17, 12),
      newName: 'fi-koulu',
    })) as WorkspaceEdit;
    assert.deepEqual(edit, {
      documentChanges: [
        {
          textDocument: { uri: URI, version: 1 },
          edits: [
            { range: range(10, 8, 10, 17), newText: 'fi-koulu' },
            { range: range(17, 10, 17, 19), newText: 'fi-koulu' },
            { range: range(23, 15, 23, 24), newText: 'fi-koulu' },
          ],
        },
      ],
    });
    assert.equal(await client.shutdownAndExit(), 0);
  });

  test('a refused rename is a RequestFailed error with a message in the user language', async () => {
    const client = await started('spawn', { locale: 'sv-SE' });
    await assert.rejects(
      client.request('textDocument/rename', { ...doc, position: position(17, 12), newName: 'se-school' }),
      (error: unknown) => {
        assert.ok(error instanceof ResponseError);
        assert.equal(error.code, -32803);
        assert.equal(error.message, 'Det finns redan en partner med id:t `se-school`.');
        return true;
      },
    );
    await assert.rejects(client.request('textDocument/prepareRename', { ...doc, position: position(15, 10) }), {
      code: -32803,
      message: 'Bara ett partner-id, eller ett värde för `host` eller `from` som anger en befintlig partner, kan döpas om.',
    });
    assert.equal(await client.shutdownAndExit(), 0);
  });

  test('textDocument/inlayHint: day counts after durations inside the requested range', async () => {
    const client = await started('spawn');
    const all = (await client.request('textDocument/inlayHint', { ...doc, range: range(0, 0, 26, 0) })) as InlayHint[];
    assert.deepEqual(
      all.map((hint) => [hint.position, hint.label, hint.paddingLeft]),
      [
        [position(3, 19), '= 720 days', true],
        [position(18, 20), '= 7 days', true],
      ],
    );
    assert.match(String(all[1].tooltip), /^Counted in days/);
    const later = (await client.request('textDocument/inlayHint', { ...doc, range: range(4, 0, 26, 0) })) as InlayHint[];
    assert.deepEqual(later.map((hint) => hint.label), ['= 7 days']);
    assert.equal(await client.shutdownAndExit(), 0);
  });

  test('textDocument/codeLens: title-only lenses with an empty command id above each activity', async () => {
    const client = await started('spawn');
    const lenses = (await client.request('textDocument/codeLens', doc)) as CodeLens[];
    assert.deepEqual(lenses, [
      { range: range(15, 4, 15, 6), command: { title: '5 participants', command: '' } },
      {
        range: range(15, 4, 15, 6),
        command: { title: 'Sending countries: SE, FI', command: '', tooltip: 'Sweden and Finland' },
      },
      { range: range(15, 4, 15, 6), command: { title: 'Duration: 7 days', command: '' } },
    ]);
    assert.equal(await client.shutdownAndExit(), 0);
  });

  test('a new partnership.locale refreshes hints and lenses, which then speak it', async () => {
    const client = await started('spawn');
    const refreshed: string[] = [];
    client.connection.onRequest('workspace/inlayHint/refresh', () => void refreshed.push('inlayHint'));
    client.connection.onRequest('workspace/codeLens/refresh', () => void refreshed.push('codeLens'));
    assert.equal(((await client.request('textDocument/codeLens', doc)) as CodeLens[])[0].command?.title, '5 participants');
    await client.changeConfiguration({ partnership: { locale: 'sv' } });
    const deadline = Date.now() + 5000;
    while (refreshed.length < 2 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 10));
    assert.deepEqual(refreshed.sort(), ['codeLens', 'inlayHint']);
    assert.equal(((await client.request('textDocument/codeLens', doc)) as CodeLens[])[0].command?.title, '5 deltagare');
    const hints = (await client.request('textDocument/inlayHint', { ...doc, range: range(0, 0, 26, 0) })) as InlayHint[];
    assert.deepEqual(hints.map((hint) => hint.label), ['= 720 dagar', '= 7 dagar']);
    assert.equal(await client.shutdownAndExit(), 0);
  });
});

describe('navigation for simpler clients (in process)', () => {
  test('without linkSupport, definition answers Locations; without documentChanges, rename answers changes', async () => {
    const client = await started('inProcess', { capabilities: {} });
    const locations = await client.request('textDocument/definition', { ...doc, position: position(20, 16) });
    assert.deepEqual(locations, [{ uri: URI, range: range(5, 8, 5, 17) }]);
    const edit = await client.request('textDocument/rename', { ...doc, position: position(5, 10), newName: 'se-skola' });
    assert.deepEqual(edit, {
      changes: {
        [URI]: [
          { range: range(5, 8, 5, 17), newText: 'se-skola' },
          { range: range(20, 14, 20, 23), newText: 'se-skola' },
        ],
      },
    });
  });

  test('without refresh support, a locale change sends no refresh request', async () => {
    const client = await started('inProcess', { capabilities: {} });
    const refreshed: string[] = [];
    client.connection.onRequest('workspace/inlayHint/refresh', () => void refreshed.push('inlayHint'));
    client.connection.onRequest('workspace/codeLens/refresh', () => void refreshed.push('codeLens'));
    await client.changeConfiguration({ partnership: { locale: 'sv' } });
    const lenses = (await client.request('textDocument/codeLens', doc)) as CodeLens[];
    assert.equal(lenses[0].command?.title, '5 deltagare');
    assert.deepEqual(refreshed, []);
  });

  test('requests for a document that is not open answer null', async () => {
    const client = await started('inProcess');
    const other = { textDocument: { uri: 'file:///work/closed.partnership.yaml' } };
    assert.equal(await client.request('textDocument/documentSymbol', other), null);
    assert.equal(await client.request('textDocument/codeLens', other), null);
    assert.equal(await client.request('textDocument/inlayHint', { ...other, range: range(0, 0, 1, 0) }), null);
    assert.equal(await client.request('textDocument/definition', { ...other, position: position(0, 0) }), null);
    assert.equal(await client.request('textDocument/rename', { ...other, position: position(0, 0), newName: 'x' }), null);
  });
});
