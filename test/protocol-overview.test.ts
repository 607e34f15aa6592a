// partnership/overview over stdio against the built server: the model and the
// webview page of an open document, following its edits.
import assert from 'node:assert/strict';
import { afterEach, describe, test } from 'node:test';
import { schoolApplication, pupilExchange, positionOf } from './helpers/applications';
import { LspTestClient } from './helpers/lsp-client';

const URI = 'file:///work/overview%20test.partnership.yaml';

const TEXT = schoolApplication({
  period: true,
  activities: [pupilExchange({ id: 'C1', host: 'fi-school', from: 'se-school', duration: '2 days' })],
});

interface Answer {
  uri: string;
  version: number;
  overview?: {
    locale: string;
    activities: { id?: string; line: number; total: number; rules: string[] }[];
    flows: { from: string; to: string; participants: number }[];
    diagnostics: { rule: string; line: number; activity?: number }[];
  };
  html?: string;
}

let client: LspTestClient | undefined;
afterEach(() => {
  client?.dispose();
  client = undefined;
});

describe('partnership/overview over stdio', () => {
  test('the model and the webview page of the document, with the diagnostics tied to their activity', async () => {
    client = LspTestClient.spawn();
    await client.initialize();
    await client.open(URI, TEXT);
    const answer = (await client.request('partnership/overview', { textDocument: { uri: URI }, cspSource: 'vscode-webview://abc' })) as Answer;
    assert.equal(answer.uri, URI);
    assert.equal(answer.version, 1);
    assert.deepEqual(
      answer.overview!.activities.map((a) => ({ id: a.id, line: a.line, total: a.total, rules: a.rules })),
      [{ id: 'C1', line: positionOf(TEXT, '- id: C1').line, total: 10, rules: ['duration-range'] }],
    );
    assert.deepEqual(answer.overview!.flows, [{ from: 'se-school', to: 'fi-school', participants: 10 }]);
    assert.deepEqual(answer.overview!.diagnostics.map((d) => [d.rule, d.line, d.activity]), [
      ['duration-range', positionOf(TEXT, '2 days').line, 0],
    ]);
    const html = answer.html ?? '';
    // A page for a webview: its script and style allowed by one fresh nonce, the webview's own styles, nothing else.
    const nonce = /<script nonce="([^"]+)">/.exec(html)?.[1];
    assert.ok(nonce, 'the script carries a nonce');
    assert.match(nonce, /^[0-9a-f]{32}$/);
    assert.ok(html.includes(`script-src 'nonce-${nonce}'`), 'the CSP allows the script by its nonce');
    assert.ok(html.includes(`<style nonce="${nonce}">`), 'and the style');
    assert.match(html, /style-src [^"]*? vscode-webview:\/\/abc; script-src/);
    assert.ok(html.includes("default-src 'none'"));
    assert.match(html, /<title>[^<]+<\/title>/);
    assert.match(html, new RegExp(`data-activity="C1"[^>]*data-line="${positionOf(TEXT, '- id: C1').line}"|data-line="${positionOf(TEXT, '- id: C1').line}"[^>]*data-activity="C1"`));
    assert.match(html, /data-rule="duration-range"/);
    assert.match(html, /overview test\.partnership\.yaml/);
    const again = (await client.request('partnership/overview', { textDocument: { uri: URI } })) as Answer;
    assert.notEqual(/<script nonce="([^"]+)">/.exec(again.html ?? '')?.[1], nonce, 'a fresh nonce for every page');
  });

  test('follows the edits: a new activity typed at the end appears with its line', async () => {
    client = LspTestClient.spawn();
    await client.initialize();
    await client.open(URI, TEXT);
    const end = positionOf(TEXT + '$', '$');
    const added = pupilExchange({ id: 'C2', host: 'se-school', from: 'fi-school' });
    await client.edit(URI, 2, { start: end, end }, added);
    const answer = (await client.request('partnership/overview', { textDocument: { uri: URI }, html: false })) as Answer;
    assert.equal(answer.version, 2);
    assert.equal(answer.html, undefined);
    assert.deepEqual(answer.overview!.activities.map((a) => [a.id, a.line]), [
      ['C1', positionOf(TEXT, '- id: C1').line],
      ['C2', end.line],
    ]);
    const byFrom = (a: { from: string }, b: { from: string }) => a.from.localeCompare(b.from);
    assert.deepEqual([...answer.overview!.flows].sort(byFrom), [
      { from: 'fi-school', to: 'se-school', participants: 10 },
      { from: 'se-school', to: 'fi-school', participants: 10 },
    ]);
  });

  test('in Swedish when partnership.locale is sv; null for a document that is not open', async () => {
    client = LspTestClient.spawn();
    await client.initialize({ initializationOptions: { locale: 'sv' } });
    await client.open(URI, TEXT);
    const answer = (await client.request('partnership/overview', { textDocument: { uri: URI } })) as Answer;
    assert.equal(answer.overview!.locale, 'sv');
    assert.match(answer.html ?? '', /<html lang="sv">/);
    const pageOnly = (await client.request('partnership/overview', { textDocument: { uri: URI }, overview: false })) as Answer;
    assert.equal(pageOnly.overview, undefined);
    assert.match(pageOnly.html ?? '', /data-activity="C1"/);
    assert.equal(await client.request('partnership/overview', { textDocument: { uri: 'file:///nowhere.partnership.yaml' } }), null);
    assert.equal(await client.request('partnership/overview', {}), null);
  });
});
