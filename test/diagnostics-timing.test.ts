/**
 * When diagnostics are published (server/src/lsp/diagnostics.ts): a change
 * after a quiet moment at once, a burst of changes coalesced, the newest
 * version always last. The server runs in this process with its timings set
 * so that the two paths cannot be confused: a debounce far longer than the
 * test waits.
 */
import assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import { test } from 'node:test';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import type { PublishDiagnosticsParams } from 'vscode-languageserver';
import {
  createConnection,
  ProposedFeatures,
  StreamMessageReader as ServerReader,
  StreamMessageWriter as ServerWriter,
} from 'vscode-languageserver/node';
import { generateApplication } from '../scripts/bench/generate';
import { startServer } from '../server/src/lsp/server';
import type { DiagnosticsOptions } from '../server/src/lsp/diagnostics';

const URI = 'file:///timing.partnership.yaml';
const TEXT = generateApplication({ activities: 20, seed: 11 });
/** The end of the first activity's title line: where the edits type. */
const TITLE = TEXT.split('\n').findIndex((line) => line.startsWith('    title: '));
const AT = { line: TITLE, character: TEXT.split('\n')[TITLE].length };

interface Harness {
  readonly client: MessageConnection;
  readonly published: PublishDiagnosticsParams[];
  published$(version: number, timeoutMs: number): Promise<PublishDiagnosticsParams>;
  dispose(): void;
}

async function start(options: DiagnosticsOptions): Promise<Harness> {
  const toServer = new PassThrough();
  const toClient = new PassThrough();
  const server = createConnection(ProposedFeatures.all, new ServerReader(toServer), new ServerWriter(toClient));
  startServer(server, { diagnostics: options });
  const client = createMessageConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer));
  const published: PublishDiagnosticsParams[] = [];
  const waiters: { version: number; resolve: (p: PublishDiagnosticsParams) => void }[] = [];
  client.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
    published.push(params);
    for (const waiter of waiters.filter((w) => w.version === params.version)) waiter.resolve(params);
  });
  client.onRequest(() => null);
  client.listen();
  await client.sendRequest('initialize', { processId: null, rootUri: null, capabilities: {} });
  await client.sendNotification('initialized', {});
  return {
    client,
    published,
    published$(version, timeoutMs) {
      const known = published.find((p) => p.version === version);
      if (known) return Promise.resolve(known);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no diagnostics for version ${version} within ${timeoutMs} ms`)), timeoutMs);
        waiters.push({ version, resolve: (p) => (clearTimeout(timer), resolve(p)) });
      });
    },
    dispose() {
      client.dispose();
      server.dispose();
    },
  };
}

function edit(client: MessageConnection, version: number, character: number, text: string): Promise<void> {
  return client.sendNotification('textDocument/didChange', {
    textDocument: { uri: URI, version },
    contentChanges: [{ range: { start: { line: AT.line, character }, end: { line: AT.line, character } }, text }],
  });
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

test('a change after a quiet moment is checked at once, not after the pause a burst waits for', async () => {
  const h = await start({ debounceMs: 10_000, maxWaitMs: 20_000, idleMs: 20 });
  try {
    await h.client.sendNotification('textDocument/didOpen', { textDocument: { uri: URI, languageId: 'partnership-application', version: 1, text: TEXT } });
    await h.published$(1, 5000);
    for (let version = 2; version <= 4; version++) {
      await pause(80);
      await edit(h.client, version, AT.character + version - 2, 'x');
      // Within 5 s although the debounce is 10 s: the quiet path.
      await h.published$(version, 5000);
    }
  } finally {
    h.dispose();
  }
});

test('a burst of changes is checked once or twice, for the newest version last', async () => {
  const h = await start({ debounceMs: 100, maxWaitMs: 5000, idleMs: 20 });
  try {
    await h.client.sendNotification('textDocument/didOpen', { textDocument: { uri: URI, languageId: 'partnership-application', version: 1, text: TEXT } });
    await h.published$(1, 5000);
    await pause(80);
    const sent: Promise<void>[] = [];
    for (let i = 0; i < 30; i++) sent.push(edit(h.client, i + 2, AT.character + i, 'y'));
    await Promise.all(sent);
    await h.published$(31, 5000);
    await pause(300); // anything still to come would arrive now
    const versions = h.published.map((p) => p.version as number);
    assert.equal(versions[versions.length - 1], 31);
    for (let i = 1; i < versions.length; i++) assert.ok(versions[i] > versions[i - 1], `version ${versions[i]} after ${versions[i - 1]}`);
    // The first change may be checked at once (it followed a quiet moment); the rest wait for the
    // burst to pause. A slow machine may split it once or twice more; never one check a change.
    assert.ok(versions.length - 1 <= 5, `30 changes gave ${versions.length - 1} checks: ${versions.join(', ')}`);
  } finally {
    h.dispose();
  }
});
