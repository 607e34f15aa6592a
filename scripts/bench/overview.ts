/**
 * `npm run bench:overview`: what the overview costs on top of the check, in this process,
 * for the benchmark's generated applications (generate.ts) of 10, 100, 1 000 and 5 000
 * activities: `overviewOf` (the model from a check result) and `renderOverviewHtml` (the
 * document, report mode), median of --runs runs (default 15) after two warm-up runs, and the
 * check itself for scale. The language server's custom request and the webview add their own
 * transport and rendering time on top; those are measured where they are built.
 *
 * Options: --sizes 100,1000 --runs N
 */
import { performance } from 'node:perf_hooks';
import { checkText } from '../../server/src/core/check/check';
import { renderOverviewHtml } from '../../server/src/core/ide/overview/html';
import { overviewOf } from '../../server/src/core/ide/overview/model';
import { generateApplication } from './generate';

function option(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

const sizes = (option('--sizes') ?? '10,100,1000,5000').split(',').map(Number);
const runs = Number(option('--runs') ?? 15);

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function time(fn: () => void): number {
  const started = performance.now();
  fn();
  return performance.now() - started;
}

console.log('| activities | check | overviewOf | renderOverviewHtml | HTML size |');
console.log('|---:|---:|---:|---:|---:|');
for (const activities of sizes) {
  const text = generateApplication({ activities });
  const config = { locale: 'en' as const, rules: {} };
  const result = checkText(text, config);
  const overview = overviewOf(result, config);
  let html = '';
  const check: number[] = [];
  const model: number[] = [];
  const render: number[] = [];
  for (let run = 0; run < runs + 2; run++) {
    const c = time(() => checkText(text, config));
    const m = time(() => overviewOf(result, config));
    const r = time(() => (html = renderOverviewHtml([{ path: 'bench.partnership.yaml', overview }], { locale: 'en', mode: 'webview', nonce: 'benchmarkNonce1234' })));
    if (run < 2) continue;
    check.push(c);
    model.push(m);
    render.push(r);
  }
  const ms = (values: number[]) => `${median(values).toFixed(2)} ms`;
  console.log(`| ${activities} | ${ms(check)} | ${ms(model)} | ${ms(render)} | ${(html.length / 1024).toFixed(0)} KB |`);
}
