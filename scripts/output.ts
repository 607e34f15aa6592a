import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The repository's root: where `npm run generate` writes, and where the generators read hand-written parts. */
export const ROOT = join(__dirname, '..');

/**
 * Writes `text` to `file` (a path relative to the repository's root) under `outDir`, and returns
 * `file`: every generator writes through this, so the freshness test can regenerate into a
 * temporary folder and compare file by file.
 */
export function writeOutput(outDir: string, file: string, text: string): string {
  const path = join(outDir, file);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
  return file;
}
