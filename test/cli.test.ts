import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { version } from '../package.json';
import { run as runCli } from '../server/src/cli/run';
import { checkText } from '../server/src/core/check/check';
import { RULES } from '../server/src/core/check/rules';
import type { CheckConfig, Locale, RuleId, SeveritySetting } from '../server/src/core/base/types';
import { VALID_APPLICATION } from './helpers/applications';

/**
 * End-to-end tests of the `partnership-lint` command: they spawn the BUILT CLI
 * (dist/cli/main.js) on temporary folders. Rule messages belong to the rules,
 * so expected outputs are computed from the checking core at test time; the
 * CLI's own text (summary, errors) is asserted literally.
 */

const ROOT = join(__dirname, '..');
const CLI = join(ROOT, 'dist', 'cli', 'main.js');

/** Newest modification time of what the CLI bundle is built from. */
function newestSourceTime(): number {
  let newest = 0;
  const visit = (path: string) => {
    const stats = statSync(path);
    if (stats.isDirectory()) for (const name of readdirSync(path)) visit(join(path, name));
    else newest = Math.max(newest, stats.mtimeMs);
  };
  for (const path of ['server/src/core', 'server/src/cli', 'l10n', 'package.json']) visit(join(ROOT, path));
  return newest;
}

before(() => {
  const fresh = () => existsSync(CLI) && statSync(CLI).mtimeMs >= newestSourceTime();
  if (fresh()) return;
  const build = spawnSync(process.execPath, ['esbuild.mjs'], { cwd: ROOT, encoding: 'utf8' });
  // esbuild.mjs builds the client and server too; only the CLI bundle matters here.
  if (!fresh()) {
    assert.fail(
      `dist/cli/main.js is missing or older than its sources and \`node esbuild.mjs\` did not rebuild it ` +
        `(exit ${build.status}):\n${build.stderr}${build.stdout}`,
    );
  }
});

interface Run {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

function lint(args: readonly string[], cwd: string): Run {
  const result = spawnSync(process.execPath, [cliCopy, ...args], {
    cwd,
    encoding: 'utf8',
    timeout: 60_000,
    env: { ...process.env, NO_COLOR: '1' },
  });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

// ---- fixtures ------------------------------------------------------------------

/** The shared valid application: two schools, one pupil exchange, no diagnostics. */
const VALID = VALID_APPLICATION;

/** One error (unknown-partner at `se-schol`) and one warning (accompanying-adults at the type). */
const ERRORS = VALID.replace('host: se-school', 'host: se-schol').replace('    accompanying: 2\n', '');

/** unknown-partner behind astral characters on the same line: columns count UTF-16 code units. */
const ASTRAL = VALID.replace(
  '      - from: fi-school\n',
  '      - {x-note: "😀😀", from: fi-skool, role: pupil, count: 10}\n      - from: fi-school\n',
);

function spanOf(text: string, needle: string): { line: number; character: number; endCharacter: number } {
  const offset = text.indexOf(needle);
  assert.ok(offset >= 0, `fixture lacks ${needle}`);
  const before = text.slice(0, offset).split('\n');
  const character = before[before.length - 1].length;
  return { line: before.length - 1, character, endCharacter: character + needle.length };
}

interface ExpectedDiagnostic {
  rule: RuleId;
  severity: string;
  message: string;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
}

/** What the core reports for a text: the ground truth the CLI must print. */
function expected(text: string, locale: Locale = 'en', rules: Partial<Record<RuleId, SeveritySetting>> = {}): ExpectedDiagnostic[] {
  const config: CheckConfig = { locale, rules };
  const result = checkText(text, config);
  assert.deepEqual(result.failures, [], 'a rule threw on a CLI fixture');
  return result.findings.map((finding) => ({
    rule: finding.rule,
    severity: finding.severity,
    message: finding.message,
    range: { start: result.lines.position(finding.span.start), end: result.lines.position(finding.span.end) },
  }));
}

function textLine(file: string, d: ExpectedDiagnostic): string {
  return `${file}:${d.range.start.line + 1}:${d.range.start.character + 1}: ${d.severity}: ${d.message} [${d.rule}]`;
}

let work: string;
const folders: string[] = [];

/** A fresh folder holding `files` (relative path → contents). */
function folder(files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(join(work, 'case-'));
  folders.push(dir);
  for (const [path, contents] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), contents);
  }
  return dir;
}

/** A private copy of the bundle (self-contained), so that a rebuild running meanwhile cannot disturb the tests. */
let cliCopy: string;

before(() => {
  work = mkdtempSync(join(tmpdir(), 'partnership-lint-test-'));
  cliCopy = join(work, 'partnership-lint.js');
  copyFileSync(CLI, cliCopy);
});

after(() => {
  for (const dir of folders) {
    try {
      chmodSync(dir, 0o755);
    } catch {
      // already gone
    }
  }
  rmSync(work, { recursive: true, force: true });
});

