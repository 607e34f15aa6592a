// The overview model (core/overview/model.ts) against goldens: the examples and the edge cases
// in fixtures/overview (no project start, broken values, activities outside the period, a
// syntax error, an empty file). UPDATE_EXPECT=1 rewrites the goldens (review the diff).
// Then the renderer's promises that do not need a browser (test/browser/report.test.mjs
// checks the rendered report in Chromium).
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { checkText } from '../server/src/core/check/check';
import { renderOverviewHtml } from '../server/src/core/ide/overview/html';
import { overviewOf, type Overview } from '../server/src/core/ide/overview/model';
import type { Locale } from '../server/src/core/base/types';
import { compareGolden } from './helpers/golden';

const FIXTURES = join(__dirname, 'fixtures', 'overview');
const EXAMPLES = join(__dirname, '..', 'examples');
const EXAMPLE_GOLDENS = join(FIXTURES, 'examples');

const applications = (dir: string) => readdirSync(dir).filter((name) => name.endsWith('.partnership.yaml')).sort();

function overview(text: string, locale: Locale = 'en'): Overview {
  return overviewOf(checkText(text, { locale, rules: {} }), { locale });
}

const json = (value: unknown) => JSON.stringify(value, null, 2) + '\n';
const base = (name: string) => name.replace(/\.partnership\.yaml$/, '');

describe('overview model goldens', () => {
  for (const name of applications(EXAMPLES)) {
    test(`examples/${name}`, () => {
      const text = readFileSync(join(EXAMPLES, name), 'utf8');
      compareGolden(join(EXAMPLE_GOLDENS, `${base(name)}.overview.en.json`), json(overview(text)));
    });
  }
  for (const name of applications(FIXTURES)) {
    for (const locale of name.startsWith('outside-period') ? (['en', 'sv'] as const) : (['en'] as const)) {
      test(`fixtures/overview/${name} (${locale})`, () => {
        const text = readFileSync(join(FIXTURES, name), 'utf8');
        compareGolden(join(FIXTURES, `${base(name)}.overview.${locale}.json`), json(overview(text, locale)));
      });
    }
  }
});

