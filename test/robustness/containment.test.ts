// Containment (issue 6): an exception inside one rule is caught, the other
// rules still report, and the failure is reported once with the rule id (in
// the core's result, on the CLI's stderr, in the server's log) and never shown
// as a crash; the server ends promptly however its client goes away.
//
// The seam for a throwing rule: the rule objects of the RULES table, which
// every path (core, CLI, server, incremental checking) runs. A test replaces one
// rule's `check` for its duration and puts it back; no production code knows.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, test } from 'node:test';
import { version } from '../../package.json';
import { run as runCli } from '../../server/src/cli/run';
import { checkText } from '../../server/src/core/check/check';
import type { RuleContext } from '../../server/src/core/check/rule';
import { RULES, RULES_BY_ID } from '../../server/src/core/check/rules';
import type { RuleId } from '../../server/src/core/base/types';
import { LspTestClient, ROOT } from '../helpers/lsp-client';
import { scratchFolder } from './helpers/cli';
import { writeFileSync } from 'node:fs';
import { LINE_ENDINGS, largeFile } from './helpers/hostile-cases';

const MISTAKES = readFileSync(join(ROOT, 'examples', 'typical-mistakes.partnership.yaml'), 'utf8');

/** Runs `body` with the rule `id` throwing `thrown` (after reporting once, when `reportFirst`). */
async function withThrowingRule<T>(id: RuleId, thrown: unknown, body: () => T | Promise<T>, reportFirst = false): Promise<T> {
  const rule = RULES_BY_ID.get(id)!;
  assert.ok(RULES.includes(rule));
  const original = rule.check;
  // Either kind of rule: a check that only reports fits both.
  rule.check = (context: Pick<RuleContext, 'report'>) => {
    if (reportFirst) context.report({ start: 0, end: 1 }, { id: 'partial' });
    throw thrown;
  };
  try {
    return await body();
  } finally {
    rule.check = original;
  }
}

/** Rules that report something on the typical-mistakes example. */
function rulesReporting(text: string): RuleId[] {
  return [...new Set(checkText(text).findings.map((f) => f.rule))];
}

describe('a rule that throws, in the core', () => {
  test('the other rules still report, and the failure names the rule once', async () => {
    const baseline = checkText(MISTAKES);
    const reporting = rulesReporting(MISTAKES);
    assert.ok(reporting.length >= 3, `the example shows several rules (${reporting.join(', ')})`);
    for (const id of reporting.slice(0, 3)) {
      const result = await withThrowingRule(id, new TypeError(`boom in ${id}`), () => checkText(MISTAKES));
      assert.equal(result.failures.length, 1);
      assert.equal(result.failures[0].rule, id);
      assert.match(result.failures[0].error, new RegExp(`^TypeError: boom in ${id}`));
      assert.deepEqual(
        result.findings.map((f) => [f.rule, f.span]),
        baseline.findings.filter((f) => f.rule !== id).map((f) => [f.rule, f.span]),
        `every other rule's findings stay when ${id} throws`,
      );
    }
  });

  test('whatever is thrown (a string, undefined, an object without prototype, a throwing toString, a Proxy), checkText does not throw', async () => {
    const thrownValues: unknown[] = [
      'a string',
      undefined,
      null,
      42,
      Object.create(null),
      {
        toString() {
          throw new Error('toString throws too');
        },
      },
      new Proxy({}, { get: () => { throw new Error('trap'); }, getPrototypeOf: () => { throw new Error('trap'); } }),
      new RangeError('Maximum call stack size exceeded'),
    ];
    for (const thrown of thrownValues) {
      const result = await withThrowingRule('schema', thrown, () => checkText(MISTAKES));
      assert.equal(result.failures.length, 1);
      assert.equal(result.failures[0].rule, 'schema');
      assert.equal(typeof result.failures[0].error, 'string');
      assert.ok(result.findings.length > 0, 'the other rules still report');
    }
  });

  test('two rules that throw are two failures, each with its id', async () => {
    const result = await withThrowingRule('coordinator', new Error('one'), () =>
      withThrowingRule('unknown-partner', new Error('two'), () => checkText(MISTAKES)),
    );
    assert.deepEqual(result.failures.map((f) => f.rule).sort(), ['coordinator', 'unknown-partner']);
  });
});

