import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { RULES } from '../server/src/core/check/rules';
import { RULE_IDS } from '../server/src/core/base/types';
import { parseFixture } from './helpers/fixture';

const SPEC_RULE_IDS = [
  'yaml-syntax', 'schema', 'duplicate-id', 'unknown-partner', 'unknown-country', 'duration-format',
  'duration-range', 'participant-role', 'pupil-min-age', 'pupil-schools', 'long-term-abroad',
  'host-country-residence', 'he-teaching-host', 'he-training-sender', 'assignment-sender',
  'isp-participants', 'blended-virtual', 'youth-initiative-groups', 'youth-initiative-coach',
  'youth-initiative-field', 'outside-project-period', 'partner-countries', 'coordinator',
  'activity-relevance', 'accompanying-adults', 'isp-ects', 'isp-balance', 'staff-training-balance',
  'pupil-exchange-abroad', 'duration-dates', 'suppression',
];
const WARNINGS = ['activity-relevance', 'accompanying-adults', 'isp-ects', 'isp-balance', 'staff-training-balance', 'duration-dates', 'suppression'];

test('the rule table holds every rule id of the spec exactly once, sorted', () => {
  const ids = RULES.map((rule) => rule.id);
  assert.equal(SPEC_RULE_IDS.length, 31);
  assert.deepEqual([...ids].sort(), [...SPEC_RULE_IDS].sort());
  assert.deepEqual(ids, [...ids].sort());
  assert.equal(new Set(ids).size, ids.length);
  assert.deepEqual([...RULE_IDS], ids);
});

test('default severities are the spec\'s', () => {
  for (const rule of RULES) {
    assert.equal(rule.severity, WARNINGS.includes(rule.id) ? 'warning' : 'error', rule.id);
  }
});

test('each rule lives in its own file named after its id', () => {
  const dir = join(__dirname, '..', 'server', 'src', 'core', 'check', 'rules');
  for (const rule of RULES) {
    const source = readFileSync(join(dir, `${rule.id}.ts`), 'utf8');
    assert.match(source, new RegExp(`id: '${rule.id}'`), rule.id);
  }
});

test('each rule has docs in English and Swedish and names its guide section', () => {
  for (const rule of RULES) {
    for (const locale of ['en', 'sv'] as const) {
      assert.ok(rule.docs[locale].summary.length > 10, `${rule.id} ${locale} summary`);
      assert.ok(rule.docs[locale].details.length > 40, `${rule.id} ${locale} details`);
    }
    assert.notEqual(rule.docs.en.summary, rule.docs.sv.summary, `${rule.id} is not translated`);
    assert.ok(rule.guideSection.length > 0, `${rule.id} guide section`);
  }
});

test('each rule has a fixture that triggers it and one that does not', () => {
  const root = join(__dirname, 'fixtures', 'rules');
  for (const rule of RULES) {
    const dir = join(root, rule.id);
    assert.ok(existsSync(dir), `missing fixtures folder test/fixtures/rules/${rule.id}`);
    const fixtures = readdirSync(dir)
      .filter((file) => /\.partnership\.ya?ml$/.test(file))
      .map((file) => parseFixture(readFileSync(join(dir, file), 'utf8')));
    assert.ok(fixtures.some((f) => f.marks.some((mark) => mark.label === rule.id)), `${rule.id}: no triggering fixture`);
    assert.ok(fixtures.some((f) => !f.marks.some((mark) => mark.label === rule.id)), `${rule.id}: no silent fixture`);
  }
});

test('the rules folder holds one file per rule and the table, nothing else', () => {
  const dir = join(__dirname, '..', 'server', 'src', 'core', 'check', 'rules');
  const files = readdirSync(dir).filter((file) => file.endsWith('.ts')).sort();
  assert.deepEqual(files, [...RULES.map((rule) => `${rule.id}.ts`), 'index.ts'].sort());
});

test('every rule message has English and Swedish text with the same named placeholders', () => {
  const placeholders = (text: string) => [...new Set([...text.matchAll(/\{([^}]*)\}/g)].map((m) => m[1]))].sort();
  for (const rule of RULES) {
    const ids = Object.keys(rule.messages);
    assert.ok(ids.length > 0, `${rule.id} declares no messages`);
    for (const id of ids) {
      const { en, sv } = rule.messages[id];
      assert.ok(en.trim().length > 0 && sv.trim().length > 0, `${rule.id}.${id} is empty`);
      assert.deepEqual(placeholders(sv), placeholders(en), `${rule.id}.${id}: the Swedish text has other placeholders`);
      for (const name of placeholders(en)) assert.match(name, /^[a-z][A-Za-z]*$/, `${rule.id}.${id}: placeholders are named, not numbered`);
    }
  }
});

test('every message a rule declares is reported somewhere in its file', () => {
  const dir = join(__dirname, '..', 'server', 'src', 'core', 'check', 'rules');
  for (const rule of RULES) {
    const source = readFileSync(join(dir, `${rule.id}.ts`), 'utf8');
    const used = new Set([...source.matchAll(/\btr\.t\(\s*'([A-Za-z]+)'/g)].map((m) => m[1]));
    assert.deepEqual(Object.keys(rule.messages).filter((id) => !used.has(id)), [], `${rule.id}: unused message ids`);
    assert.deepEqual([...used].filter((id) => !(id in rule.messages)), [], `${rule.id}: ids used but not declared`);
  }
});

test('each rule says, in English and Swedish, what its fixes do or why it has none', () => {
  for (const rule of RULES) {
    for (const locale of ['en', 'sv'] as const) assert.ok(rule.fixDocs[locale].length > 10, `${rule.id} ${locale} fixDocs`);
    assert.notEqual(rule.fixDocs.en, rule.fixDocs.sv, `${rule.id}: fixDocs not translated`);
    // A rule without fixes explains their absence; one with fixes describes them.
    assert.equal(/^None( yet)?:/.test(rule.fixDocs.en), rule.fixes === undefined, `${rule.id}: fixDocs and fixes disagree`);
    assert.equal(/^Ingen( ännu)?:/.test(rule.fixDocs.sv), rule.fixes === undefined, `${rule.id}: fixDocs (sv) and fixes disagree`);
  }
});
