// Inlay hints after durations and code lenses above activities, from the
// fixtures in test/fixtures/navigation/{hints,lenses}, against golden text
// per locale: the document with each hint ⟨in place⟩ and each lens line ⟦above⟧.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { checkText } from '../server/src/core/check/check';
import { durationHints } from '../server/src/core/ide/inlay-hints';
import { checkCodeLenses, checkInlayHints, LOCALES, textWithHints } from './helpers/check-navigation';

const fixtures = (feature: string) => {
  const dir = join(__dirname, 'fixtures', 'navigation', feature);
  return readdirSync(dir)
    .filter((name) => name.endsWith('.partnership.yaml'))
    .sort()
    .map((name) => ({ name, path: join(dir, name) }));
};

describe('inlay hints', () => {
  for (const { name, path } of fixtures('hints')) {
    for (const locale of LOCALES) it(`${name} (${locale})`, () => checkInlayHints(path, locale));
  }

  it('gives only the hints inside the requested range, ends included', () => {
    const path = join(__dirname, 'fixtures', 'navigation', 'hints', 'durations.partnership.yaml');
    const text = readFileSync(path, 'utf8');
    const result = checkText(text);
    const end = (needle: string) => text.indexOf(needle) + needle.length;
    const all = durationHints(result, { start: 0, end: text.length }, 'en').map((hint) => hint.offset);
    assert.deepEqual(all, [end('2 år'), end('"3 months"'), end('1 month 15 days'), end('2 veckor')]);
    // From just after `"3 months"` to just after `1 month 15 days`: both ends count.
    const inside = durationHints(result, { start: end('"3 months"'), end: end('1 month 15 days') }, 'en');
    assert.deepEqual(inside.map((hint) => hint.offset), [end('"3 months"'), end('1 month 15 days')]);
    assert.deepEqual(durationHints(result, { start: end('2 år') + 1, end: end('"3 months"') - 1 }, 'en'), []);
    const partial = textWithHints(path, 'en', { start: end('"3 months"'), end: end('1 month 15 days') });
    assert.match(partial, /duration: 2 år\n/);
    assert.match(partial, /duration: "3 months" ⟨= 90 days⟩ /);
  });

  it('explains the count in a tooltip, with the calendar period for the project', () => {
    const text = readFileSync(join(__dirname, 'fixtures', 'navigation', 'hints', 'durations.partnership.yaml'), 'utf8');
    const [project, activity] = durationHints(checkText(text), { start: 0, end: text.length }, 'sv');
    assert.equal(
      project.tooltip,
      'Räknat i dagar så som reglerna räknar: en vecka är 7 dagar, en månad 30 dagar, ett år 360 dagar. ' +
        'Projektperioden räknas i kalendermånader: den pågår från 2027-09-01 till 2029-08-31.',
    );
    assert.equal(activity.tooltip, 'Räknat i dagar så som reglerna räknar: en vecka är 7 dagar, en månad 30 dagar, ett år 360 dagar.');
  });
});

describe('code lenses', () => {
  for (const { name, path } of fixtures('lenses')) {
    for (const locale of LOCALES) it(`${name} (${locale})`, () => checkCodeLenses(path, locale));
  }
});
