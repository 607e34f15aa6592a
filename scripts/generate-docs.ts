import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readmeRuleTable, rulesPage, withReadmeTable } from './rule-docs';

const root = join(__dirname, '..');
const readmePath = join(root, 'README.md');
writeFileSync(readmePath, withReadmeTable(readFileSync(readmePath, 'utf8'), readmeRuleTable()));
writeFileSync(join(root, 'docs', 'rules.md'), rulesPage());
console.log('wrote README.md rule table and docs/rules.md');