describe('overview model', () => {
  const text = readFileSync(join(FIXTURES, 'outside-period.partnership.yaml'), 'utf8');
  const o = overview(text);

  test('places dated activities on the months of the axis, which reaches past the period', () => {
    assert.equal(o.period.start, '2027-09-01');
    assert.equal(o.period.end, '2028-08-31');
    assert.equal(o.period.axis[0].month, '2027-07');
    assert.equal(o.period.axis.at(-1)?.month, '2028-09');
    const c1 = o.activities[0].schedule;
    assert.ok(c1.kind === 'scheduled');
    assert.deepEqual([o.period.axis[c1.startMonth].month, o.period.axis[c1.endMonth].month, c1.outsidePeriod], ['2027-07', '2027-08', true]);
    const c2 = o.activities[1].schedule;
    assert.ok(c2.kind === 'scheduled');
    assert.deepEqual([c2.start, c2.end, c2.outsidePeriod], ['2028-07-01', '2028-09-30', true]);
    assert.equal(o.activities[2].schedule.kind === 'scheduled' && o.activities[2].schedule.outsidePeriod, false);
  });

  test('ties each diagnostic to its activity or partner, with its 0-based line', () => {
    const lines = text.split('\n');
    for (const d of o.diagnostics) {
      if (d.activity !== undefined) assert.ok(d.line >= o.activities[d.activity].line, `${d.rule} after its activity`);
    }
    const outside = o.diagnostics.filter((d) => d.rule === 'outside-project-period');
    assert.deepEqual(outside.map((d) => [o.activities[d.activity!].id, lines[d.line].trim()]), [
      ['C1', 'start: 2027-07-28'],
      ['C1', 'end: 2027-08-02'],
      // start + written duration past the period's end (spec revision 2)
      ['C2', 'duration: 3 months'],
    ]);
    const coordinator = o.diagnostics.find((d) => d.rule === 'coordinator');
    assert.equal(coordinator?.partner, 'de-school');
    assert.equal(coordinator?.activity, undefined);
  });

  test('flows, matrix totals and totals agree with the participant counts', () => {
    const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
    const participants = sum(o.activities.flatMap((a) => a.participants.map((g) => g.count ?? 0)));
    assert.equal(o.totals.participants, participants);
    assert.equal(sum(o.flows.map((f) => f.participants)) + o.totals.unassigned, participants);
    assert.equal(sum(o.totals.byRole.map((r) => r.participants)), participants);
    assert.equal(sum(o.totals.byType.map((t) => t.participants)), participants);
    assert.deepEqual(o.flows, [
      { from: 'se-school', to: 'de-school', participants: 2 },
      { from: 'de-school', to: 'se-school', participants: 3 },
    ]);
  });

  test('is plain data: JSON round-trips it unchanged', () => {
    for (const name of applications(EXAMPLES)) {
      const value = overview(readFileSync(join(EXAMPLES, name), 'utf8'));
      assert.deepEqual(JSON.parse(JSON.stringify(value)), JSON.parse(json(value)));
      assert.equal(JSON.stringify(value).includes('"span"'), false);
    }
  });

  test('never throws on any prefix of an example, and the report has one data-activity per activity', () => {
    const text = readFileSync(join(EXAMPLES, 'school-democracy.partnership.yaml'), 'utf8');
    for (let end = 0; end <= text.length; end += 7) {
      const o = overview(text.slice(0, end));
      const html = renderOverviewHtml([{ path: 'a.partnership.yaml', overview: o }], { locale: 'en', mode: 'report' });
      assert.equal((html.match(/ data-activity="/g) ?? []).length, o.activities.length, `prefix of ${end} characters`);
      assert.equal((html.match(/ data-rule="/g) ?? []).length, o.diagnostics.length, `prefix of ${end} characters`);
    }
  });
});

describe('overview HTML', () => {
  const broken = readFileSync(join(FIXTURES, 'broken-values.partnership.yaml'), 'utf8');
  const o = overview(broken);

  test('escapes every user value', () => {
    const html = renderOverviewHtml([{ path: 'x<y>&"z".partnership.yaml', overview: o }], { locale: 'en', mode: 'report' });
    assert.equal(html.includes('<script>alert(1)</script>'), false);
    assert.ok(html.includes('&lt;script&gt;alert(1)&lt;/script&gt;'));
    assert.ok(html.includes('&lt;b&gt;Broken&lt;/b&gt; &amp; &quot;quoted&quot;'));
    assert.ok(html.includes('data-file="x&lt;y&gt;&amp;&quot;z&quot;.partnership.yaml"'));
    assert.equal((html.match(/<script/g) ?? []).length, 0, 'a report has no script');
  });

  test('a report allows only its own style, by hash; nothing is fetched', () => {
    const html = renderOverviewHtml([{ path: 'a', overview: o }], { locale: 'en', mode: 'report' });
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1] ?? '';
    assert.match(csp, /^default-src 'none'; style-src 'sha256-[A-Za-z0-9+/=]+'; script-src 'none'; img-src data:; base-uri 'none'; form-action 'none'$/);
    assert.equal(/\b(src|href)=/.test(html), false, 'no src or href attribute');
    assert.equal(/url\(|@import/.test(html), false, 'no url() or @import in the style');
    assert.match(html, /@media \(prefers-color-scheme: dark\)/);
    assert.match(html, /@media print/);
  });

  test('a webview uses the nonce for its style and its reveal script, and the theme variables', () => {
    const html = renderOverviewHtml([{ path: 'a', overview: o }], { locale: 'en', mode: 'webview', cspSource: 'vscode-webview://abc', nonce: 'n0nceN0nce12' });
    assert.match(html, /style-src 'nonce-n0nceN0nce12' vscode-webview:\/\/abc; script-src 'nonce-n0nceN0nce12';/);
    assert.match(html, /<style nonce="n0nceN0nce12">/);
    assert.match(html, /<script nonce="n0nceN0nce12">[\s\S]*acquireVsCodeApi\(\)[\s\S]*type: 'reveal'/);
    assert.match(html, /var\(--vscode-editor-background\)/);
    assert.equal(html.includes('prefers-color-scheme: dark'), false);
  });

  test("the webview's cspSource keeps its sources and nothing that could end the directive", () => {
    const policy = (cspSource: string) =>
      /content="([^"]+)"/.exec(renderOverviewHtml([{ path: 'a', overview: o }], { locale: 'en', mode: 'webview', cspSource, nonce: 'n0nceN0nce12' }))?.[1];
    assert.match(policy("'self' https://*.vscode-cdn.net") ?? '', /style-src 'nonce-n0nceN0nce12' 'self' https:\/\/\*\.vscode-cdn\.net; script-src/);
    assert.match(policy("x; script-src * 'unsafe-inline'") ?? '', /style-src 'nonce-n0nceN0nce12'; script-src 'nonce-n0nceN0nce12';/);
    assert.match(policy('"><script>') ?? '', /style-src 'nonce-n0nceN0nce12'; /);
  });

  test('Swedish labels come from the vocabulary and the l10n bundle', () => {
    const school = overview(readFileSync(join(EXAMPLES, 'school-democracy.partnership.yaml'), 'utf8'), 'sv');
    const html = renderOverviewHtml([{ path: 'a', overview: school }], { locale: 'sv', mode: 'report' });
    assert.match(html, /<html lang="sv">/);
    for (const text of ['Översikt över partnerskapet', 'Projektperiod', '2027-09-01 – 2029-08-31 (24 månader)', 'Kortare utbyten för elevgrupper', 'Sändande organisation → värdorganisation', 'Samordnare', 'Skola']) {
      assert.ok(html.includes(text), text);
    }
  });
});
