// `npm run test:browser`: the HTML report (`partnership-lint --format html`) checked in a real
// Chromium, the same Debian Chromium and playwright-core the end-to-end test installs
// (scripts/e2e/install.mjs). For the report of examples/ in English and Swedish, light and dark:
//
//  - it renders with no console message of type error (a CSP violation is one), no page error,
//    and no request leaving the page: every request but the document itself is aborted and counted;
//  - the timeline has one bar per scheduled activity (the overview model says which), each
//    starting inside the column of its start month and ending inside the column of its end month;
//  - the matrix: each row's cells add up to its total, each column's to its total, and the grand
//    total equals the participants counted from the application's groups (those with a sender
//    and a host); the by-role total equals all participants;
//  - every activity has its data-activity and every diagnostic its data-rule, and a visible "!"
//    marks exactly the activities with a diagnostic;
//  - the webview document: its nonce admits the style and script under its CSP, and a click (or
//    Enter) on an activity or diagnostic posts `{ type: 'reveal', file, line }`.
//
// UPDATE_SCREENSHOTS=1 writes docs/images/report.png (only then: a test run leaves the tree as
// it was). Where the browser cannot be installed it prints SKIP and exits 0; under CI (CI=true)
// it fails instead. Run as `npm run test:browser` (node --import tsx: it reads the expectations
// from the checker's TypeScript sources).
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { checkText } from '../../server/src/core/check/check.ts';
import { renderOverviewHtml } from '../../server/src/core/ide/overview/html.ts';
import { overviewOf } from '../../server/src/core/ide/overview/model.ts';
import { ensureRuntime, ROOT, Skip } from '../e2e/install.mjs';

const EXAMPLES = join(ROOT, 'examples');
const CLI = join(ROOT, 'dist', 'cli', 'main.js');
const SCREENSHOT = join(ROOT, 'docs', 'images', 'report.png');
const TIMEOUT_MS = 30_000;

