// Merges Swedish translations into l10n/bundle.l10n.sv.json.
// Usage: node scripts/add-sv.mjs new-entries.json   (an object: English message -> Swedish message)
// Read-modify-write in one step, sorted keys, so several people can add entries without clobbering.
import { readFileSync, writeFileSync, renameSync } from 'node:fs';

const bundlePath = new URL('../l10n/bundle.l10n.sv.json', import.meta.url);
const additions = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const bundle = JSON.parse(readFileSync(bundlePath, 'utf8'));
Object.assign(bundle, additions);
const sorted = Object.fromEntries(Object.entries(bundle).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
const temp = new URL(`../l10n/.bundle.${process.pid}.tmp`, import.meta.url);
writeFileSync(temp, JSON.stringify(sorted, null, 2) + '\n');
renameSync(temp, bundlePath);
console.log(`added ${Object.keys(additions).length} entries; bundle has ${Object.keys(sorted).length}`);