// ---- preconditions ---------------------------------------------------------------

describe('fixtures', () => {
  test('the valid fixture has no diagnostics and the error fixture the two planned ones', () => {
    assert.deepEqual(expected(VALID), [], 'the core reports problems in the valid fixture');
    const rules = expected(ERRORS).map((d) => `${d.rule}:${d.severity}`);
    assert.deepEqual(rules.sort(), ['accompanying-adults:warning', 'unknown-partner:error']);
  });
});

// ---- text ----------------------------------------------------------------------

describe('text format', () => {
  test('one line a diagnostic, 1-based, then the summary; exit 1 on errors', () => {
    const dir = folder({ 'errors.partnership.yaml': ERRORS, 'valid.partnership.yaml': VALID });
    const run = lint(['errors.partnership.yaml', 'valid.partnership.yaml'], dir);
    assert.equal(run.status, 1, run.stderr);
    assert.equal(run.stderr, '');
    const lines = expected(ERRORS).map((d) => textLine('errors.partnership.yaml', d));
    assert.equal(run.stdout, [...lines, '1 error, 1 warning in 1 file (2 files checked)', ''].join('\n'));

    const host = spanOf(ERRORS, 'se-schol');
    assert.ok(
      run.stdout.includes(`errors.partnership.yaml:${host.line + 1}:${host.character + 1}: error: `),
      run.stdout,
    );
    assert.match(run.stdout, / \[unknown-partner\]$/m);
  });

  test('a file without problems: exit 0 and "No problems"', () => {
    const dir = folder({ 'valid.partnership.yaml': VALID });
    const run = lint(['valid.partnership.yaml'], dir);
    assert.equal(run.status, 0, run.stderr);
    assert.equal(run.stdout, 'No problems (1 file checked)\n');
    assert.equal(run.stderr, '');
  });

  test('paths are printed as given', () => {
    const dir = folder({ 'sub/errors.partnership.yaml': ERRORS });
    const run = lint(['./sub/errors.partnership.yaml'], dir);
    assert.equal(run.status, 1);
    for (const line of run.stdout.trim().split('\n').slice(0, -1)) {
      assert.ok(line.startsWith('./sub/errors.partnership.yaml:'), line);
    }
  });

  test('columns count UTF-16 code units, as in the editor', () => {
    const dir = folder({ 'astral.partnership.yaml': ASTRAL });
    const run = lint(['astral.partnership.yaml'], dir);
    const at = spanOf(ASTRAL, 'fi-skool'); // JavaScript string indices are UTF-16
    assert.ok(run.stdout.includes(`astral.partnership.yaml:${at.line + 1}:${at.character + 1}: error: `), run.stdout);
    assert.match(run.stdout, /\[unknown-partner\]/);
  });
});

// ---- json ------------------------------------------------------------------------

describe('json format', () => {
  test('the spec shape: one entry per checked file, 0-based positions', () => {
    const dir = folder({ 'a/errors.partnership.yaml': ERRORS, 'a/valid.partnership.yaml': VALID });
    const run = lint(['--format', 'json', 'a'], dir);
    assert.equal(run.status, 1, run.stderr);
    assert.equal(run.stderr, '');
    const data = JSON.parse(run.stdout);
    assert.deepEqual(data, [
      { file: join('a', 'errors.partnership.yaml'), diagnostics: expected(ERRORS) },
      { file: join('a', 'valid.partnership.yaml'), diagnostics: [] },
    ]);
    // Exactly the keys of the spec, in its order.
    assert.deepEqual(Object.keys(data[0]), ['file', 'diagnostics']);
    assert.deepEqual(Object.keys(data[0].diagnostics[0]), ['rule', 'severity', 'message', 'range']);
    const host = spanOf(ERRORS, 'se-schol');
    const unknown = data[0].diagnostics.find((d: ExpectedDiagnostic) => d.rule === 'unknown-partner');
    assert.ok(unknown, 'no unknown-partner diagnostic');
    assert.deepEqual(unknown.range, {
      start: { line: host.line, character: host.character },
      end: { line: host.line, character: host.endCharacter },
    });
  });

  test('astral characters: positions in UTF-16 code units', () => {
    const dir = folder({ 'astral.partnership.yaml': ASTRAL });
    const data = JSON.parse(lint(['--format=json', 'astral.partnership.yaml'], dir).stdout);
    const at = spanOf(ASTRAL, 'fi-skool');
    const unknown = data[0].diagnostics.find((d: ExpectedDiagnostic) => d.rule === 'unknown-partner');
    assert.deepEqual(unknown.range.start, { line: at.line, character: at.character });
    assert.deepEqual(unknown.range.end, { line: at.line, character: at.endCharacter });
  });

  test('no files checked prints an empty array', () => {
    const dir = folder({});
    const run = lint(['--format', 'json', 'missing.partnership.yaml'], dir);
    assert.equal(run.status, 2);
    assert.deepEqual(JSON.parse(run.stdout), []);
  });
});

