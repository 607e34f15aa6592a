// Document symbols (outline, breadcrumbs) of the fixtures in
// test/fixtures/navigation/symbols, against golden outlines per locale.
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { checkText } from '../server/src/core/check/check';
import { documentSymbols } from '../server/src/core/ide/symbols';
import { checkSymbols, LOCALES } from './helpers/check-navigation';

const dir = join(__dirname, 'fixtures', 'navigation', 'symbols');

describe('document symbols', () => {
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.partnership.yaml')).sort()) {
    for (const locale of LOCALES) it(`${name} (${locale})`, () => checkSymbols(join(dir, name), locale));
  }

  it('an empty file has no symbols', () => {
    assert.deepEqual(documentSymbols(checkText(''), 'en'), []);
  });
});
