/**
 * Child process of hostile.test.ts (bundled with esbuild, run with
 * `node --expose-gc`): builds one hostile input, checks it once through
 * `checkText`, and prints what happened as JSON on stdout: wall time of the
 * check, peak resident memory (VmHWM, reset before the check where Linux
 * allows it), the findings with LSP positions, and whether Object.prototype
 * changed.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { checkText } from '../../../server/src/core/check/check';
import { CASES } from './hostile-cases';

/** Resident memory in MB from /proc (Linux); elsewhere Node's own figures (the peak then cannot be reset). */
function status(field: 'VmHWM' | 'VmRSS'): number {
  try {
    const match = new RegExp(`${field}:\\s+(\\d+) kB`).exec(readFileSync('/proc/self/status', 'utf8'));
    if (match) return Number(match[1]) / 1024;
  } catch {
    // not Linux
  }
  return field === 'VmHWM' ? process.resourceUsage().maxRSS / 1024 : process.memoryUsage().rss / 1024 / 1024;
}

const name = process.argv[2];
const make = CASES[name];
if (!make) throw new Error(`unknown case ${name}`);

// Warm up: load and compile the checker on a small document, so that the measurement is the input's.
checkText('project:\n  title: warm\n  field: youth\npartners: []\n');
const text = make();
const prototypeBefore = Object.getOwnPropertyNames(Object.prototype).sort();
(globalThis as { gc?: () => void }).gc?.();
let peakReset = true;
try {
  writeFileSync('/proc/self/clear_refs', '5'); // resets VmHWM to the current RSS
} catch {
  peakReset = false;
}
const baselineMB = status('VmRSS');
const started = performance.now();
const result = checkText(text);
const ms = performance.now() - started;
const peakMB = status('VmHWM');
const prototypeAfter = Object.getOwnPropertyNames(Object.prototype).sort();

const report = {
  name,
  length: text.length,
  ms,
  baselineMB,
  peakMB,
  growthMB: peakMB - baselineMB,
  peakReset,
  findingCount: result.findings.length,
  findings: result.findings.slice(0, 2000).map((finding) => ({
    rule: finding.rule,
    severity: finding.severity,
    message: finding.message,
    span: finding.span,
    range: `${pos(finding.span.start)}-${pos(finding.span.end)}`,
    text: text.slice(finding.span.start, Math.min(finding.span.end, finding.span.start + 60)),
  })),
  failures: result.failures,
  prototypeChanged: JSON.stringify(prototypeBefore) !== JSON.stringify(prototypeAfter),
  polluted: ({} as Record<string, unknown>).polluted !== undefined || (globalThis as Record<string, unknown>).pwned !== undefined,
  partnerIds: result.app.partners?.items.map((partner) => partner.id?.value ?? null) ?? null,
  title: typeof result.app.project?.title?.value === 'string' ? result.app.project.title.value.slice(0, 80) : null,
};
process.stdout.write(JSON.stringify(report));

function pos(offset: number): string {
  const position = result.lines.position(offset);
  return `${position.line}:${position.character}`;
}
