import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, writeOutput } from './output';
import { readmeRuleTable, rulesPage, withReadmeTable } from './rule-docs';

/** Writes the README's rule table (into the committed README's text) and docs/rules.md under `outDir`. */
export function generateDocs(outDir: string): string[] {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  return [
    writeOutput(outDir, 'README.md', withReadmeTable(readme, readmeRuleTable())),
    writeOutput(outDir, 'docs/rules.md', rulesPage()),
  ];
}

if (require.main === module) {
  console.log(`wrote ${generateDocs(ROOT).join(', ')}`);
}
