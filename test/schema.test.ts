import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkText } from '../server/src/core/check/check';
import validate from '../server/src/core/format/generated/schema-validator';
import { parseApplication } from '../server/src/core/syntax/parse';
import { APPLICATION_SCHEMA, propertyNames, resolveSchema, schemaAt, type SchemaNode } from '../server/src/core/format/schema-info';
import type { Finding } from '../server/src/core/base/types';
import {
  ACTIVITY_TYPES,
  FIELDS,
  ORGANISATION_TYPES,
  PRIORITIES,
  PURPOSES,
  ROLES,
  type Label,
} from '../server/src/core/format/vocabulary';
import { schoolApplication } from './helpers/applications';

function schemaFindings(text: string, locale: 'en' | 'sv' = 'en'): Finding[] {
  return checkText(text, { locale, rules: {} }).findings.filter((finding) => finding.rule === 'schema');
}

/** The shared application's project and partners (no period, no activities): valid against the schema. */
const APPLICATION = schoolApplication();

// --- the schema and the vocabulary are one format ---------------------------------------

const ENUMERATIONS: [string, readonly (string | number)[], Readonly<Record<string, Label>>][] = [
  ['field', ['project', 'field'], FIELDS],
  ['activityType', ['activities', 0, 'type'], ACTIVITY_TYPES],
  ['role', ['activities', 0, 'participants', 0, 'role'], ROLES],
  ['organisationType', ['partners', 0, 'type'], ORGANISATION_TYPES],
  ['priority', ['project', 'priorities', 0], PRIORITIES],
  ['purpose', ['activities', 0, 'purpose'], PURPOSES],
];

for (const [name, path, table] of ENUMERATIONS) {
  test(`the schema's ${name} enumeration is the vocabulary's, in order and with the same labels`, () => {
    const node = schemaAt(path);
    assert.equal(node, APPLICATION_SCHEMA.definitions?.[name]);
    assert.deepEqual(node?.enum, Object.keys(table));
    assert.deepEqual(node?.enumDescriptions, Object.values(table).map((label) => label.en));
    assert.deepEqual(node?.['x-enum-descriptions-sv'], Object.values(table).map((label) => label.sv));
  });
}

test('every enumeration in the schema is one of the vocabulary tables', () => {
  const enums: string[] = [];
  walk(APPLICATION_SCHEMA, (node, where) => {
    if (node.enum) enums.push(where);
  });
  assert.deepEqual(enums.sort(), ENUMERATIONS.map(([name]) => `#/definitions/${name}`).sort());
});

function walk(node: SchemaNode, visit: (node: SchemaNode, where: string) => void, where = '#'): void {
  visit(node, where);
  for (const map of ['properties', 'patternProperties', 'definitions'] as const) {
    for (const [key, sub] of Object.entries(node[map] ?? {})) walk(sub, visit, `${where}/${map}/${key}`);
  }
  for (const keyword of ['items', 'if', 'then'] as const) {
    const sub = node[keyword];
    if (sub) walk(sub, visit, `${where}/${keyword}`);
  }
}

test('every mapping is closed except for `x-` keys, and every key is described in English and Swedish', () => {
  walk(APPLICATION_SCHEMA, (node, where) => {
    if (node.type !== 'object') return;
    assert.equal(node.additionalProperties, false, where);
    assert.deepEqual(node.patternProperties, { '^x-': {} }, where);
    for (const key of node.required ?? []) assert.ok(propertyNames(node).includes(key), `${where} requires ${key}`);
    for (const [key, property] of Object.entries(node.properties ?? {})) {
      const described = property.$ref ? resolveSchema(property) : property;
      assert.ok((described?.description ?? '').length > 10, `${where}/${key} has a description`);
      assert.ok((described?.['x-description-sv'] ?? '').length > 10, `${where}/${key} has a Swedish description`);
      assert.notEqual(described?.description, described?.['x-description-sv'], `${where}/${key} is translated`);
    }
  });
});

test('required keys are the spec\'s', () => {
  const required = (path: (string | number)[]) => [...(schemaAt(path)?.required ?? [])].sort();
  assert.deepEqual(required([]), ['partners', 'project']);
  assert.deepEqual(required(['project']), ['field', 'title']);
  assert.deepEqual(required(['partners', 0]), ['country', 'id', 'name', 'type']);
  assert.deepEqual(required(['activities', 0]), ['host', 'id', 'participants', 'type']);
  assert.deepEqual(required(['activities', 0, 'participants', 0]), ['count', 'from', 'role']);
  assert.deepEqual(required(['youth-initiatives', 0]), ['groups', 'id']);
  assert.deepEqual(required(['youth-initiatives', 0, 'groups', 0]), ['country']);
});

test('durations have no type and countries and partner references are plain strings (other rules own them)', () => {
  for (const path of [['project', 'duration'], ['activities', 0, 'duration'], ['activities', 0, 'participants', 0, 'duration']]) {
    const node = schemaAt(path);
    assert.ok(node, path.join('.'));
    assert.equal(node.type, undefined, path.join('.'));
  }
  for (const path of [
    ['partners', 0, 'country'],
    ['activities', 0, 'host'],
    ['activities', 0, 'participants', 0, 'from'],
    ['activities', 0, 'participants', 0, 'residence'],
    ['youth-initiatives', 0, 'groups', 0, 'country'],
  ]) {
    const node = schemaAt(path);
    assert.equal(node?.type, 'string', path.join('.'));
    assert.equal(node?.enum ?? node?.pattern ?? node?.format, undefined, path.join('.'));
  }
});

