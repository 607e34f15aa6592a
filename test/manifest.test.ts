// The VS Code side of the contract: package.json contributions, their
// translations, and the language configuration.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { RULES } from '../server/src/core/check/rules';
import { RULE_IDS } from '../server/src/core/base/types';

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

test("each rule's setting defaults to the rule's severity and is described by its summary, in English and Swedish", () => {
  const properties = manifest.contributes.configuration.properties['partnership.rules'].properties;
  const english = readJson('package.nls.json');
  const swedish = readJson('package.nls.sv.json');
  for (const rule of RULES) {
    const setting = properties[rule.id];
    assert.equal(setting.default, rule.severity, rule.id);
    assert.equal(setting.markdownDescription, `%partnership.rule.${rule.id}%`, rule.id);
    assert.equal(english[`partnership.rule.${rule.id}`], rule.docs.en.summary, rule.id);
    assert.equal(swedish[`partnership.rule.${rule.id}`], rule.docs.sv.summary, rule.id);
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

test('placeholders are whole strings, and translations keep every `code` span and are never empty', () => {
  // VS Code replaces a %key% only when it is the whole string: "See %key%" would show as written.
  const strings: string[] = [];
  const collect = (value: unknown): void => {
    if (typeof value === 'string') strings.push(value);
    else if (value && typeof value === 'object') Object.values(value).forEach(collect);
  };
  collect(manifest);
  assert.deepEqual(strings.filter((text) => text.includes('%') && !/^%[^%\s]+%$/.test(text)), []);
  const english: Record<string, unknown> = readJson('package.nls.json');
  const swedish: Record<string, unknown> = readJson('package.nls.sv.json');
  const code = (text: string) => [...text.matchAll(/`([^`]+)`/g)].map((match) => match[1]).sort();
  for (const [key, text] of Object.entries(english)) {
    const translated = swedish[key];
    assert.ok(typeof text === 'string' && text.trim() !== '', `${key}: English text`);
    assert.ok(typeof translated === 'string' && translated.trim() !== '', `${key}: Swedish text`);
    // Setting values, rule ids and examples in backticks are what the user types: never translated.
    assert.deepEqual(code(translated), code(text), `${key}: the same \`code\` in both languages`);
  }
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

test('engines.vscode matches the @types/vscode the client is compiled against', () => {
  const types = readJson('node_modules/@types/vscode/package.json');
  assert.equal(manifest.devDependencies['@types/vscode'], types.version);
  assert.equal(manifest.engines.vscode, `^${types.version}`);
  assert.equal(manifest.engines.vscode, '^1.100.0');
});

test('the marketplace fields: categories, keywords, a PNG icon, and no made-up repository or homepage', () => {
  assert.deepEqual(manifest.categories, ['Linters', 'Programming Languages', 'Education']);
  assert.ok(manifest.keywords.length >= 5 && manifest.keywords.length <= 30);
  assert.ok(manifest.keywords.includes('erasmus+'));
  assert.equal(manifest.icon, 'images/icon.png');
  const icon = readFileSync(join(root, manifest.icon));
  assert.equal(icon.toString('latin1', 1, 4), 'PNG');
  assert.equal(manifest.license, 'MIT');
  assert.match(readFileSync(join(root, 'LICENSE'), 'utf8'), /^MIT License/);
  assert.match(readFileSync(join(root, 'CHANGELOG.md'), 'utf8'), new RegExp(`^## ${manifest.version.replace(/\./g, '\\.')}$`, 'm'));
  // There is no public repository yet: no URL at all rather than a placeholder host
  // (`npm run package` passes --allow-missing-repository).
  for (const key of ['repository', 'homepage', 'bugs']) assert.equal(manifest[key], undefined, key);
});

test('capabilities: safe in untrusted and virtual workspaces', () => {
  // The extension executes nothing from the workspace, and the server works on
  // the editor's text alone (no file system access), so both are supported.
  assert.deepEqual(manifest.capabilities, {
    untrustedWorkspaces: { supported: true },
    virtualWorkspaces: true,
  });
});

test('the schema is contributed to the YAML extension for *.partnership.yaml opened as plain YAML', () => {
  assert.deepEqual(manifest.contributes.yamlValidation, [
    { fileMatch: ['*.partnership.yaml', '*.partnership.yml'], url: './schemas/partnership-application.schema.json' },
  ]);
  const schema = readJson('schemas/partnership-application.schema.json');
  assert.equal(typeof schema.$schema, 'string');
});

test('the localisation folder and the scripts that build, package and test the extension', () => {
  assert.equal(manifest.l10n, './l10n');
  assert.equal(typeof readJson('l10n/bundle.l10n.sv.json'), 'object');
  for (const script of ['build', 'package', 'test', 'test:grammar', 'test:e2e', 'test:vscode', 'generate', 'generate:grammar']) {
    assert.equal(typeof manifest.scripts[script], 'string', script);
  }
  for (const name of ['@vscode/vsce', 'vscode-tmgrammar-test', '@vscode/test-electron']) {
    assert.match(manifest.devDependencies[name], /^\d+\.\d+\.\d+$/, `${name} is pinned`);
  }
});
