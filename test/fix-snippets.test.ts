import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkText } from '../server/src/core/check/check';
import { applyEdits, fixesFor } from '../server/src/core/check/fixes';
import { nextFreeId } from '../server/src/core/check/fixes/ids';
import type { CheckConfig } from '../server/src/core/base/types';

describe('nextFreeId', () => {
  it('counts a trailing number up past the ids taken, keeping its width', () => {
    assert.equal(nextFreeId('C1', new Set(['C1'])), 'C2');
    assert.equal(nextFreeId('C1', new Set(['C1', 'C2'])), 'C3');
    assert.equal(nextFreeId('A09', new Set(['A09'])), 'A10');
    assert.equal(nextFreeId('A009', new Set(['A009', 'A010'])), 'A011');
  });

  it('adds -2, -3... to an id without a trailing number', () => {
    assert.equal(nextFreeId('fi-school', new Set(['fi-school'])), 'fi-school-2');
    assert.equal(nextFreeId('fi-school', new Set(['fi-school', 'fi-school-2'])), 'fi-school-3');
  });
});

const CONFIG: CheckConfig = { locale: 'en', rules: {} };

/** The fix for the missing `key` of the text: its plain edit applied, and its snippet edit's text. */
function addKey(text: string, key: string, config = CONFIG): { title: string; after: string; snippet: string | undefined } {
  const result = checkText(text, config);
  const finding = result.findings.find((f) => f.rule === 'schema' && f.data?.['kind'] === 'missing-key' && f.data['key'] === key);
  assert.ok(finding, result.findings.map((f) => f.message).join(' | '));
  const [fix] = fixesFor(result, finding, config);
  assert.ok(fix, `a fix for the missing ${key}`);
  assert.equal(fix.isPreferred, true);
  assert.equal(fix.fixAll, false);
  assert.deepEqual(fix.snippet?.map((edit) => edit.span), fix.edits.map((edit) => edit.span), 'the snippet edits the same spans');
  return { title: fix.title, after: applyEdits(text, fix.edits), snippet: fix.snippet?.[0].newText };
}

const PARTNERS = `partners:
  - { id: se-uni, name: Umeå universitet, country: SE, type: higher-education, coordinator: true }
  - { id: fi-uni, name: Helsingin yliopisto, country: FI, type: higher-education }
`;

describe('missing-key snippets', () => {
  it('offers the roles the activity type allows as a choice, in a flow mapping', () => {
    const text = `project: { title: T, field: higher-education }
${PARTNERS}activities:
  - id: C1
    type: intensive-study-programme
    host: fi-uni
    ects: true
    duration: 10 days
    participants:
      - { from: se-uni, count: 12 }
`;
    const { title, after, snippet } = addKey(text, 'role');
    assert.equal(title, 'Add `role: student`');
    assert.ok(after.includes('- { from: se-uni, count: 12, role: student }'), after);
    assert.equal(snippet, ', role: ${1|student,teacher,staff,expert|}');
  });

  it('offers the partner ids for `host`, and the next free id for `id`', () => {
    const text = `project: { title: T, field: higher-education }
${PARTNERS}activities:
  - id: A1
    type: intensive-study-programme
    ects: true
    duration: 10 days
    participants:
      - { from: se-uni, role: student, count: 12 }
  - type: short-term-staff-training
    host: se-uni
    duration: 5 days
    participants:
      - { from: fi-uni, role: staff, count: 2 }
`;
    assert.equal(addKey(text, 'host').snippet, '\n    host: ${1|se-uni,fi-uni|}');
    const id = addKey(text, 'id');
    assert.equal(id.title, 'Add `id: A2`');
    assert.equal(id.snippet, '\n    id: ${1:A2}');
  });

  it('writes a free text in the file\'s locale, after the last key and its comment, with the line break the file uses', () => {
    const text = 'project:\r\n  field: youth   # the youth field\r\n' + PARTNERS.replace(/\n/g, '\r\n');
    const { after, snippet } = addKey(text, 'title', { locale: 'sv', rules: {} });
    assert.ok(after.startsWith('project:\r\n  field: youth   # the youth field\r\n  title: Projektets titel\r\n'), after);
    assert.equal(snippet, '\r\n  title: ${1:Projektets titel}');
  });

  // A partner id that plain YAML reads as a number or a boolean is written quoted, so that the
  // inserted `from` names the partner (a random application found `from: .inf`, the number).
  it('quotes a partner id that would read as another type, and writes a count as a number', () => {
    const text = `project: { title: T, field: higher-education }
partners:
  - { id: '.inf', name: Umeå universitet, country: SE, type: higher-education, coordinator: true }
  - { id: 'true', name: Helsingin yliopisto, country: FI, type: higher-education }
activities:
  - id: A1
    type: short-term-staff-training
    host: 'true'
    duration: 5 days
    participants:
      - { role: staff, count: 2 }
      - { from: '.inf', role: staff }
`;
    const from = addKey(text, 'from');
    assert.equal(from.title, 'Add `from: ".inf"`');
    assert.ok(from.after.includes('- { role: staff, count: 2, from: ".inf" }'), from.after);
    assert.equal(from.snippet, ', from: ${1|".inf","true"|}');
    const count = addKey(text, 'count');
    assert.equal(count.title, 'Add `count: 1`');
    assert.ok(count.after.includes("- { from: '.inf', role: staff, count: 1 }"), count.after);
  });

  it('offers nothing for a missing list (the user\'s own content)', () => {
    const text = `project: { title: T, field: higher-education }
${PARTNERS}activities:
  - id: A1
    type: intensive-study-programme
    host: fi-uni
    ects: true
    duration: 10 days
`;
    const result = checkText(text, CONFIG);
    const finding = result.findings.find((f) => f.data?.['kind'] === 'missing-key' && f.data['key'] === 'participants');
    assert.ok(finding);
    assert.deepEqual(fixesFor(result, finding, CONFIG), []);
  });
});
