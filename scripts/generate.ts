/**
 * `npm run generate`: writes every generated file of the repository, in an order where each
 * generator finds what it reads already written:
 *
 * 1. the JSON Schema, from the format's keys and vocabulary (server/src/core/keys.ts, vocabulary.ts);
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
import { generateDocs } from './generate-docs';
import { generateFormatDoc } from './generate-format-doc';
import { generateGrammar } from './generate-grammar';
import { generateManifest } from './generate-manifest';
import { generateSchema } from './generate-schema';
import { ROOT } from './output';

export interface Generator {
  readonly name: string;
  /** Writes the generator's files under `outDir`; returns their paths relative to it. */
  readonly run: (outDir: string) => string[] | Promise<string[]>;
}

/** The validator generator is an ES module (it loads ajv's standalone code generator), so it is imported, not required. */
async function generateValidator(outDir: string): Promise<string[]> {
  return (await import('./generate-validator.mjs')).generateValidator(outDir);
}

export const GENERATORS: readonly Generator[] = [
  { name: 'schema', run: generateSchema },
  { name: 'validator', run: generateValidator },
  { name: 'grammar', run: generateGrammar },
  { name: 'manifest', run: generateManifest },
  { name: 'docs', run: generateDocs },
  { name: 'format-doc', run: generateFormatDoc },
];

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