// ---- sarif -----------------------------------------------------------------------

describe('sarif format', () => {
  test('SARIF 2.1.0: one run, every rule described, 1-based regions, relative URIs', () => {
    const dir = folder({ 'apps/nested/errors.partnership.yaml': ERRORS, 'apps/valid.partnership.yaml': VALID });
    const run = lint(['--format', 'sarif', 'apps'], dir);
    assert.equal(run.status, 1, run.stderr);
    const log = JSON.parse(run.stdout);
    assert.match(log.$schema, /sarif-2\.1\.0/);
    assert.equal(log.version, '2.1.0');
    assert.equal(log.runs.length, 1);
    const [sarifRun] = log.runs;
    const driver = sarifRun.tool.driver;
    assert.equal(driver.name, 'partnership-lint');
    assert.equal(driver.version, version);
    assert.deepEqual(
      driver.rules.map((rule: { id: string }) => rule.id),
      RULES.map((rule) => rule.id),
    );
    for (const [index, rule] of RULES.entries()) {
      const descriptor = driver.rules[index];
      assert.equal(descriptor.shortDescription.text, rule.docs.en.summary);
      assert.equal(descriptor.fullDescription.text, rule.docs.en.details);
      assert.ok(descriptor.help.text.startsWith(rule.docs.en.details), rule.id);
      assert.equal(descriptor.defaultConfiguration.level, rule.severity === 'warning' ? 'warning' : 'error');
    }

    const diagnostics = expected(ERRORS);
    assert.equal(sarifRun.results.length, diagnostics.length);
    for (const [i, d] of diagnostics.entries()) {
      const result = sarifRun.results[i];
      assert.equal(result.ruleId, d.rule);
      assert.equal(driver.rules[result.ruleIndex].id, d.rule);
      assert.equal(result.level, d.severity);
      assert.equal(result.message.text, d.message);
      assert.equal(result.locations.length, 1);
      const location = result.locations[0].physicalLocation;
      assert.equal(location.artifactLocation.uri, 'apps/nested/errors.partnership.yaml');
      assert.deepEqual(location.region, {
        startLine: d.range.start.line + 1,
        startColumn: d.range.start.character + 1,
        endLine: d.range.end.line + 1,
        endColumn: d.range.end.character + 1,
      });
    }
    const host = spanOf(ERRORS, 'se-schol');
    const unknown = sarifRun.results.find((r: { ruleId: string }) => r.ruleId === 'unknown-partner');
    assert.deepEqual(unknown.locations[0].physicalLocation.region, {
      startLine: host.line + 1,
      startColumn: host.character + 1,
      endLine: host.line + 1,
      endColumn: host.endCharacter + 1,
    });
    assert.equal(sarifRun.invocations[0].executionSuccessful, true);
  });

  test('hint and information become the level "note"; overrides are recorded', () => {
    const dir = folder({ 'errors.partnership.yaml': ERRORS });
    const run = lint(
      ['--format', 'sarif', '--rule', 'accompanying-adults=hint', '--rule', 'unknown-partner=information', 'errors.partnership.yaml'],
      dir,
    );
    assert.equal(run.status, 0, run.stderr);
    const [sarifRun] = JSON.parse(run.stdout).runs;
    assert.deepEqual(
      sarifRun.results.map((r: { ruleId: string; level: string }) => `${r.ruleId}:${r.level}`).sort(),
      ['accompanying-adults:note', 'unknown-partner:note'],
    );
    assert.deepEqual(
      sarifRun.invocations[0].ruleConfigurationOverrides.map(
        (o: { descriptor: { id: string }; configuration: { level: string } }) => `${o.descriptor.id}:${o.configuration.level}`,
      ),
      ['accompanying-adults:note', 'unknown-partner:note'],
    );
  });

  test('rule descriptions follow --locale', () => {
    const dir = folder({ 'valid.partnership.yaml': VALID });
    const log = JSON.parse(lint(['--format', 'sarif', '--locale', 'sv', 'valid.partnership.yaml'], dir).stdout);
    assert.deepEqual(
      log.runs[0].tool.driver.rules.map((rule: { shortDescription: { text: string } }) => rule.shortDescription.text),
      RULES.map((rule) => rule.docs.sv.summary),
    );
    assert.deepEqual(log.runs[0].results, []);
  });

  test('an unreadable path marks the invocation unsuccessful', () => {
    const dir = folder({ 'valid.partnership.yaml': VALID });
    const run = lint(['--format', 'sarif', 'valid.partnership.yaml', 'missing.partnership.yaml'], dir);
    assert.equal(run.status, 2);
    const invocation = JSON.parse(run.stdout).runs[0].invocations[0];
    assert.equal(invocation.executionSuccessful, false);
    assert.match(invocation.toolExecutionNotifications[0].message.text, /missing\.partnership\.yaml/);
  });
});

