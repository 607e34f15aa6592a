// Grammar tests with vscode-tmgrammar-test, over the TextMate grammar in
// syntaxes/partnership-application.tmLanguage.json:
//
//   1. snapshots: every examples/*.partnership.yaml tokenised and compared with
//      test/grammar/snapshots/<file>.snap (the tool keeps a snapshot beside its
//      input, so the examples are copied into a temporary folder with their
//      snapshots; examples/ stays free of .snap files);
//   2. assertions: the hand-written test/grammar/cases/*.yaml files, each an
//      `# SYNTAX TEST` file whose `^` lines name the scopes expected above them.
//
// Usage: node scripts/test-grammar.mjs [--update]
//   --update rewrites the snapshots (review the diff before committing it).
// Exits non-zero when a snapshot differs or is missing, or an assertion fails.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const update = process.argv.includes('--update');
const grammar = join(root, 'syntaxes', 'partnership-application.tmLanguage.json');
const scope = 'source.partnership-application';
const examples = join(root, 'examples');
const snapshots = join(root, 'test', 'grammar', 'snapshots');
const cases = join(root, 'test', 'grammar', 'cases');

const require = createRequire(join(root, 'package.json'));
const toolDir = dirname(require.resolve('vscode-tmgrammar-test/package.json'));
const snapTool = join(toolDir, 'dist', 'snapshot.js');
const unitTool = join(toolDir, 'dist', 'unit.js');

function run(script, args) {
  const result = spawnSync(process.execPath, [script, ...args], { cwd: root, encoding: 'utf8' });
  return { status: result.status ?? 1, output: `${result.stdout ?? ''}${result.stderr ?? ''}` };
}

const failures = [];

// 1. Snapshots of the examples.
const inputs = readdirSync(examples).filter((name) => /\.partnership\.ya?ml$/.test(name)).sort();
const work = mkdtempSync(join(tmpdir(), 'partnership-grammar-'));
try {
  for (const name of inputs) {
    copyFileSync(join(examples, name), join(work, name));
    const snap = join(snapshots, `${name}.snap`);
    if (existsSync(snap)) copyFileSync(snap, join(work, `${name}.snap`));
    else if (!update) failures.push(`no snapshot for examples/${name}: run \`node scripts/test-grammar.mjs --update\``);
  }
  const orphans = existsSync(snapshots)
    ? readdirSync(snapshots).filter((name) => name.endsWith('.snap') && !inputs.includes(name.slice(0, -'.snap'.length)))
    : [];
  for (const orphan of orphans) {
    if (update) rmSync(join(snapshots, orphan));
    else failures.push(`test/grammar/snapshots/${orphan} has no example: remove it or run --update`);
  }
  const snap = run(snapTool, ['-g', grammar, '-s', scope, ...(update ? ['-u'] : []), join(work, '*.partnership.y*ml')]);
  process.stdout.write(snap.output);
  if (snap.status !== 0) failures.push('grammar snapshots differ (see above)');
  if (update) {
    mkdirSync(snapshots, { recursive: true });
    for (const name of inputs) copyFileSync(join(work, `${name}.snap`), join(snapshots, `${name}.snap`));
    console.log(`updated ${inputs.length} snapshots in test/grammar/snapshots/`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

// 2. Hand-written assertions.
const caseFiles = existsSync(cases) ? readdirSync(cases).filter((name) => name.endsWith('.yaml')) : [];
if (caseFiles.length === 0) failures.push('no grammar assertion files in test/grammar/cases/');
else {
  const unit = run(unitTool, ['-g', grammar, join(cases, '*.yaml')]);
  process.stdout.write(unit.output);
  if (unit.status !== 0) failures.push('grammar assertions failed (see above)');
}

const total = inputs.length + caseFiles.length;
if (failures.length > 0) {
  for (const failure of failures) console.error(`FAIL ${failure}`);
  console.error(`grammar: ${failures.length} problem(s) in ${total} files`);
  process.exit(1);
}
console.log(`grammar: ${inputs.length} snapshots and ${caseFiles.length} assertion files passed`);
