import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import sv from '../l10n/bundle.l10n.sv.json';
import { checkText } from '../server/src/core/check/check';
import { hoverAt } from '../server/src/core/ide/hover';
import { translator } from '../server/src/core/base/i18n';
import type { Locale } from '../server/src/core/base/types';

/**
 * Every `t('...')` message in the sources, found by scanning (messages must be single string literals).
 * The rules declare their messages in both languages themselves (see rule-table.test.ts), so their folder is left out.
 */
function messagesInSources(dir: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (path === RULES_DIR) continue;
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

const RULES_DIR = join(__dirname, '..', 'server', 'src', 'core', 'check', 'rules');
// The VS Code client's runtime strings (vscode.l10n.t) share the bundle.
const sources = new Map([
  ...messagesInSources(join(__dirname, '..', 'server', 'src')),
  ...messagesInSources(join(__dirname, '..', 'client', 'src')),
]);
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

test('the translator formats placeholders as @vscode/l10n does', () => {
  const { t } = translator('en');
  assert.equal(t('{0} to {1}', '3 days', 2), '3 days to 2');
  assert.equal(t('{0} and {0}, not {2}', 'a'), 'a and a, not {2}');
  assert.equal(t('{role} in {type}', { role: 'pupil', type: 'exchange' }), 'pupil in exchange');
  assert.equal(translator('sv').t('Unknown locale "{0}": use en or sv.', 'fr'), 'Okänt språk "fr": använd en eller sv.');
  assert.equal(translator('sv').t('A message no bundle has'), 'A message no bundle has');
});

test('checks in sv and en interleaved each keep their own language', () => {
  // No locale is switched for a whole process: each call gets the language it was given.
  const text = readFileSync(join(__dirname, '..', 'examples', 'typical-mistakes.partnership.yaml'), 'utf8');
  const alone = (locale: Locale) => checkText(text, { locale, rules: {} }).findings.map((finding) => finding.message);
  const en = alone('en');
  const sv = alone('sv');
  assert.ok(en.length > 3);
  assert.notDeepEqual(en, sv);
  for (let round = 0; round < 3; round++) {
    for (const locale of ['sv', 'en', 'sv'] as const) {
      const messages = alone(locale);
      assert.deepEqual(messages, locale === 'sv' ? sv : en);
      const result = checkText(text, { locale, rules: {} });
      const hover = hoverAt({ ...result, findings: result.findings }, result.findings[0].span.start, locale === 'sv' ? 'en' : 'sv');
      assert.ok(hover);
      // A hover in the other language in between changes nothing of the check's language.
      assert.deepEqual(checkText(text, { locale, rules: {} }).findings.map((finding) => finding.message), messages);
    }
  }
  assert.ok(sv.some((message) => /dagar|måste|partner/.test(message)));
});

test('the Swedish bundle names each message once, in sorted order', () => {
  // JSON.parse keeps the last of two equal keys silently, and a merge can add one twice.
  const text = readFileSync(join(__dirname, '..', 'l10n', 'bundle.l10n.sv.json'), 'utf8');
  const keys = [...text.matchAll(/^ {2}("(?:[^"\\]|\\.)*"):/gm)].map((match) => JSON.parse(match[1]) as string);
  assert.equal(keys.length, Object.keys(sv).length, 'a key appears twice');
  assert.deepEqual(keys, [...keys].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
});