// ---- severities and exit status ---------------------------------------------------

describe('html format', () => {
  /** The values of `attribute` in the document, in order. */
  const values = (html: string, attribute: string) => [...html.matchAll(new RegExp(` ${attribute}="([^"]*)"`, 'g'))].map((m) => m[1]);
  const unescape = (text: string) => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');

  test('one self-contained document for all files; every activity and diagnostic is marked; exit 1 on errors', () => {
    const dir = folder({ 'apps/errors.partnership.yaml': ERRORS, 'apps/valid.partnership.yaml': VALID });
    const run = lint(['--format', 'html', 'apps'], dir);
    assert.equal(run.status, 1, run.stderr);
    assert.equal(run.stderr, '');
    assert.ok(run.stdout.startsWith('<!DOCTYPE html>\n<html lang="en">'), run.stdout.slice(0, 80));
    assert.equal((run.stdout.match(/<html/g) ?? []).length, 1, 'one document');
    assert.deepEqual(values(run.stdout, 'data-file'), ['apps/errors.partnership.yaml', 'apps/valid.partnership.yaml']);
    assert.deepEqual(values(run.stdout, 'data-activity'), ['C1', 'C1'], 'the one activity of each file');
    const diagnostics = expected(ERRORS);
    assert.ok(diagnostics.length >= 2);
    assert.deepEqual(values(run.stdout, 'data-rule'), diagnostics.map((d) => d.rule));
    for (const d of diagnostics) assert.ok(run.stdout.includes(`data-rule="${d.rule}" data-line="${d.range.start.line}"`), d.rule);
    for (const d of diagnostics) assert.ok(unescape(run.stdout).includes(d.message), d.message);
    assert.equal(/<script|\b(src|href)=|url\(|@import/.test(run.stdout), false, 'nothing to fetch, no script');
  });

  test('a file without problems: exit 0, "No problems found."', () => {
    const dir = folder({ 'valid.partnership.yaml': VALID });
    const run = lint(['--format', 'html', 'valid.partnership.yaml'], dir);
    assert.equal(run.status, 0, run.stderr);
    assert.deepEqual(values(run.stdout, 'data-rule'), []);
    assert.match(run.stdout, /No problems found\./);
  });

  test('user text is escaped', () => {
    const hostile = VALID.replace('title: Demokrati i skolan', 'title: "<img src=x onerror=alert(1)> & co"').replace(
      'name: Östra gymnasiet',
      "name: \"</td><script>alert('x')</script>\"",
    );
    assert.notEqual(hostile, VALID);
    const dir = folder({ 'a&b.partnership.yaml': hostile });
    const run = lint(['--format', 'html', 'a&b.partnership.yaml'], dir);
    assert.equal(run.status, 0, run.stderr);
    assert.equal(/<img|<script|<\/td><script/.test(run.stdout), false);
    assert.ok(run.stdout.includes('&lt;img src=x onerror=alert(1)&gt; &amp; co'));
    assert.ok(run.stdout.includes('&lt;/td&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;'));
    assert.deepEqual(values(run.stdout, 'data-file'), ['a&amp;b.partnership.yaml']);
  });

  test('--locale sv: the report and the messages are Swedish', () => {
    const dir = folder({ 'errors.partnership.yaml': ERRORS });
    const run = lint(['--format', 'html', '--locale', 'sv', 'errors.partnership.yaml'], dir);
    assert.equal(run.status, 1, run.stderr);
    assert.match(run.stdout, /<html lang="sv">/);
    for (const text of ['Översikt över partnerskapet', 'Projektperiod', 'Tidslinje', 'Partner per land', 'Vem skickar hur många deltagare till vem', 'Kortare utbyten för elevgrupper']) {
      assert.ok(run.stdout.includes(text), text);
    }
    for (const d of expected(ERRORS, 'sv')) assert.ok(unescape(run.stdout).includes(d.message), d.message);
  });

  test('an unreadable path: the others are still in the report, the problem too; exit 2', () => {
    const dir = folder({ 'errors.partnership.yaml': ERRORS });
    const run = lint(['--format', 'html', 'nope.partnership.yaml', 'errors.partnership.yaml'], dir);
    assert.equal(run.status, 2);
    assert.equal(run.stderr, 'partnership-lint: Cannot read nope.partnership.yaml: no such file or folder.\n');
    assert.deepEqual(values(run.stdout, 'data-file'), ['errors.partnership.yaml']);
    assert.match(run.stdout, /<li class="notice">Cannot read nope\.partnership\.yaml: no such file or folder\.<\/li>/);
  });
});

describe('--rule', () => {
  test('RULE=off removes the diagnostic; turning the only error into a warning gives exit 0', () => {
    const dir = folder({ 'errors.partnership.yaml': ERRORS });
    const off = lint(['--format', 'json', '--rule', 'unknown-partner=off', 'errors.partnership.yaml'], dir);
    assert.equal(off.status, 0, off.stderr);
    assert.deepEqual(
      JSON.parse(off.stdout)[0].diagnostics.map((d: ExpectedDiagnostic) => d.rule),
      ['accompanying-adults'],
    );

    const warning = lint(['--rule', 'unknown-partner=warning', 'errors.partnership.yaml'], dir);
    assert.equal(warning.status, 0, warning.stderr);
    const lines = expected(ERRORS, 'en', { 'unknown-partner': 'warning' }).map((d) => textLine('errors.partnership.yaml', d));
    assert.equal(warning.stdout, [...lines, '0 errors, 2 warnings in 1 file (1 file checked)', ''].join('\n'));

    const both = lint(['--rule=unknown-partner=off', '--rule', 'accompanying-adults=off', 'errors.partnership.yaml'], dir);
    assert.equal(both.status, 0);
    assert.equal(both.stdout, 'No problems (1 file checked)\n');
  });

  test('a warning raised to error gives exit 1; the last setting of a rule wins', () => {
    const dir = folder({ 'errors.partnership.yaml': ERRORS });
    const run = lint(
      ['--rule', 'unknown-partner=off', '--rule', 'accompanying-adults=error', '--rule', 'accompanying-adults=hint', 'errors.partnership.yaml'],
      dir,
    );
    assert.equal(run.status, 0);
    assert.match(run.stdout, /: hint: .* \[accompanying-adults\]\n/);
    assert.ok(run.stdout.endsWith('0 errors, 0 warnings, 1 hint in 1 file (1 file checked)\n'), run.stdout);

    const raised = lint(['--rule', 'unknown-partner=off', '--rule', 'accompanying-adults=error', 'errors.partnership.yaml'], dir);
    assert.equal(raised.status, 1);
    assert.ok(raised.stdout.endsWith('1 error, 0 warnings in 1 file (1 file checked)\n'), raised.stdout);
  });

  for (const [args, pattern] of [
    [['--rule', 'no-such-rule=off'], /Unknown rule "no-such-rule" in --rule/],
    [['--rule', 'unknown-partnr=off'], /Unknown rule "unknown-partnr" in --rule\. Did you mean "unknown-partner"\?/],
    [['--rule', 'unknown-partner=fatal'], /Unknown severity "fatal" for the rule unknown-partner/],
    [['--rule', 'unknown-partner'], /--rule needs RULE=SEVERITY/],
    [['--rule'], /The option --rule needs a value/],
  ] as const) {
    test(`a wrong --rule (${args.join(' ')}) is exit 2 with a clear message`, () => {
      const dir = folder({ 'errors.partnership.yaml': ERRORS });
      // `--rule` alone must stay the last argument, or the file name would be taken as its value.
      const run = lint(args.length === 1 ? [...args] : [...args, 'errors.partnership.yaml'], dir);
      assert.equal(run.status, 2);
      assert.match(run.stderr, pattern);
      assert.equal(run.stdout, '');
    });
  }
});

// ---- options --------------------------------------------------------------------------

describe('options', () => {
  test('an unknown option is exit 2 with the usage on stderr', () => {
    const dir = folder({ 'valid.partnership.yaml': VALID });
    const run = lint(['--fromat', 'json', 'valid.partnership.yaml'], dir);
    assert.equal(run.status, 2);
    assert.equal(run.stdout, '');
    assert.match(run.stderr, /^partnership-lint: Unknown option --fromat\. Did you mean --format\?\n/);
    assert.match(run.stderr, /Usage: partnership-lint \[--format text\|json\|sarif\|html\] \[--locale en\|sv\]/);
    assert.match(run.stderr, /\[--rule RULE=error\|warning\|information\|hint\|off\]\.\.\. PATH\.\.\./);
  });

  for (const [args, pattern] of [
    [['--format', 'xml', 'x'], /Unknown format "xml": use text, json, sarif or html\./],
    [['--locale', 'de', 'x'], /Unknown locale "de": use en or sv\./],
    [['--format'], /The option --format needs a value\./],
    [['--help=yes'], /The option --help takes no value\./],
    [['-x', 'a'], /Unknown option -x\./],
    [[], /No PATH given/],
    [['--format', 'json'], /No PATH given/],
  ] as const) {
    test(`wrong command line ${JSON.stringify(args)} is exit 2`, () => {
      const run = lint(args, folder({}));
      assert.equal(run.status, 2);
      assert.match(run.stderr, pattern);
      assert.match(run.stderr, /Usage: partnership-lint/);
      assert.equal(run.stdout, '');
    });
  }

  test('--help prints the usage on stdout, exit 0', () => {
    for (const flag of ['--help', '-h']) {
      const run = lint([flag], folder({}));
      assert.equal(run.status, 0);
      assert.match(run.stdout, /^Usage: partnership-lint /);
      assert.match(run.stdout, /--rule RULE=SEVERITY/);
      assert.equal(run.stderr, '');
    }
  });

  test('--version prints the version of package.json', () => {
    const run = lint(['--version'], folder({}));
    assert.equal(run.status, 0);
    assert.equal(run.stdout, `${version}\n`);
  });

  test('the installed command bin/partnership-lint.js runs the bundle', () => {
    const run = spawnSync(process.execPath, [join(ROOT, 'bin', 'partnership-lint.js'), '--version'], { encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
    assert.equal(run.stdout, `${version}\n`);
  });

  test('a PATH after -- may start with a dash', () => {
    const dir = folder({ '-odd.partnership.yaml': VALID });
    const run = lint(['--', '-odd.partnership.yaml'], dir);
    assert.equal(run.status, 0, run.stderr);
    assert.equal(run.stdout, 'No problems (1 file checked)\n');
  });
});

// ---- locale ------------------------------------------------------------------------------

describe('--locale sv', () => {
  test('rule messages and the CLI text are Swedish', () => {
    const dir = folder({ 'errors.partnership.yaml': ERRORS });
    const run = lint(['--locale', 'sv', 'errors.partnership.yaml'], dir);
    assert.equal(run.status, 1);
    const lines = expected(ERRORS, 'sv').map((d) => textLine('errors.partnership.yaml', d));
    assert.equal(run.stdout, [...lines, '1 fel, 1 varning i 1 fil (1 fil kontrollerad)', ''].join('\n'));
  });

  test('JSON messages are Swedish, severities and rule ids stay identifiers', () => {
    const dir = folder({ 'errors.partnership.yaml': ERRORS });
    const data = JSON.parse(lint(['--locale=sv', '--format', 'json', 'errors.partnership.yaml'], dir).stdout);
    assert.deepEqual(data[0].diagnostics, expected(ERRORS, 'sv'));
  });

  test('errors about the command line and paths are Swedish too', () => {
    const dir = folder({});
    const option = lint(['--locale', 'sv', '--format', 'xml', 'x'], dir);
    assert.equal(option.status, 2);
    assert.match(option.stderr, /Okänt format "xml": använd text, json, sarif eller html\./);
    assert.match(option.stderr, /Användning: partnership-lint/);
    const missing = lint(['--locale', 'sv', 'saknas.partnership.yaml'], dir);
    assert.equal(missing.status, 2);
    assert.equal(missing.stderr, 'partnership-lint: Kan inte läsa saknas.partnership.yaml: filen eller mappen finns inte.\n');
    assert.equal(missing.stdout, 'Inga filer kontrollerade\n');
  });
});

// ---- paths that cannot be read -----------------------------------------------------------

describe('unreadable paths', () => {
  test('a missing file among good ones: the others are still checked, exit 2', () => {
    const dir = folder({ 'errors.partnership.yaml': ERRORS, 'valid.partnership.yaml': VALID });
    const run = lint(['--format', 'json', 'valid.partnership.yaml', 'nope.partnership.yaml', 'errors.partnership.yaml'], dir);
    assert.equal(run.status, 2, 'exit 2 wins over exit 1');
    assert.equal(run.stderr, 'partnership-lint: Cannot read nope.partnership.yaml: no such file or folder.\n');
    assert.deepEqual(JSON.parse(run.stdout), [
      { file: 'valid.partnership.yaml', diagnostics: [] },
      { file: 'errors.partnership.yaml', diagnostics: expected(ERRORS) },
    ]);
  });

  test('text format: results of the good files, then the summary', () => {
    const dir = folder({ 'valid.partnership.yaml': VALID });
    const run = lint(['missing-folder', 'valid.partnership.yaml'], dir);
    assert.equal(run.status, 2);
    assert.equal(run.stdout, 'No problems (1 file checked)\n');
    assert.equal(run.stderr, 'partnership-lint: Cannot read missing-folder: no such file or folder.\n');
  });

  test('a path through a file, and something that is neither file nor folder', () => {
    const dir = folder({ 'valid.partnership.yaml': VALID });
    const through = lint(['valid.partnership.yaml/inner.partnership.yaml', 'valid.partnership.yaml'], dir);
    assert.equal(through.status, 2);
    assert.match(through.stderr, /Cannot read valid\.partnership\.yaml\/inner\.partnership\.yaml: no such file or folder\./);
    assert.equal(through.stdout, 'No problems (1 file checked)\n');

    if (process.platform !== 'win32' && existsSync('/dev/null')) {
      const device = lint(['/dev/null', 'valid.partnership.yaml'], dir);
      assert.equal(device.status, 2);
      assert.match(device.stderr, /Cannot read \/dev\/null: it is neither a file nor a folder\./);
      assert.equal(device.stdout, 'No problems (1 file checked)\n');
    }
  });

  test('a file without read permission', (t) => {
    if (process.platform === 'win32' || process.getuid?.() === 0) {
      const reason = 'running as root (or on Windows): file permissions do not stop root from reading, so this case cannot be produced';
      console.log(`# skipped: ${reason}`);
      t.skip(reason);
      return;
    }
    const dir = folder({ 'locked.partnership.yaml': VALID, 'valid.partnership.yaml': VALID, 'closed/a.partnership.yaml': VALID });
    chmodSync(join(dir, 'locked.partnership.yaml'), 0o000);
    chmodSync(join(dir, 'closed'), 0o000);
    try {
      const run = lint(['locked.partnership.yaml', 'closed', 'valid.partnership.yaml'], dir);
      assert.equal(run.status, 2);
      assert.match(run.stderr, /Cannot read locked\.partnership\.yaml: permission denied\./);
      assert.match(run.stderr, /Cannot read closed: permission denied\./);
      assert.equal(run.stdout, 'No problems (1 file checked)\n');
    } finally {
      chmodSync(join(dir, 'locked.partnership.yaml'), 0o644);
      chmodSync(join(dir, 'closed'), 0o755);
    }
  });
});

// ---- encodings -----------------------------------------------------------------------------

describe('encodings', () => {
  test('binary, invalid UTF-8 and UTF-16 files are refused with a clear message; the others are checked', () => {
    const latin1 = Buffer.from('project:\n  title: Skola\n  summary: "Sk\xe5ne"\n', 'latin1');
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(VALID, 'utf16le')]);
    const binary = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]);
    const dir = folder({
      'a-binary.partnership.yaml': binary,
      'b-latin1.partnership.yaml': latin1,
      'c-utf16.partnership.yaml': utf16,
      'd-valid.partnership.yaml': VALID,
    });
    const run = lint(['--format', 'json', '.'], dir);
    assert.equal(run.status, 2);
    assert.deepEqual(JSON.parse(run.stdout), [{ file: 'd-valid.partnership.yaml', diagnostics: [] }]);
    assert.equal(
      run.stderr,
      [
        'partnership-lint: Cannot check a-binary.partnership.yaml: it contains NUL bytes, so it is a binary file, not UTF-8 text.',
        'partnership-lint: Cannot check b-latin1.partnership.yaml: it is not valid UTF-8 text (the first invalid byte is on line 3). Save it as UTF-8.',
        'partnership-lint: Cannot check c-utf16.partnership.yaml: it is UTF-16 text. Save it as UTF-8.',
        '',
      ].join('\n'),
    );
  });

  test('a UTF-8 byte order mark is dropped: positions are those of the same file without it', () => {
    const dir = folder({
      'bom.partnership.yaml': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(ERRORS, 'utf8')]),
      'plain.partnership.yaml': ERRORS,
    });
    const run = lint(['--format', 'json', 'bom.partnership.yaml', 'plain.partnership.yaml'], dir);
    assert.equal(run.status, 1, run.stderr);
    const [bom, plain] = JSON.parse(run.stdout);
    assert.equal(bom.file, 'bom.partnership.yaml');
    assert.deepEqual(bom.diagnostics, plain.diagnostics);
    assert.deepEqual(bom.diagnostics, expected(ERRORS));
  });

  test('CRLF line ends give the same lines and columns', () => {
    const dir = folder({ 'crlf.partnership.yaml': ERRORS.replace(/\n/g, '\r\n') });
    const data = JSON.parse(lint(['--format', 'json', 'crlf.partnership.yaml'], dir).stdout);
    assert.deepEqual(
      data[0].diagnostics.map((d: ExpectedDiagnostic) => [d.rule, d.range]),
      expected(ERRORS).map((d) => [d.rule, d.range]),
    );
  });
});

