// The README's way to use the checker outside this repository: install the
// clone as a global command (`npm install -g .`, here into a temporary
// prefix) or run bin/partnership-lint.js by its path, from another folder.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { ensureBuilt, ROOT } from './helpers/lsp-client';

describe('partnership-lint outside the repository', () => {
  let prefix: string;
  let folder: string;

  before(() => {
    ensureBuilt();
    prefix = mkdtempSync(join(tmpdir(), 'partnership-prefix-'));
    folder = mkdtempSync(join(tmpdir(), 'partnership-elsewhere-'));
    copyFileSync(join(ROOT, 'examples', 'school-democracy.partnership.yaml'), join(folder, 'ansokan.partnership.yaml'));
    copyFileSync(join(ROOT, 'examples', 'typical-mistakes.partnership.yaml'), join(folder, 'mistakes.partnership.yaml'));
  });

  after(() => {
    rmSync(prefix, { recursive: true, force: true });
    rmSync(folder, { recursive: true, force: true });
  });

  test('npm install -g . gives a partnership-lint command that works in any folder', () => {
    const install = spawnSync('npm', ['install', '-g', '--prefix', prefix, '--offline', '--no-audit', '--no-fund', ROOT], {
      cwd: folder,
      encoding: 'utf8',
    });
    assert.equal(install.status, 0, install.stderr);
    const run = spawnSync(join(prefix, 'bin', 'partnership-lint'), ['ansokan.partnership.yaml'], { cwd: folder, encoding: 'utf8' });
    assert.equal(run.stdout, 'No problems (1 file checked)\n');
    assert.equal(run.status, 0);
    const sv = spawnSync(join(prefix, 'bin', 'partnership-lint'), ['--locale', 'sv', '.'], { cwd: folder, encoding: 'utf8' });
    assert.equal(sv.status, 1);
    assert.match(sv.stdout, /^mistakes\.partnership\.yaml:\d+:\d+: error: .*\[unknown-country\]$/m);
    assert.match(sv.stdout, /är inte en landskod/);
  });

  test('node /path/to/bin/partnership-lint.js works in any folder', () => {
    const run = spawnSync(process.execPath, [join(ROOT, 'bin', 'partnership-lint.js'), 'ansokan.partnership.yaml'], {
      cwd: folder,
      encoding: 'utf8',
    });
    assert.equal(run.stdout, 'No problems (1 file checked)\n');
    assert.equal(run.status, 0);
  });
});
