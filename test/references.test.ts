// Partner ids across a file: definition, references and highlights from
// fixtures with `$0` cursors and caret-marked ranges (test/fixtures/navigation/references),
// rename from fixtures with golden after-files (test/fixtures/navigation/rename).
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { checkReferences, checkRename } from './helpers/check-navigation';

const fixtures = (feature: string) => {
  const dir = join(__dirname, 'fixtures', 'navigation', feature);
  return readdirSync(dir)
    .filter((name) => name.endsWith('.partnership.yaml') && !name.endsWith('.after.partnership.yaml'))
    .sort()
    .map((name) => ({ name, path: join(dir, name) }));
};

describe('definition, references and highlights', () => {
  for (const { name, path } of fixtures('references')) it(name, () => checkReferences(path));
});

describe('rename', () => {
  for (const { name, path } of fixtures('rename')) it(name, () => checkRename(path));
});
