/**
 * Measuring in a child process: the hostile-input runner (bundled once with
 * esbuild, so a case costs a Node start rather than a TypeScript compile), and
 * the built CLI with a preload that records its peak memory at exit.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import { ensureBuilt, ROOT } from '../../helpers/lsp-client';
import { CLI_BUNDLE, scratchFolder, type CliRun } from './cli';

export interface CaseFinding {
  readonly rule: string;
  readonly severity: string;
  readonly message: string;
  readonly span: { readonly start: number; readonly end: number };
  /** `line:character-line:character`, 0-based, UTF-16 columns. */
  readonly range: string;
  /** The start of the text the finding points at. */
  readonly text: string;
}

export interface CaseReport {
  readonly name: string;
  readonly length: number;
  readonly ms: number;
  readonly baselineMB: number;
  readonly peakMB: number;
  readonly growthMB: number;
  readonly peakReset: boolean;
  readonly findingCount: number;
  readonly findings: readonly CaseFinding[];
  readonly failures: readonly unknown[];
  readonly prototypeChanged: boolean;
  readonly polluted: boolean;
  readonly partnerIds: readonly (string | null)[] | null;
  readonly title: string | null;
}

let runner: string | undefined;

function bundledRunner(): string {
  if (runner) return runner;
  const dir = scratchFolder('hostile');
  runner = join(dir, 'hostile-runner.js');
  buildSync({
    entryPoints: [join(ROOT, 'test', 'robustness', 'helpers', 'hostile-runner.ts')],
    outfile: runner,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    logLevel: 'error',
  });
  return runner;
}

/** Runs one case of hostile-cases.ts in a fresh process and returns its report. */
export function runCase(name: string): CaseReport {
  const run = spawnSync(process.execPath, ['--expose-gc', bundledRunner(), name], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    timeout: 120_000,
  });
  if (run.status !== 0) throw new Error(`case ${name} ended with status ${run.status} (${run.signal ?? 'no signal'}):\n${run.stderr}`);
  return JSON.parse(run.stdout) as CaseReport;
}

export interface MeasuredCliRun extends CliRun {
  readonly ms: number;
  /** Peak resident memory of the CLI process. */
  readonly peakMB: number;
}

/** The built CLI, with a preload that writes its peak memory (maxRSS) when it exits. */
export function measureCli(args: readonly string[], cwd: string): MeasuredCliRun {
  ensureBuilt();
  const dir = scratchFolder('measure');
  const preload = join(dir, 'measure-preload.cjs');
  const out = join(dir, 'rss.json');
  writeFileSync(
    preload,
    `process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(out)}, JSON.stringify({ maxRSS: process.resourceUsage().maxRSS })));\n`,
  );
  const started = performance.now();
  const run = spawnSync(process.execPath, ['--require', preload, CLI_BUNDLE, ...args], {
    cwd,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    timeout: 180_000,
  });
  const ms = performance.now() - started;
  const { maxRSS } = JSON.parse(readFileSync(out, 'utf8')) as { maxRSS: number };
  rmSync(dir, { recursive: true, force: true });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr, ms, peakMB: maxRSS / 1024 };
}

/** A line for the test's diagnostics: what was measured. */
export function measured(label: string, ms: number, peakMB: number, extra = ''): string {
  return `${label}: ${ms.toFixed(0)} ms, peak ${peakMB.toFixed(0)} MB${extra}`;
}