// --- the validator --------------------------------------------------------------------------

test('the validator accepts a minimal application and values that look like other types in YAML 1.1', () => {
  assert.equal(validate(parseApplication(APPLICATION).root), true);
  assert.equal(validate(parseApplication(APPLICATION.replace('country: FI', 'country: NO')).root), true);
});

test('dates must be real: leap days only in leap years', () => {
  const withStart = (date: string) => APPLICATION.replace('field: school-education', `field: school-education\n  start: ${date}`);
  assert.equal(validate(parseApplication(withStart('2028-02-29')).root), true);
  assert.equal(validate(parseApplication(withStart('2027-02-29')).root), false);
  assert.equal(validate(parseApplication(withStart('2027-02-30')).root), false);
  assert.equal(validate(parseApplication(withStart('2027-9-1')).root), false);
});

// --- the rule --------------------------------------------------------------------------------

test('an empty file is exactly one diagnostic, at 0..0', () => {
  for (const text of ['', '\n\n', '# just a comment\n', '---\n']) {
    const findings = checkText(text).findings;
    assert.equal(findings.length, 1, JSON.stringify(text));
    assert.equal(findings[0].rule, 'schema');
    assert.deepEqual(findings[0].span, { start: 0, end: 0 });
    assert.equal(findings[0].data?.kind, 'root');
  }
});

test('a top level that is not a mapping is exactly one diagnostic', () => {
  for (const text of ['- project\n- partners\n', 'Demokrati i skolan\n', '42\n']) {
    const findings = checkText(text).findings;
    assert.equal(findings.length, 1, JSON.stringify(text));
    assert.equal(findings[0].rule, 'schema');
    assert.equal(findings[0].data?.kind, 'root');
  }
});

test('`__proto__` and `constructor` keys are unknown keys and pollute nothing', () => {
  const text = `__proto__:\n  polluted: true\n${APPLICATION}constructor:\n  prototype:\n    polluted: true\n`;
  const findings = schemaFindings(text);
  assert.deepEqual(
    findings.map((finding) => [finding.data?.kind, finding.data?.key]),
    [
      ['unknown-key', '__proto__'],
      ['unknown-key', 'constructor'],
    ],
  );
  assert.equal(({} as Record<string, unknown>).polluted, undefined);
  assert.equal((Object.prototype as Record<string, unknown>).polluted, undefined);
});

test('a misspelt required key is one diagnostic whose quick-fix data names the key', () => {
  const findings = schemaFindings(APPLICATION.replace('  title:', '  titel:'));
  assert.equal(findings.length, 1);
  assert.deepEqual(findings[0].data, {
    kind: 'unknown-key',
    path: ['project'],
    key: 'titel',
    suggestions: ['title'],
    allowed: ['title', 'field', 'start', 'duration', 'priorities', 'summary'],
  });
});

test('a suggestion prefers the missing required key, and a present key is never suggested', () => {
  // `nam` is as close to `name` as to nothing else; with `name` present there is nothing to suggest.
  const missing = schemaFindings(APPLICATION.replace('    name: Östra gymnasiet', '    nam: Östra gymnasiet'));
  assert.deepEqual(missing.map((f) => f.data?.suggestions), [['name']]);
  const present = schemaFindings(APPLICATION.replace('    name: Östra gymnasiet', '    name: Östra gymnasiet\n    nam: x'));
  assert.deepEqual(present.map((f) => f.data?.suggestions), [[]]);
});

test('one value gets one diagnostic even when it breaks several constraints', () => {
  // A number where an enumeration value belongs breaks `type` and `enum`; 0.5 breaks `integer` and `minimum`.
  const text = `${APPLICATION.replace('type: school\n    coordinator', 'type: 5\n    coordinator')}activities:
  - id: C1
    type: short-term-staff-training
    host: se-school
    duration: 5 days
    participants:
      - from: fi-school
        role: teacher
        count: 0.5
`;
  const findings = schemaFindings(text);
  assert.deepEqual(
    findings.map((f) => [f.data?.kind, f.data?.key]),
    [
      ['type', 'type'],
      ['type', 'count'],
    ],
  );
});

test('quick-fix data for types, dates and enumerations', () => {
  const text = APPLICATION.replace('field: school-education', 'field: school-educaton\n  start: 2027-9-1').replace(
    'coordinator: true',
    'coordinator: yes',
  );
  const byKind = Object.fromEntries(schemaFindings(text).map((f) => [f.data?.kind, f.data]));
  assert.deepEqual(byKind.enum?.suggestions, ['school-education']);
  assert.deepEqual(byKind.date?.suggestions, ['2027-09-01']);
  assert.deepEqual(byKind.type?.suggestions, ['true']);
  assert.equal(byKind.type?.expected, 'boolean');
});

test('messages never show a JSON pointer', () => {
  const text = `${APPLICATION}activities:
  - id: C1
    type: long-term-teaching-assignment
    host: se-school
    participants:
      - {}
      - from: 3
        role: pupils
        count: many
`;
  for (const locale of ['en', 'sv'] as const) {
    for (const finding of schemaFindings(text, locale)) {
      assert.doesNotMatch(finding.message, /#\/|\/activities|\/participants|\/\d/, finding.message);
    }
  }
});