const results = [];
function check(name, ok, detail = '') {
  results.push({ name, ok });
  console.log(`${ok ? 'ok' : 'not ok'} ${results.length} - ${name}${ok || !detail ? '' : `\n  # ${detail}`}`);
}

/** The expectations, from the checker itself: per example file, its overview. */
function expectedOverviews(locale) {
  return readdirSync(EXAMPLES)
    .filter((name) => name.endsWith('.partnership.yaml'))
    .sort()
    .map((name) => {
      const text = readFileSync(join(EXAMPLES, name), 'utf8');
      return { path: `examples/${name}`, overview: overviewOf(checkText(text, { locale, rules: {} }), { locale }) };
    });
}

function report(locale) {
  const result = spawnSync(process.execPath, [CLI, '--format', 'html', '--locale', locale, 'examples/'], { cwd: ROOT, encoding: 'utf8' });
  if (result.status !== 0 && result.status !== 1) throw new Error(`partnership-lint --format html exited ${result.status}: ${result.stderr}`);
  return result.stdout;
}

/** What the page shows, read in the browser: per file, the bars and their month columns, the matrix, the marks. */
function readPage() {
  const box = (element) => {
    const r = element.getBoundingClientRect();
    return { left: r.left, right: r.right };
  };
  return [...document.querySelectorAll('section.file')].map((section) => {
    const months = Object.fromEntries([...section.querySelectorAll('svg.timeline rect.month')].map((m) => [m.getAttribute('data-month'), box(m)]));
    const bars = [...section.querySelectorAll('svg.timeline .activity')]
      .filter((row) => row.querySelector('rect.bar'))
      .map((row) => ({
        id: row.getAttribute('data-activity'),
        startMonth: row.getAttribute('data-start-month'),
        endMonth: row.getAttribute('data-end-month'),
        bar: box(row.querySelector('rect.bar')),
      }));
    const number = (element) => Number(element?.textContent ?? NaN);
    const matrix = section.querySelector('table.matrix');
    const rows = matrix
      ? [...matrix.querySelectorAll('tbody tr')].map((tr) => ({
          cells: [...tr.querySelectorAll('td[data-from]')].map(number),
          total: number(tr.querySelector('td[data-row-total]')),
        }))
      : [];
    const columnTotals = matrix ? [...matrix.querySelectorAll('td[data-column-total]')].map(number) : [];
    return {
      file: section.getAttribute('data-file'),
      months,
      bars,
      activities: [...section.querySelectorAll('[data-activity]')].map((a) => a.getAttribute('data-activity')),
      marked: [...section.querySelectorAll('svg.timeline .activity')]
        .filter((row) => row.querySelector('.problem-mark') && getComputedStyle(row.querySelector('.problem-mark circle')).fill !== 'none')
        .map((row) => row.getAttribute('data-activity')),
      rules: [...section.querySelectorAll('[data-rule]')].map((d) => d.getAttribute('data-rule')),
      rows,
      columnTotals,
      grandTotal: matrix ? number(matrix.querySelector('td[data-grand-total]')) : 0,
      roleTotal: number(section.querySelector('table.by-role td[data-total-participants]')),
      background: getComputedStyle(document.body).backgroundColor,
    };
  });
}

const inside = (x, column) => column !== undefined && x >= column.left - 0.5 && x <= column.right + 0.5;

function checkFile(seen, expected, label) {
  const o = expected.overview;
  const scheduled = o.activities.filter((a) => a.schedule.kind === 'scheduled');
  check(`${label}: one bar per scheduled activity (${scheduled.length})`, seen.bars.length === scheduled.length, JSON.stringify(seen.bars.map((b) => b.id)));
  for (const activity of scheduled) {
    const bar = seen.bars.find((b) => b.id === (activity.id ?? ''));
    const start = o.period.axis[activity.schedule.startMonth].month;
    const end = o.period.axis[activity.schedule.endMonth].month;
    const ok = bar !== undefined && bar.startMonth === start && inside(bar.bar.left, seen.months[start]) && inside(bar.bar.right, seen.months[end]);
    check(`${label}: ${activity.id} is drawn from ${start} to ${end}`, ok, JSON.stringify({ bar, start: seen.months[start], end: seen.months[end] }));
  }
  check(`${label}: every activity has its data-activity`, JSON.stringify(seen.activities) === JSON.stringify(o.activities.map((a) => a.id ?? '')), JSON.stringify(seen.activities));
  const withProblems = o.activities.filter((a) => a.rules.length > 0).map((a) => a.id ?? '');
  check(`${label}: a visible "!" marks exactly the activities with a diagnostic (${withProblems.length})`, JSON.stringify(seen.marked) === JSON.stringify(withProblems), JSON.stringify(seen.marked));
  check(`${label}: every diagnostic has its data-rule`, JSON.stringify(seen.rules) === JSON.stringify(o.diagnostics.map((d) => d.rule)), JSON.stringify(seen.rules));

  const sum = (values) => values.reduce((a, b) => a + b, 0);
  const rowsAdd = seen.rows.every((row) => sum(row.cells) === row.total);
  const columns = seen.columnTotals.map((_, i) => sum(seen.rows.map((row) => row.cells[i])));
  check(`${label}: each matrix row and column adds up to its total`, rowsAdd && JSON.stringify(columns) === JSON.stringify(seen.columnTotals), JSON.stringify(seen.rows));
  const counted = sum(o.activities.flatMap((a) => (a.host === undefined ? [] : a.participants.filter((g) => g.from !== undefined).map((g) => g.count ?? 0))));
  const all = sum(o.activities.flatMap((a) => a.participants.map((g) => g.count ?? 0)));
  check(`${label}: the matrix total (${seen.grandTotal}) is the participants sent to a host (${counted})`, seen.grandTotal === counted && sum(seen.rows.map((r) => r.total)) === counted);
  check(`${label}: the by-role total (${seen.roleTotal}) is every participant (${all})`, seen.roleTotal === all);
}

async function openReport(browser, html, options) {
  const dir = mkdtempSync(join(tmpdir(), 'partnership-report-'));
  const file = join(dir, 'report.html');
  writeFileSync(file, html);
  const url = pathToFileURL(file).href;
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme: options.colorScheme, offline: true });
  const page = await context.newPage();
  const problems = [];
  const requests = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`console ${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  await context.route('**/*', (route) => {
    if (route.request().url() === url) return route.continue();
    requests.push(route.request().url());
    return route.abort();
  });
  // VS Code's webview API, recorded: what the overview's script posts to the extension.
  await page.addInitScript(() => {
    window.acquireVsCodeApi = () => ({ postMessage: (message) => window.posted?.push(message) });
  });
  await page.goto(url, { waitUntil: 'load', timeout: TIMEOUT_MS });
  return { page, problems, requests, close: async () => { await context.close(); rmSync(dir, { recursive: true, force: true }); } };
}

/**
 * The webview document (as the VS Code overview shows it): its nonce lets the style and the one
 * script run under its CSP, and a click on an activity or a diagnostic posts the line to reveal.
 * acquireVsCodeApi is VS Code's; here a stand-in records the messages.
 */
async function checkWebview(browser) {
  const [file] = expectedOverviews('en').filter((f) => f.path.endsWith('typical-mistakes.partnership.yaml'));
  const html = renderOverviewHtml([file], { locale: 'en', mode: 'webview', nonce: 'cHJvYmVOb25jZTEyMzQ=', cspSource: "'self' https://*.vscode-cdn.net" });
  const opened = await openReport(browser, html, { colorScheme: 'light' });
  try {
    await opened.page.evaluate(() => {
      window.posted = [];
    });
    check('webview: renders with no console error (the nonce admits the style and script)', opened.problems.length === 0, opened.problems.join('; '));
    const activity = file.overview.activities[0];
    await opened.page.click(`svg.timeline [data-activity="${activity.id}"] .activity-label`);
    const diagnostic = file.overview.diagnostics[0];
    await opened.page.click(`[data-rule="${diagnostic.rule}"][data-line="${diagnostic.line}"]`);
    await opened.page.focus(`svg.timeline [data-activity="${activity.id}"]`);
    await opened.page.keyboard.press('Enter');
    const posted = await opened.page.evaluate(() => window.posted);
    const want = [activity.line, diagnostic.line, activity.line].map((line) => ({ type: 'reveal', file: file.path, line }));
    check('webview: a click (or Enter) on an activity or a diagnostic posts the line to reveal', JSON.stringify(posted) === JSON.stringify(want), JSON.stringify(posted));
  } finally {
    await opened.close();
  }
}

async function main() {
  let paths;
  try {
    paths = ensureRuntime((line) => console.log(`[browser] ${line}`));
  } catch (error) {
    if (!(error instanceof Skip)) throw error;
    console.log(`SKIP browser test: ${error.message}`);
    if (process.env.CI === 'true') {
      console.log('browser test: CI=true, and a test that cannot run counts as failed there');
      return 1;
    }
    return 0;
  }
  const { chromium } = await import(pathToFileURL(paths.playwright).href);
  const browser = await chromium.launch({
    executablePath: paths.chromium,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    for (const [locale, colorScheme] of [['en', 'light'], ['sv', 'dark']]) {
      const label = `${locale}, ${colorScheme}`;
      const expected = expectedOverviews(locale);
      const opened = await openReport(browser, report(locale), { colorScheme });
      try {
        const seen = await opened.page.evaluate(readPage);
        check(`${label}: renders with no console error or page error`, opened.problems.length === 0, opened.problems.join('; '));
        check(`${label}: no request leaves the page`, opened.requests.length === 0, opened.requests.join(', '));
        check(`${label}: one section per example`, JSON.stringify(seen.map((s) => s.file)) === JSON.stringify(expected.map((e) => e.path)));
        const dark = colorScheme === 'dark';
        const [r, g, b] = (seen[0]?.background.match(/\d+/g) ?? []).map(Number);
        check(`${label}: the page follows the ${colorScheme} scheme`, dark ? r + g + b < 150 : r + g + b > 600, seen[0]?.background);
        expected.forEach((file, i) => seen[i] && checkFile(seen[i], file, `${label}: ${file.path}`));
        if (locale === 'en' && process.env.UPDATE_SCREENSHOTS === '1' && results.every((result) => result.ok)) {
          mkdirSync(join(ROOT, 'docs', 'images'), { recursive: true });
          // The school example from its title to the matrix: period, timeline, partners, who sends whom.
          const clip = await opened.page.evaluate(() => {
            const section = document.querySelector('section.file[data-file="examples/school-democracy.partnership.yaml"]');
            const top = section.getBoundingClientRect().top + window.scrollY;
            const bottom = section.querySelector('section.flows').getBoundingClientRect().bottom + window.scrollY;
            return { x: 0, y: top - 8, width: 1100, height: bottom - top + 24 };
          });
          await opened.page.screenshot({ path: SCREENSHOT, clip, fullPage: true });
          console.log(`[browser] wrote ${SCREENSHOT}`);
        }
      } finally {
        await opened.close();
      }
    }
    await checkWebview(browser);
  } finally {
    await browser.close();
  }
  const failed = results.filter((result) => !result.ok).length;
  console.log(`browser test: ${results.length - failed} passed, ${failed} failed`);
  return failed === 0 ? 0 : 1;
}

main().then(
  (status) => process.exit(status),
  (error) => {
    console.error(`browser test: ${error instanceof Error ? error.stack : String(error)}`);
    process.exit(1);
  },
);
