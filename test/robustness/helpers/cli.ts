/** Runs the built CLI (dist/cli/main.js) in a child process, as a user would. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CheckResult } from '../../../server/src/core/check/check';
import { ensureBuilt, ROOT } from '../../helpers/lsp-client';

export const CLI_BUNDLE = join(ROOT, 'dist', 'cli', 'main.js');

export interface CliRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export function lint(args: readonly string[], cwd: string, nodeArgs: readonly string[] = [], env?: NodeJS.ProcessEnv): CliRun {
  ensureBuilt();
  const run = spawnSync(process.execPath, [...nodeArgs, CLI_BUNDLE, ...args], {
    cwd,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    env: env ?? process.env,
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** A scratch folder removed when the process ends. */
export function scratchFolder(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), `partnership-${prefix}-`));
  process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** The CLI's JSON entry for a file, computed from the core's result (positions 0-based, as LSP). */
export function expectedJson(result: CheckResult): unknown[] {
  return result.findings.map((finding) => ({
    rule: finding.rule,
    severity: finding.severity,
    message: finding.message,
    range: { start: result.lines.position(finding.span.start), end: result.lines.position(finding.span.end) },
  }));
}
