// The VS Code side of the contract: package.json contributions, their
// translations, and the language configuration.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { RULE_IDS } from '../server/src/core/types';

const root = join(__dirname, '..');
const readJson = (name: string) => JSON.parse(readFileSync(join(root, name), 'utf8'));
const manifest = readJson('package.json');
const SEVERITIES = ['error', 'warning', 'information', 'hint', 'off'];

test('the language is partnership-application for *.partnership.yaml and *.partnership.yml', () => {
  const [language] = manifest.contributes.languages;
  assert.equal(manifest.contributes.languages.length, 1);
  assert.equal(language.id, 'partnership-application');
  assert.deepEqual(language.extensions, ['.partnership.yaml', '.partnership.yml']);
  assert.equal(language.configuration, './language-configuration.json');
  assert.deepEqual(manifest.activationEvents, ['onLanguage:partnership-application']);
  const client = readFileSync(join(root, 'client', 'src', 'extension.ts'), 'utf8');
  assert.match(client, /language: 'partnership-application'/);
  assert.match(client, /configurationSection: 'partnership'/);
});

test('partnership.rules offers every rule id, each with the five severities, and nothing else', () => {
  const rules = manifest.contributes.configuration.properties['partnership.rules'];
  assert.equal(rules.type, 'object');
  assert.equal(rules.additionalProperties, false);
  assert.deepEqual(Object.keys(rules.properties).sort(), [...RULE_IDS].sort());
  for (const [id, schema] of Object.entries<{ enum: string[] }>(rules.properties)) {
    assert.deepEqual(schema.enum, SEVERITIES, id);
  }
});

test('partnership.locale is auto, en or sv', () => {
  const locale = manifest.contributes.configuration.properties['partnership.locale'];
  assert.deepEqual(locale.enum, ['auto', 'en', 'sv']);
  assert.equal(locale.default, 'auto');
});

test('every %placeholder% of the manifest has English and Swedish text, and nothing else is translated', () => {
  const used = new Set([...JSON.stringify(manifest).matchAll(/"%([^"%]+)%"/g)].map((match) => match[1]));
  const english = readJson('package.nls.json');
  const swedish = readJson('package.nls.sv.json');
  assert.deepEqual(Object.keys(english).sort(), [...used].sort());
  assert.deepEqual(Object.keys(swedish).sort(), [...used].sort());
  for (const key of used) assert.notEqual(swedish[key], english[key], `${key} is not translated`);
});

test('the language configuration: # comments, kebab-case words, YAML indentation on Enter', () => {
  const configuration = readJson('language-configuration.json');
  assert.equal(configuration.comments.lineComment, '#');
  const words = 'type: short-term-pupil-exchange # x-note 2028-03-06 månader'.match(new RegExp(configuration.wordPattern, 'g'));
  assert.deepEqual(words, ['type', 'short-term-pupil-exchange', 'x-note', '2028-03-06', 'månader']);
  const rules: Array<{ beforeText: string; action: { indent: string; appendText?: string } }> = configuration.onEnterRules;
  const onEnter = (line: string) => rules.find((rule) => new RegExp(rule.beforeText).test(line))?.action;
  assert.deepEqual(onEnter('partners:'), { indent: 'indent' });
  assert.deepEqual(onEnter('    participants:  # groups'), { indent: 'indent' });
  assert.deepEqual(onEnter('  - participants:'), { indent: 'indent', appendText: '  ' });
  assert.deepEqual(onEnter('  - id: fi-school'), { indent: 'none', appendText: '  ' });
  assert.equal(onEnter('    name: Helsingin koulu'), undefined);
  assert.equal(onEnter('# partners:'), undefined);
  for (const pair of ['{', '[', '"', "'"]) {
    assert.ok(configuration.autoClosingPairs.some((p: { open: string }) => p.open === pair), pair);
  }
});
