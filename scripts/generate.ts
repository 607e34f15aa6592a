/**
 * `npm run generate`: writes every generated file of the repository, in an order where each
 * generator finds what it reads already written:
 *
 * 0. the rule table (rules/index.ts, rule-ids.ts), from the rule files' names; the generators
 *    after it load the rules, so they are imported only once it is written;
 * 1. the JSON Schema, from the format's keys and vocabulary (server/src/core/format/keys.ts, vocabulary.ts);
 * 2. the standalone validator, compiled from that schema file;
 * 3. the TextMate grammar, from the same tables;
 * 4. package.json's `partnership.rules` setting and its translations, from the rule table;
 * 5. the rule docs (README table, docs/rules.md), from the rule table;
 * 6. the format reference docs/format.md, from the keys and vocabulary (the schema's own sources).
 *
 * Usage: npm run generate [-- --out DIR]   (DIR: write there instead of into the repository)
 * test/generated.test.ts regenerates into a temporary folder and compares with the committed files.
 */
import { resolve } from 'node:path';
import { generateFormatDoc } from './generate-format-doc';
import { ROOT } from './output';
import { generateRuleTable } from './generate-rule-table';

export interface Generator {
  readonly name: string;
  /** Writes the generator's files under `outDir`; returns their paths relative to it. */
  readonly run: (outDir: string) => string[] | Promise<string[]>;
}

/** The validator generator is an ES module (it loads ajv's standalone code generator), so it is imported, not required. */
async function generateValidator(outDir: string): Promise<string[]> {
  return (await import('./generate-validator.mjs')).generateValidator(outDir);
}

// The rule table comes first, and the generators that load the rules are imported after it is
// written (require, not a static import: a static import would load the
// rules before the table is written), so that a new rule file is in the manifest and the docs
// of the same run.
/* eslint-disable @typescript-eslint/no-require-imports -- loaded after the rule table is written, on purpose */
export const GENERATORS: readonly Generator[] = [
  { name: 'rule table', run: generateRuleTable },
  { name: 'schema', run: (outDir) => (require('./generate-schema') as typeof import('./generate-schema')).generateSchema(outDir) },
  { name: 'validator', run: generateValidator },
  { name: 'grammar', run: (outDir) => (require('./generate-grammar') as typeof import('./generate-grammar')).generateGrammar(outDir) },
  { name: 'manifest', run: (outDir) => (require('./generate-manifest') as typeof import('./generate-manifest')).generateManifest(outDir) },
  { name: 'docs', run: (outDir) => (require('./generate-docs') as typeof import('./generate-docs')).generateDocs(outDir) },
  // The format reference reads only the keys and the vocabulary, not the rules: a plain import.
  { name: 'format-doc', run: generateFormatDoc },
];
/* eslint-enable @typescript-eslint/no-require-imports */

/** Runs every generator into `outDir`, one after the other; returns the files written, relative to it. */
export async function generateAll(outDir: string): Promise<string[]> {
  const written: string[] = [];
  for (const generator of GENERATORS) written.push(...(await generator.run(outDir)));
  return written;
}

if (require.main === module) {
  const at = process.argv.indexOf('--out');
  const outDir = at >= 0 && process.argv[at + 1] ? resolve(process.argv[at + 1]) : ROOT;
  generateAll(outDir).then(
    (files) => files.forEach((file) => console.log(`wrote ${file}`)),
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
