// Property tests over random applications built from the format's vocabulary
// (issue 6, "Random applications, valid and invalid"): the core never throws,
// every finding lies inside the document on valid UTF-16 positions, every
// code is a rule id, no rule fails; and the built CLI's exit status and JSON
// agree with the core's severities on a sample of the generated files.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { checkText } from '../../server/src/core/check/check';
import type { CheckConfig } from '../../server/src/core/base/types';
import { application, applicationText, applyHandEdits, checkConfig, handEdits, yamlStyle } from './helpers/applications';
import { expectedJson, lint, scratchFolder } from './helpers/cli';
import { assertInvariants, reported } from './helpers/invariants';
import { check, sample } from './helpers/property';
import { parseDocument, stringify } from 'yaml';

describe('random applications', () => {
  test('checkText never throws, and every finding satisfies the invariants (default config)', () => {
    check(
      'random applications',
      applicationText,
      (text) => {
        const result = checkText(text);
        assertInvariants(text, result);
      },
      { seed: 60_601, numRuns: 400 },
    );
  });

  test('the same holds under random locales and severity overrides, and overrides only change severities', () => {
    check(
      'random applications with config',
      fc.tuple(applicationText, checkConfig),
      ([text, config]) => {
        const result = checkText(text, config);
        assertInvariants(text, result, config);
        // Under the default severities the same findings, minus the rules turned off.
        const plain = checkText(text, { locale: config.locale, rules: {} });
        const kept = plain.findings.filter((finding) => config.rules[finding.rule] !== 'off');
        assert.deepEqual(
          result.findings.map((f) => [f.rule, f.span, f.message]),
          kept.map((f) => [f.rule, f.span, f.message]),
        );
      },
      { seed: 60_602, numRuns: 150 },
    );
  });

  test('the writing style never changes the verdict: block, flow, quoted and hand-edited text of one application', () => {
    // The same application written two ways reports the same rules in the same order, unless a
    // hand edit made the YAML itself different (a comment inside a value, a second document).
    check(
      'styles agree',
      fc.tuple(application, yamlStyle, yamlStyle, handEdits),
      ([value, styleA, styleB, edits]) => {
        // No folding here: the yaml package's writer folds some long double-quoted strings wrongly
        // (it once wrote `weeundefined`), which would make the two texts different applications.
        const a = stringify(value, { ...styleA, lineWidth: 0, aliasDuplicateObjects: false });
        const b = stringify(value, { ...styleB, lineWidth: 0, aliasDuplicateObjects: false });
        // Suppression comments change the findings on purpose; any other comment line must not.
        const commentLines = edits.commentLines.filter(([, comment]) => !comment.includes('partnership-disable'));
        const withComments = applyHandEdits(a, { ...edits, commentLines, trailingComments: [], documentEnd: false, bom: false, lineEnding: '\n' });
        const rules = (text: string) => {
          const result = checkText(text);
          assertInvariants(text, result);
          return result.findings.map((f) => `${f.rule}: ${f.message}`).sort();
        };
        const expected = rules(a);
        const other = rules(b);
        // Both are the yaml package's own output for one value. (With a short line width it sometimes
        // writes a flow collection on the line below its key, which is not valid YAML: skip those.)
        const syntax = (lines: string[]) => lines.some((line) => line.startsWith('yaml-syntax'));
        if (!syntax(expected) && !syntax(other)) {
          assert.deepEqual(other, expected, `styles differ:\n${a}\n----\n${b}`);
          // Comment lines never change the findings, as long as they leave the data alone (a comment
          // line that lands inside a multi-line quoted or block scalar is text, not a comment).
          if (sameData(a, withComments)) {
            assert.deepEqual(rules(withComments), expected, `comments changed the findings:\n${withComments}`);
          }
        }
      },
      { seed: 60_603, numRuns: 150 },
    );
  });

  test('LF, CRLF and lone CR line ends give the same findings at the same lines and columns', () => {
    check(
      'line endings',
      applicationText,
      (text) => {
        const lf = text.replace(/\r\n?/g, '\n');
        const seen = (variant: string) => {
          const result = checkText(variant);
          assertInvariants(variant, result);
          return result.findings.map((f) => [f.rule, f.message, result.lines.position(f.span.start), result.lines.position(f.span.end)]);
        };
        const expected = seen(lf);
        assert.deepEqual(seen(lf.replace(/\n/g, '\r\n')), expected, 'CRLF');
        assert.deepEqual(seen(lf.replace(/\n/g, '\r')), expected, 'CR');
      },
      { seed: 60_606, numRuns: 100 },
    );
  });

  test('checking is deterministic: the same text gives the same result, whatever was checked before', () => {
    check(
      'determinism',
      fc.tuple(applicationText, applicationText),
      ([first, second]) => {
        const alone = reported(checkText(second));
        checkText(first);
        assert.deepEqual(reported(checkText(second)), alone);
        assert.deepEqual(reported(checkText(second)), alone);
      },
      { seed: 60_604, numRuns: 100 },
    );
  });
});