// ---- folders -------------------------------------------------------------------------------

describe('folders', () => {
  test('searched recursively in sorted order, skipping node_modules and dot-folders; explicit files whatever their name', () => {
    const dir = folder({
      'apps/b.partnership.yaml': VALID,
      'apps/a.partnership.yml': ERRORS,
      'apps/sub/c.partnership.yaml': VALID,
      'apps/sub-z.partnership.yaml': VALID,
      'apps/Z.partnership.yaml': VALID,
      'apps/notes.yaml': 'not: an application\n',
      'apps/readme.partnership.yaml.bak': VALID,
      'apps/node_modules/pkg/x.partnership.yaml': ERRORS,
      'apps/.hidden/y.partnership.yaml': ERRORS,
      'apps/.git/z.partnership.yaml': ERRORS,
      'other.yaml': VALID,
    });
    const run = lint(['--format', 'json', 'apps', 'other.yaml', 'apps/b.partnership.yaml'], dir);
    assert.equal(run.status, 1, run.stderr);
    assert.equal(run.stderr, '');
    assert.deepEqual(
      JSON.parse(run.stdout).map((entry: { file: string }) => entry.file),
      [
        join('apps', 'Z.partnership.yaml'),
        join('apps', 'a.partnership.yml'),
        join('apps', 'b.partnership.yaml'),
        join('apps', 'sub', 'c.partnership.yaml'),
        join('apps', 'sub-z.partnership.yaml'),
        'other.yaml', // given explicitly: checked although its name does not match
        // apps/b.partnership.yaml again: already checked, not repeated
      ],
    );
  });

  test('the folder "." gives paths relative to it', () => {
    const dir = folder({ 'x/errors.partnership.yaml': ERRORS });
    const run = lint(['.'], dir);
    assert.equal(run.status, 1);
    assert.ok(run.stdout.startsWith(`${join('x', 'errors.partnership.yaml')}:`), run.stdout);
  });

  test('a folder without application files is reported: exit 2', () => {
    const dir = folder({ 'empty/notes.yaml': 'a: 1\n', 'empty/node_modules/x.partnership.yaml': ERRORS, 'valid.partnership.yaml': VALID });
    const run = lint(['empty', 'valid.partnership.yaml'], dir);
    assert.equal(run.status, 2);
    assert.equal(run.stderr, 'partnership-lint: No application files (*.partnership.yaml, *.partnership.yml) found in empty.\n');
    assert.equal(run.stdout, 'No problems (1 file checked)\n');
  });
});

