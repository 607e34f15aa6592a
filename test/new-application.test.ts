// New Application: the skeleton for every field and language is complete and
// valid (the checker reports nothing, with every rule on), in the core and
// over the language server's custom request.
import assert from 'node:assert/strict';
import { afterEach, describe, test } from 'node:test';
import { checkText } from '../server/src/core/check/check';
import { newApplicationText } from '../server/src/core/ide/new-application';
import { DEFAULT_CONFIG, RULE_IDS, type CheckConfig, type Locale } from '../server/src/core/base/types';
import { FIELDS, type FieldId } from '../server/src/core/format/vocabulary';
import { defaultStart } from '../server/src/lsp/new-application';
import { LspTestClient } from './helpers/lsp-client';

const FIELD_IDS = Object.keys(FIELDS) as FieldId[];
const LOCALES: Locale[] = ['en', 'sv'];
/** Every rule on, the warnings included: a new application must not start with a warning either. */
const ALL_RULES: CheckConfig = { ...DEFAULT_CONFIG, rules: Object.fromEntries(RULE_IDS.map((id) => [id, 'warning'])) as CheckConfig['rules'] };

describe('newApplicationText', () => {
  for (const field of FIELD_IDS) {
    for (const locale of LOCALES) {
      test(`${field} in ${locale}: the checker reports nothing`, () => {
        const text = newApplicationText({ field, locale, start: '2027-09-01' });
        const result = checkText(text, ALL_RULES);
        assert.deepEqual(result.findings.map((f) => `${f.rule}: ${f.message}`), []);
        assert.equal(result.app.project?.field?.value, field);
        assert.deepEqual(result.app.project?.start?.value, { year: 2027, month: 9, day: 1 });
        assert.ok((result.app.activities?.items.length ?? 0) >= 2, 'at least two activities');
        assert.equal(result.app.partners?.items.length, 2);
      });
    }
  }

  test('the language decides the texts and the unit words', () => {
    const sv = newApplicationText({ field: 'school-education', locale: 'sv', start: '2027-09-01' });
    const en = newApplicationText({ field: 'school-education', locale: 'en', start: '2027-09-01' });
    assert.match(sv, /^ {2}duration: 24 månader$/m);
    assert.match(sv, /^ {4}title: Kortare utbyten för elevgrupper$/m);
    assert.match(sv, /^ {4}name: Samordnande organisation$/m);
    assert.match(en, /^ {2}duration: 24 months$/m);
    assert.match(en, /^ {4}title: Short-term exchanges of groups of pupils$/m);
    assert.doesNotMatch(sv, /months|days/);
  });

  test('each field gets an activity relevant to it and its partners kind', () => {
    const he = newApplicationText({ field: 'higher-education', locale: 'en', start: '2027-09-01' });
    assert.match(he, /type: intensive-study-programme/);
    assert.match(he, /type: higher-education-institution/);
    const youth = newApplicationText({ field: 'youth', locale: 'en', start: '2027-09-01' });
    assert.match(youth, /type: youth-organisation/);
    assert.match(youth, /role: young-person/);
  });

  test('the default start is the first of the month six months on', () => {
    assert.equal(defaultStart(new Date('2026-12-04T20:00:00Z')), '2027-06-01');
    assert.equal(defaultStart(new Date('2026-05-31T00:00:00Z')), '2026-11-01');
    assert.equal(defaultStart(new Date('2026-07-01T00:00:00Z')), '2027-01-01');
  });
});

describe('partnership/newApplication over stdio', () => {
  let client: LspTestClient | undefined;
  afterEach(() => {
    client?.dispose();
    client = undefined;
  });

  test('announced, lists the fields in the asked language, and returns a clean skeleton', async () => {
    client = LspTestClient.spawn();
    const { capabilities } = await client.initialize();
    assert.deepEqual(capabilities.experimental, {
      partnership: { requests: ['partnership/applicationFields', 'partnership/newApplication', 'partnership/overview'] },
    });
    const fields = (await client.request('partnership/applicationFields', { locale: 'sv' })) as { id: string; label: string }[];
    assert.deepEqual(fields[0], { id: 'school-education', label: 'Skolutbildning' });
    assert.deepEqual(fields.map((f) => f.id), FIELD_IDS);
    const answer = (await client.request('partnership/newApplication', { field: 'vet', locale: 'sv', start: '2028-01-01' })) as {
      text: string;
      fileName: string;
    };
    assert.equal(answer.text, newApplicationText({ field: 'vet', locale: 'sv', start: '2028-01-01' }));
    assert.equal(answer.fileName, 'vet.partnership.yaml');
    // Opened in the editor, it gets an empty diagnostics list.
    const uri = 'untitled:Untitled-1';
    await client.open(uri, answer.text);
    const published = await client.waitForDiagnostics(uri, 1);
    assert.deepEqual(published.diagnostics, []);
  });

  test('a field that does not exist is refused with InvalidParams', async () => {
    client = LspTestClient.spawn();
    await client.initialize();
    await assert.rejects(client.request('partnership/newApplication', { field: 'sports' }), (error: { code?: number }) => error.code === -32602);
    await assert.rejects(client.request('partnership/newApplication', { field: 'vet', start: 'tomorrow' }), (error: { code?: number }) => error.code === -32602);
  });
});