describe('the built CLI agrees with the core on generated files', () => {
  test('exit status: 1 exactly when some diagnostic is an error (after --rule overrides), JSON equal to the core', () => {
    const dir = scratchFolder('apps');
    const files = sample(fc.tuple(applicationText, checkConfig), 24, 60_605);
    let sawError = false;
    let sawClean = false;
    const all: { name: string; text: string }[] = [];
    files.forEach(([rawText, sampled], i) => {
      let config = sampled;
      // The CLI drops a byte order mark (as editors do); the core is asked about the text it checks.
      const text = rawText.replace(/^\uFEFF/, '');
      const name = `app-${String(i).padStart(2, '0')}.partnership.yaml`;
      writeFileSync(join(dir, name), rawText);
      all.push({ name, text });
      if (i >= 8) return; // one process per file for the first few; the rest in one run below
      // Generated applications nearly always hold errors: for every other file, lower each rule that
      // reports an error to something milder (or off), so that both exit statuses are tested.
      if (i % 2 === 1) config = demoteErrors(text, config, i);
      const args = ['--format', 'json', '--locale', config.locale, ...ruleArgs(config), name];
      const run = lint(args, dir);
      const result = checkText(text, config);
      const errors = result.findings.filter((f) => f.severity === 'error').length;
      if (errors > 0) sawError = true;
      else sawClean = true;
      assert.equal(run.stderr, '', `stderr for ${name}`);
      assert.equal(run.status, errors > 0 ? 1 : 0, `exit status for ${name} (${errors} errors) with ${args.join(' ')}`);
      assert.deepEqual(JSON.parse(run.stdout), [{ file: name, diagnostics: expectedJson(result) }], `JSON for ${name}`);
    });
    // Every file at once, default configuration: the status is that of the worst file.
    const run = lint(['--format', 'json', '.'], dir);
    const results = all.map(({ name, text }) => ({ name, result: checkText(text) }));
    const anyError = results.some(({ result }) => result.findings.some((f) => f.severity === 'error'));
    assert.equal(run.stderr, '');
    assert.equal(run.status, anyError ? 1 : 0);
    assert.deepEqual(
      JSON.parse(run.stdout),
      results.map(({ name, result }) => ({ file: name, diagnostics: expectedJson(result) })),
    );
    // The sample must exercise both outcomes, or the status test proves little.
    assert.ok(sawError && sawClean, `the sample should hold files with and without errors (errors: ${sawError}, clean: ${sawClean})`);
  });
});

/** Whether two texts are YAML without errors for the same data. */
function sameData(a: string, b: string): boolean {
  const docA = parseDocument(a, { uniqueKeys: false });
  const docB = parseDocument(b, { uniqueKeys: false });
  if (docA.errors.length > 0 || docB.errors.length > 0) return false;
  return JSON.stringify(docA.toJS({ mapAsMap: false })) === JSON.stringify(docB.toJS({ mapAsMap: false }));
}

const MILDER = ['warning', 'information', 'hint', 'off'] as const;

function demoteErrors(text: string, config: CheckConfig, seed: number): CheckConfig {
  const rules = { ...config.rules };
  const erring = [...new Set(checkText(text, config).findings.filter((f) => f.severity === 'error').map((f) => f.rule))];
  erring.forEach((rule, j) => (rules[rule] = MILDER[(seed + j) % MILDER.length]));
  return { ...config, rules };
}

function ruleArgs(config: CheckConfig): string[] {
  return Object.entries(config.rules).flatMap(([rule, severity]) => ['--rule', `${rule}=${severity}`]);
}