// ---- robustness ------------------------------------------------------------------------------

describe('robustness', () => {
  test('a large file is checked in reasonable time', () => {
    const partners = Array.from(
      { length: 20_000 },
      (_, i) => `  - id: p${i}\n    name: Partner ${i}\n    country: ${i % 2 ? 'SE' : 'FI'}\n    type: school\n`,
    ).join('');
    const big = VALID.replace('partners:\n', `partners:\n${partners}`);
    const dir = folder({ 'big.partnership.yaml': big });
    const started = Date.now();
    const run = lint(['--format', 'json', 'big.partnership.yaml'], dir);
    const seconds = (Date.now() - started) / 1000;
    assert.equal(run.stderr, '');
    assert.ok(run.status === 0 || run.status === 1, `exit ${run.status}`);
    assert.equal(JSON.parse(run.stdout).length, 1);
    assert.ok(seconds < 30, `took ${seconds} s`);
  });

  test('an empty file and YAML syntax errors are diagnostics, not crashes', () => {
    const broken = 'project:\n  title: [unclosed\npartners: x\n';
    const dir = folder({ 'empty.partnership.yaml': '', 'broken.partnership.yaml': broken });
    const run = lint(['--format', 'json', 'broken.partnership.yaml', 'empty.partnership.yaml'], dir);
    assert.equal(run.status, 1, run.stderr);
    assert.equal(run.stderr, '');
    const [brokenResult, emptyResult] = JSON.parse(run.stdout);
    assert.deepEqual(brokenResult.diagnostics, expected(broken));
    assert.ok(brokenResult.diagnostics.some((d: ExpectedDiagnostic) => d.rule === 'yaml-syntax'));
    assert.deepEqual(emptyResult.diagnostics, expected(''));
  });
});

