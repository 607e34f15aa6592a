import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import sv from '../l10n/bundle.l10n.sv.json';

/** Every `t('...')` message in the sources, found by scanning (messages must be single string literals). */
function messagesInSources(dir: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      for (const [message, file] of messagesInSources(path)) found.set(message, file);
      continue;
    }
    if (!name.endsWith('.ts')) continue;
    const source = readFileSync(path, 'utf8');
    for (const match of source.matchAll(/\bt\(\s*'((?:[^'\\]|\\.)*)'/g)) {
      found.set(match[1].replace(/\\'/g, "'").replace(/\\\\/g, '\\'), path);
    }
  }
  return found;
}

const sources = messagesInSources(join(__dirname, '..', 'server', 'src'));
const bundle = sv as Record<string, string>;

test('every message has a Swedish translation', () => {
  const missing = [...sources].filter(([message]) => !(message in bundle)).map(([m, file]) => `${file}: ${m}`);
  assert.deepEqual(missing, []);
});

test('the Swedish bundle has no stale entries', () => {
  const stale = Object.keys(bundle).filter((message) => !sources.has(message));
  assert.deepEqual(stale, []);
});

test('translations keep the placeholders of the English message', () => {
  const placeholders = (text: string) => [...text.matchAll(/\{(\d+|\w+)\}/g)].map((m) => m[1]).sort();
  const mismatched = Object.entries(bundle).filter(([en, svText]) => placeholders(en).join() !== placeholders(svText).join());
  assert.deepEqual(mismatched, []);
});
