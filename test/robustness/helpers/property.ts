/**
 * fast-check with fixed seeds and bounded runs, so that the suite is
 * reproducible and its time bounded. Environment overrides for exploring:
 *
 *   ROBUSTNESS_SEED=123 node test/run.mjs robustness     other seed for every property
 *   ROBUSTNESS_RUNS=10 node test/run.mjs robustness      ten times the runs
 *
 * A failure names the seed, the path of the shrunk counterexample and the
 * counterexample itself (fast-check's report), so it can be replayed with
 * `fc.assert(..., { seed, path })`.
 */
import fc from 'fast-check';

export function seedFor(defaultSeed: number): number {
  const fromEnv = process.env.ROBUSTNESS_SEED;
  return fromEnv !== undefined && fromEnv !== '' ? Number(fromEnv) : defaultSeed;
}

export function runsFor(defaultRuns: number): number {
  const factor = Number(process.env.ROBUSTNESS_RUNS ?? '1');
  return Math.max(1, Math.round(defaultRuns * (Number.isFinite(factor) && factor > 0 ? factor : 1)));
}

export interface PropertyOptions {
  readonly seed: number;
  readonly numRuns: number;
}

/** Runs a property; on failure the error starts with the seed, then fast-check's own report. */
export function check<T>(name: string, arbitrary: fc.Arbitrary<T>, predicate: (value: T) => void, options: PropertyOptions): void {
  const seed = seedFor(options.seed);
  const numRuns = runsFor(options.numRuns);
  const details = fc.check(fc.property(arbitrary, predicate), { seed, numRuns });
  if (details.failed) {
    const report = fc.defaultReportMessage(details) ?? 'failed';
    const error = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
    throw new Error(`property "${name}" failed with seed ${seed} (numRuns ${numRuns}):\n${report}\nError: ${error}`);
  }
}

/** Values drawn deterministically from an arbitrary (for samples run through the CLI or the server). */
export function sample<T>(arbitrary: fc.Arbitrary<T>, count: number, seed: number): T[] {
  return fc.sample(arbitrary, { seed: seedFor(seed), numRuns: count });
}