describe('rule failures', () => {
  // A rule that throws cannot be provoked through the built CLI, so this one runs the command in-process
  // with a check function that reports the failure the core would report.
  test('a rule that throws is reported once on stderr with its id; the other results stay; exit 2', () => {
    const dir = folder({ 'a.partnership.yaml': ERRORS, 'b.partnership.yaml': ERRORS });
    let out = '';
    let err = '';
    const status = runCli(
      ['--format', 'json', '.'],
      { cwd: dir, version, out: (text) => (out += text), err: (text) => (err += text) },
      (text, config) => ({
        ...checkText(text, config),
        failures: [{ rule: 'schema', error: 'TypeError: boom\n    at check (schema.ts:1:1)' }],
      }),
    );
    assert.equal(status, 2);
    assert.equal(
      err,
      'partnership-lint: Internal error in the rule schema while checking a.partnership.yaml; its diagnostics are missing ' +
        '(reported once). Please report this: TypeError: boom\n        at check (schema.ts:1:1)\n',
    );
    assert.deepEqual(
      JSON.parse(out).map((entry: { file: string; diagnostics: unknown[] }) => [entry.file, entry.diagnostics.length]),
      [
        ['a.partnership.yaml', expected(ERRORS).length],
        ['b.partnership.yaml', expected(ERRORS).length],
      ],
    );
  });
});