describe('a rule that throws, in the CLI', () => {
  test('reported once on stderr with the rule id for many files; the other diagnostics stay; exit 2', async () => {
    const dir = scratchFolder('cli-failure');
    for (const name of ['a', 'b', 'c']) writeFileSync(join(dir, `${name}.partnership.yaml`), LINE_ENDINGS);
    let out = '';
    let err = '';
    const status = await withThrowingRule('unknown-country', new Error('kaboom'), () =>
      runCli(['--format', 'json', '.'], { cwd: dir, version, out: (text) => (out += text), err: (text) => (err += text) }),
    );
    assert.equal(status, 2);
    const lines = err.split('\n').filter((line) => line.startsWith('partnership-lint:'));
    assert.equal(lines.length, 1, err);
    assert.match(lines[0], /^partnership-lint: Internal error in the rule unknown-country while checking a\.partnership\.yaml; its diagnostics are missing \(reported once\)\. Please report this: Error: kaboom$/);
    const output = JSON.parse(out) as { file: string; diagnostics: { rule: string }[] }[];
    assert.deepEqual(
      output.map((entry) => [entry.file, entry.diagnostics.map((d) => d.rule)]),
      ['a', 'b', 'c'].map((name) => [`${name}.partnership.yaml`, ['schema', 'unknown-partner']]),
    );
  });
});

describe('a rule that throws, in the server', () => {
  let client: LspTestClient | undefined;
  afterEach(() => client?.dispose());

  test('logged once with the rule id, never shown to the user; diagnostics of the other rules are published', async () => {
    await withThrowingRule('unknown-partner', new Error('server boom'), async () => {
      client = LspTestClient.inProcess();
      const shown: unknown[] = [];
      client.connection.onNotification('window/showMessage', (params) => {
        shown.push(params);
      });
      client.connection.onRequest('window/showMessageRequest', (params) => {
        shown.push(params);
        return null;
      });
      await client.initialize();
      const uris = ['file:///c/one.partnership.yaml', 'file:///c/two.partnership.yaml'];
      for (const uri of uris) await client.open(uri, LINE_ENDINGS);
      for (const uri of uris) {
        const published = await client.waitForDiagnostics(uri, 1);
        assert.deepEqual(published.diagnostics.map((d) => d.code), ['schema', 'unknown-country']);
      }
      // More versions, more checks: still one log line.
      await client.edit(uris[0], 2, { start: { line: 1, character: 2 }, end: { line: 1, character: 2 } }, 'x-');
      await client.waitForDiagnostics(uris[0], 2);
      await client.edit(uris[1], 2, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, '# a comment\n');
      await client.waitForDiagnostics(uris[1], 2);
      const failures = client.logs.filter((log) => log.message.includes('unknown-partner'));
      assert.equal(failures.length, 1, JSON.stringify(client.logs));
      assert.equal(failures[0].type, 1, 'logged as an error');
      assert.match(failures[0].message, /server boom/);
      assert.deepEqual(shown, [], 'nothing is shown to the user');
      await client.request('shutdown');
    });
  });
});

describe('the server ends promptly when its client goes away', () => {
  let client: LspTestClient | undefined;
  afterEach(() => client?.dispose());

  test('stdin closes while a large document waits to be checked: it exits within 2 s, without a crash report', async () => {
    client = LspTestClient.spawn();
    await client.initialize();
    await client.open('file:///large.partnership.yaml', largeFile(1_000_000));
    await client.edit('file:///large.partnership.yaml', 2, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, '# x\n');
    client.child!.stdin.end();
    const exit = await client.waitForExit(2000);
    assert.equal(exit.signal, null);
    assert.doesNotMatch(client.stderr, /Error|at .*:\d+:\d+/);
  });

  test('the client process dies (initialize named its process id): the server notices and exits', async () => {
    const parent = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], { stdio: 'ignore' });
    client = LspTestClient.spawn();
    await client.request('initialize', { processId: parent.pid, rootUri: null, capabilities: {} });
    await client.notify('initialized', {});
    parent.kill();
    // vscode-languageserver checks the parent every 3 s.
    const exit = await client.waitForExit(6000);
    assert.equal(exit.signal, null);
  });

  test('stdout closes (the client stopped reading): the server exits at its next message instead of hanging', async () => {
    client = LspTestClient.spawn();
    await client.initialize();
    client.child!.stdout.destroy();
    await client.open('file:///w.partnership.yaml', LINE_ENDINGS); // its diagnostics cannot be delivered
    const exit = await client.waitForExit(3000);
    assert.equal(exit.signal, null);
  });

  test('after shutdown nothing more is published, and exit ends with 0', async () => {
    client = LspTestClient.spawn();
    await client.initialize();
    const uri = 'file:///s.partnership.yaml';
    await client.open(uri, LINE_ENDINGS);
    await client.waitForDiagnostics(uri, 1);
    // Edits whose check is still pending (debounced) when shutdown arrives.
    for (let v = 2; v <= 6; v++) await client.edit(uri, v, { start: { line: 1, character: 2 }, end: { line: 1, character: 2 } }, 'x');
    await client.request('shutdown');
    const countAtShutdown = client.diagnosticsFor(uri).length;
    await new Promise((resolve) => setTimeout(resolve, 400));
    assert.equal(client.diagnosticsFor(uri).length, countAtShutdown, 'no diagnostics after shutdown');
    await client.notify('exit');
    assert.equal((await client.waitForExit(2000)).code, 0);
  });
});
