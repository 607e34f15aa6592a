// Hostile and extreme inputs (issue 6), each with a time and a memory bound
// measured in a fresh child process (wall time of the check; peak resident
// memory from /proc/self/status VmHWM, reset just before the check, so
// "growth" is what the check itself needed), and with exact expectations of
// what is reported. The bounds are set from measurements on a 2-core machine
// with two test files running at once, with room for a slower CI machine; the
// measured values are printed as test diagnostics (`# ...` lines).
import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, test, type TestContext } from 'node:test';
import { checkText } from '../../server/src/core/check/check';
import { MAX_NESTING_DEPTH } from '../../server/src/core/syntax/nesting';
import { LspTestClient, ROOT } from '../helpers/lsp-client';
import { scratchFolder } from './helpers/cli';
import {
  aliasBomb,
  CUSTOM_TAGS,
  deepFlowSequences,
  largeFile,
  LINE_ENDINGS,
  manyActivitiesError,
  megabyteLine,
  ONE_LINE,
  prototypeKeyOffsets,
  prototypeKeys,
  unclosedBrackets,
} from './helpers/hostile-cases';
import { measureCli, measured, runCase, type CaseFinding, type CaseReport } from './helpers/measure';

const NESTING = `This YAML is nested too deeply (more than ${MAX_NESTING_DEPTH} levels) to be read safely; what is nested inside here is not checked.`;
const ALIASES = 'YAML aliases expand to too many nodes; the expansion was stopped. Write the values out instead.';
const UNKNOWN_TAG = /^Unknown YAML tag: tags are never executed or resolved here; remove it\. \(Unresolved tag: /;

interface Bound {
  readonly ms: number;
  /** Growth of the resident memory during the check. */
  readonly growthMB: number;
}

/** Runs a case in its own process, asserts the bounds, no failure and no pollution, and returns the report. */
function measure(t: TestContext, name: string, bound: Bound): CaseReport {
  const report = runCase(name);
  t.diagnostic(measured(name, report.ms, report.peakMB, `, growth ${report.growthMB.toFixed(0)} MB, ${report.length} characters`));
  assert.deepEqual(report.failures, [], 'no rule failed');
  assert.equal(report.prototypeChanged, false, 'Object.prototype is unchanged');
  assert.equal(report.polluted, false, 'nothing was polluted or executed');
  assert.ok(report.ms < bound.ms, `${name}: the check took ${report.ms.toFixed(0)} ms (bound ${bound.ms} ms)`);
  assert.ok(report.growthMB < bound.growthMB, `${name}: memory grew by ${report.growthMB.toFixed(0)} MB (bound ${bound.growthMB} MB)`);
  return report;
}

const summary = (findings: readonly CaseFinding[]) => findings.map((f) => `${f.rule} ${f.range}`);
const withRule = (report: CaseReport, rule: string) => report.findings.filter((f) => f.rule === rule);

describe('hostile input: aliases and nesting', () => {
  test('a billion laughs (10 levels of 10 aliases) is one yaml-syntax diagnostic, well under a second, never expanded', (t) => {
    const report = measure(t, 'alias-bomb', { ms: 500, growthMB: 50 });
    const syntax = withRule(report, 'yaml-syntax');
    assert.equal(syntax.length, 1, JSON.stringify(summary(report.findings)));
    assert.equal(syntax[0].message, ALIASES);
    assert.match(syntax[0].text, /^\*a\d$/, 'it points at an alias');
    assert.equal(aliasBomb().length, report.length);
  });

  test('the bomb where the rules walk (partners, participants): the same bound, and the aliases are not followed', (t) => {
    const report = measure(t, 'alias-bomb-in-application', { ms: 500, growthMB: 50 });
    assert.equal(withRule(report, 'yaml-syntax').length, 1);
    assert.ok(report.findingCount < 20, `${report.findingCount} findings`);
  });

  test(`10 000 nested flow sequences: one yaml-syntax diagnostic at level ${MAX_NESTING_DEPTH + 1}, no stack overflow`, (t) => {
    const report = measure(t, 'deep-flow-sequences', { ms: 1500, growthMB: 150 });
    assert.deepEqual(report.findings.map((f) => [f.rule, f.range, f.message]), [['yaml-syntax', '0:100-0:101', NESTING]]);
    assert.equal(deepFlowSequences().length, 20_000);
  });

  test('10 000 nested flow mappings', (t) => {
    const report = measure(t, 'deep-flow-mappings', { ms: 1500, growthMB: 150 });
    assert.deepEqual(
      withRule(report, 'yaml-syntax').map((f) => [f.range, f.message]),
      [['0:400-0:401', NESTING]],
    );
  });

  test('10 000 nested block mappings (50 MB of indentation)', (t) => {
    const report = measure(t, 'deep-block-mappings', { ms: 4000, growthMB: 300 });
    assert.deepEqual(
      withRule(report, 'yaml-syntax').map((f) => [f.range, f.text, f.message]),
      [['100:100-100:101', 'k', NESTING]],
    );
  });

  test('10 000 nested block sequences on one line', (t) => {
    const report = measure(t, 'deep-block-sequences', { ms: 1500, growthMB: 150 });
    assert.deepEqual(
      withRule(report, 'yaml-syntax').map((f) => [f.range, f.message]),
      [['0:200-0:201', NESTING]],
    );
  });

  test('10 000 unclosed brackets: a few diagnostics, not one per bracket', (t) => {
    const report = measure(t, 'unclosed-brackets', { ms: 1500, growthMB: 150 });
    const syntax = withRule(report, 'yaml-syntax');
    assert.ok(syntax.length >= 1 && syntax.length <= 5, JSON.stringify(summary(syntax)));
    assert.ok(syntax.some((f) => f.range === '1:107-1:108' && f.message === NESTING));
    assert.equal(unclosedBrackets().length, report.length);
  });
});

describe('hostile input: size', () => {
  test('a 1 MB single line: checked, the mistake at its end exactly placed', (t) => {
    const report = measure(t, 'megabyte-line', { ms: 2000, growthMB: 250 });
    assert.deepEqual(report.findings.map((f) => [f.rule, f.range, f.text]), [['unknown-country', '0:1000149-0:1000151', 'fi']]);
    assert.equal(megabyteLine().lastIndexOf('country: fi') + 'country: '.length, 1_000_149);
  });

  test('a 1 MB quoted string that is never closed', (t) => {
    const report = measure(t, 'megabyte-unclosed-quote', { ms: 2000, growthMB: 250 });
    assert.ok(withRule(report, 'yaml-syntax').some((f) => /Missing closing "quote/.test(f.message)));
    assert.ok(report.findingCount <= 5);
  });

  test('5 000 activities (1.5 MB): the one mistake in the last activity, exactly placed', (t) => {
    const report = measure(t, 'thousands-of-activities', { ms: 10_000, growthMB: 600 });
    const { line, start, end } = manyActivitiesError(5000);
    assert.deepEqual(report.findings.map((f) => [f.rule, f.range]), [['unknown-partner', `${line}:${start}-${line}:${end}`]]);
    assert.equal(line, 65_010);
  });

  test('a 10 MB application (34 000 activities) through the built CLI', (t) => {
    const dir = scratchFolder('ten-mb');
    const text = largeFile(10_000_000);
    writeFileSync(join(dir, 'large.partnership.yaml'), text);
    const run = measureCli(['large.partnership.yaml'], dir);
    t.diagnostic(measured('10 MB file, CLI', run.ms, run.peakMB, `, ${text.length} characters`));
    assert.equal(run.stderr, '');
    assert.equal(run.stdout, 'No problems (1 file checked)\n');
    assert.equal(run.status, 0);
    // Measured 8-16 s and 1.0-1.5 GB (issue 5 works on the speed): generous bounds that still catch a regression.
    assert.ok(run.ms < 45_000, `took ${run.ms.toFixed(0)} ms`);
    assert.ok(run.peakMB < 2500, `peak ${run.peakMB.toFixed(0)} MB`);
  });
});

describe('hostile input: keys, tags and duplicates', () => {
  test('__proto__, constructor and prototype in every mapping: no pollution, each reported as an unknown key', (t) => {
    const report = measure(t, 'prototype-keys', { ms: 500, growthMB: 30 });
    const text = prototypeKeys();
    const offsets = prototypeKeyOffsets(text);
    assert.equal(offsets.length, 18, 'six mappings (top level, project, partner, activity, group, youth group) with three each');
    for (const offset of offsets) {
      const key = /^\w+/.exec(text.slice(offset))![0];
      const found = report.findings.find((f) => f.span.start === offset);
      assert.ok(found, `the key ${key} at offset ${offset} is reported`);
      assert.equal(found.rule, 'schema');
      assert.match(found.message, new RegExp(`^Unknown key \`${key}\``));
      assert.equal(found.span.end - found.span.start, key.length);
    }
    // Values that name Object.prototype's members are ordinary unknown values.
    assert.ok(report.findings.some((f) => f.rule === 'unknown-country' && f.text === 'toString'));
    assert.ok(report.findings.some((f) => f.rule === 'schema' && f.text === 'hasOwnProperty'));
    assert.deepEqual(report.partnerIds, ['__proto__', 'constructor']);

    // And in this process too, through the core.
    const before = Object.getOwnPropertyNames(Object.prototype).sort();
    checkText(text);
    assert.deepEqual(Object.getOwnPropertyNames(Object.prototype).sort(), before);
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
    assert.equal((Object.prototype as Record<string, unknown>).polluted, undefined);
  });

  test('custom tags (!!js/function, !include, !!python/object, YAML 1.1 tags, verbatim and local tags) are reported, never resolved', (t) => {
    const report = measure(t, 'custom-tags', { ms: 500, growthMB: 30 });
    const tags = withRule(report, 'yaml-syntax');
    assert.deepEqual(
      tags.map((f) => [f.range, f.text]),
      [
        ['1:9-1:22', '!!js/function'],
        ['2:9-2:17', '!include'],
        ['3:11-3:36', '!!python/object:os.system'],
        ['4:9-4:20', '!!timestamp'],
        ['5:7-5:38', '!<tag:example.com,2000:app/foo>'],
        ['6:7-6:15', '!!binary'],
        ['7:7-7:14', '!custom'],
        ['8:10-8:24', '!!js/undefined'],
      ],
    );
    for (const finding of tags) assert.match(finding.message, UNKNOWN_TAG);
    // The tagged values are read as the plain text they are: nothing was run or included.
    assert.equal(report.title, 'function () { globalThis.pwned = true }');
    const inProcess = checkText(CUSTOM_TAGS);
    const root = inProcess.doc.root as Record<string, Record<string, unknown>>;
    assert.equal(root.project.field, '/etc/passwd');
    assert.equal(root.project.start, '2027-09-01');
    assert.equal(root.project['x-b'], 'aGVsbG8=');
    assert.equal((globalThis as Record<string, unknown>).pwned, undefined);
  });

  test('a key written a thousand times: reported at each later key, the first value kept, nothing merged', (t) => {
    const report = measure(t, 'duplicate-keys', { ms: 1000, growthMB: 60 });
    const duplicates = withRule(report, 'yaml-syntax');
    assert.equal(report.findingCount, 1000);
    assert.equal(duplicates.length, 1000);
    for (let i = 0; i < 999; i++) assert.equal(duplicates[i].range, `${i + 2}:2-${i + 2}:7`);
    assert.equal(duplicates[999].range, '1016:0-1016:8', 'the second `partners` key');
    assert.equal(report.title, 'Demokrati');
    assert.deepEqual(report.partnerIds, ['se-school', 'fi-school', 'de-school'], 'the second partners list is not merged in');
  });
});

describe('hostile input: positions in UTF-16 columns', () => {
  test('a tab used as indentation is a yaml-syntax error at the tab', (t) => {
    const report = measure(t, 'tabs', { ms: 500, growthMB: 30 });
    const tab = report.findings.find((f) => f.rule === 'yaml-syntax' && /Tabs are not allowed as indentation/.test(f.message));
    assert.ok(tab, JSON.stringify(summary(report.findings)));
    assert.equal(tab.range, '1:0-1:1');
  });

  test('emoji (surrogate pairs, ZWJ sequences) before a mistake: columns count UTF-16 code units', (t) => {
    const report = measure(t, 'emoji', { ms: 500, growthMB: 30 });
    // `  - {name: "😀😀 Skola 👩‍👩‍👧", id: a, country: se`: 45 code points before `se`, but 50 UTF-16 code units.
    assert.deepEqual(report.findings.map((f) => [f.rule, f.range, f.text]), [
      ['unknown-country', '4:50-4:52', 'se'],
      ['schema', '5:48-5:53', 'schol'],
    ]);
  });

  test('CRLF and lone CR line endings give the lines and columns of LF', (t) => {
    const expected = [
      ['schema', '2:9-2:24', 'school-educaton'],
      ['unknown-country', '6:13-6:15', 'se'],
      ['unknown-partner', '16:10-16:18', 'fi-scool'],
    ];
    // A lone CR is a line break for YAML 1.2 and LSP alike (the yaml package needed help: nesting.ts).
    for (const name of ['lf', 'crlf', 'cr']) {
      const report = measure(t, name, { ms: 500, growthMB: 30 });
      assert.deepEqual(report.findings.map((f) => [f.rule, f.range, f.text]), expected, name);
    }
    assert.ok(LINE_ENDINGS.includes('\n') && !LINE_ENDINGS.includes('\r'));
  });

  test('a UTF-8 byte order mark: the CLI drops it (as LSP clients do), so columns are those without it', (t) => {
    // The core counts a BOM it is given as a character (an editor that kept it would count it too).
    const withBom = measure(t, 'bom', { ms: 500, growthMB: 30 });
    const without = measure(t, 'no-bom', { ms: 500, growthMB: 30 });
    assert.deepEqual(without.findings.map((f) => [f.rule, f.range, f.text]), [['schema', '0:28-0:33', 'yuoth']]);
    assert.deepEqual(withBom.findings.map((f) => [f.rule, f.range, f.text]), [['schema', '0:29-0:34', 'yuoth']]);
    const dir = scratchFolder('bom');
    writeFileSync(join(dir, 'bom.partnership.yaml'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(ONE_LINE)]));
    const run = measureCli(['--format', 'json', 'bom.partnership.yaml'], dir);
    t.diagnostic(measured('BOM file, CLI', run.ms, run.peakMB));
    assert.equal(run.status, 1);
    assert.deepEqual(
      JSON.parse(run.stdout)[0].diagnostics.map((d: { rule: string; range: unknown }) => [d.rule, d.range]),
      [['schema', { start: { line: 0, character: 28 }, end: { line: 0, character: 33 } }]],
    );
  });
});

describe('hostile input: files that are not UTF-8 text', () => {
  test('5 MB of random bytes and 2 MB of Latin-1 among valid files: clear messages, exit 2, the valid files checked', (t) => {
    const dir = scratchFolder('binary');
    let state = 60_651;
    const random = Buffer.alloc(5_000_000);
    for (let i = 0; i < random.length; i++) {
      state = (state * 1_103_515_245 + 12_345) >>> 0; // a fixed linear congruential sequence: the same bytes every run
      random[i] = state >>> 24;
    }
    writeFileSync(join(dir, 'a-random.partnership.yaml'), random);
    const latin1Lines = Array.from({ length: 60_000 }, (_, i) => `  x-line-${i}: plain ASCII text`).join('\n');
    writeFileSync(join(dir, 'b-latin1.partnership.yaml'), Buffer.concat([Buffer.from(`project:\n${latin1Lines}\n  title: Sk`), Buffer.from([0xe5]), Buffer.from('ne\n')]));
    const valid = readFileSync(join(ROOT, 'examples', 'school-democracy.partnership.yaml'));
    writeFileSync(join(dir, 'c-valid.partnership.yaml'), valid);
    writeFileSync(join(dir, 'd-errors.partnership.yaml'), LINE_ENDINGS);

    const run = measureCli(['--format', 'json', '.'], dir);
    t.diagnostic(measured('7 MB of files that are not UTF-8, CLI', run.ms, run.peakMB));
    assert.equal(run.status, 2);
    assert.equal(
      run.stderr,
      'partnership-lint: Cannot check a-random.partnership.yaml: it contains NUL bytes, so it is a binary file, not UTF-8 text.\n' +
        'partnership-lint: Cannot check b-latin1.partnership.yaml: it is not valid UTF-8 text (the first invalid byte is on line 60002). Save it as UTF-8.\n',
    );
    const output = JSON.parse(run.stdout) as { file: string; diagnostics: { rule: string }[] }[];
    assert.deepEqual(
      output.map((entry) => [entry.file, entry.diagnostics.map((d) => d.rule)]),
      [
        ['c-valid.partnership.yaml', []],
        ['d-errors.partnership.yaml', ['schema', 'unknown-country', 'unknown-partner']],
      ],
    );
    assert.ok(run.ms < 10_000, `took ${run.ms.toFixed(0)} ms`);
    assert.ok(run.peakMB < 400, `peak ${run.peakMB.toFixed(0)} MB`);
  });
});

describe('hostile input through the language server', () => {
  const clients: LspTestClient[] = [];
  after(() => clients.forEach((client) => client.dispose()));

  test('each hostile document is answered promptly; the server stays up and small', async (t) => {
    const client = LspTestClient.spawn();
    clients.push(client);
    await client.initialize();
    const documents: [string, string][] = [
      ['alias-bomb', aliasBomb()],
      ['deep-flow-sequences', deepFlowSequences()],
      ['unclosed-brackets', unclosedBrackets()],
      ['megabyte-line', megabyteLine()],
      ['prototype-keys', prototypeKeys()],
      ['custom-tags', CUSTOM_TAGS],
      ['many-activities', largeFile(300_000)],
    ];
    for (const [name, text] of documents) {
      const uri = `file:///hostile/${name}.partnership.yaml`;
      const started = performance.now();
      await client.open(uri, text);
      const published = await client.waitForDiagnostics(uri, 1, 10_000);
      const ms = performance.now() - started;
      t.diagnostic(`${name} through the server: published after ${ms.toFixed(0)} ms (${published.diagnostics.length} diagnostics)`);
      // The publish includes the debounce and the JSON-RPC round trip both ways (300 KB: about a second).
      const bound = name === 'many-activities' ? 8000 : 3000;
      assert.ok(ms < bound, `${name}: ${ms.toFixed(0)} ms (bound ${bound} ms)`);
      assert.deepEqual(
        published.diagnostics.map((d) => d.code),
        checkText(text).findings.map((f) => f.rule),
        `${name}: the core's findings`,
      );
      await client.close(uri);
    }
    const statusFile = `/proc/${client.child!.pid}/status`;
    if (existsSync(statusFile)) {
      const peakMB = Number(/VmHWM:\s+(\d+) kB/.exec(readFileSync(statusFile, 'utf8'))![1]) / 1024;
      t.diagnostic(`server peak memory after all hostile documents: ${peakMB.toFixed(0)} MB`);
      assert.ok(peakMB < 500, `server peak ${peakMB.toFixed(0)} MB`);
    }
    assert.equal(client.child?.exitCode, null);
    assert.deepEqual(client.logs.filter((log) => log.type === 1), [], 'no internal error was logged');
    assert.equal(await client.shutdownAndExit(), 0);
  });
});
