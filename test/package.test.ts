// The published form of the extension: `npm run package` (scripts/package.mjs)
// builds a .vsix with @vscode/vsce. This test builds one into a temporary
// folder, opens it (a .vsix is a zip) and checks exactly what is inside.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import yauzl from 'yauzl';

const root = join(__dirname, '..');

/** The bound on the package's size. It is about 290 KB today (two minified bundles, the schema, the grammar, the Swedish bundle). */
const MAX_BYTES = 400 * 1024;

/** Every file of the package, exactly: the bundle and what VS Code reads, nothing else. */
const EXPECTED_FILES = [
  '[Content_Types].xml',
  'extension.vsixmanifest',
  'extension/LICENSE.txt',
  'extension/changelog.md',
  'extension/docs/format.md',
  'extension/docs/overview.md',
  'extension/dist/client/extension.js',
  'extension/dist/server/main.js',
  'extension/images/icon.png',
  'extension/l10n/bundle.l10n.sv.json',
  'extension/language-configuration.json',
  'extension/package.json',
  'extension/package.nls.json',
  'extension/package.nls.sv.json',
  'extension/readme.md',
  'extension/schemas/partnership-application.schema.json',
  'extension/syntaxes/partnership-application.tmLanguage.json',
];

async function readZip(file: string): Promise<Map<string, Buffer>> {
  const zip = await new Promise<yauzl.ZipFile>((resolve, reject) =>
    yauzl.open(file, { lazyEntries: true }, (error, opened) => (error || !opened ? reject(error) : resolve(opened))),
  );
  const entries = new Map<string, Buffer>();
  await new Promise<void>((resolve, reject) => {
    zip.on('error', reject);
    zip.on('end', () => resolve());
    zip.on('entry', (entry: yauzl.Entry) => {
      if (entry.fileName.endsWith('/')) return zip.readEntry();
      zip.openReadStream(entry, (error, stream) => {
        if (error || !stream) return reject(error);
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('error', reject);
        stream.on('end', () => {
          entries.set(entry.fileName, Buffer.concat(chunks));
          zip.readEntry();
        });
      });
    });
    zip.readEntry();
  });
  zip.close();
  return entries;
}

function vsceMissing(): string | undefined {
  try {
    require.resolve('@vscode/vsce/package.json', { paths: [root] });
    return undefined;
  } catch {
    return '@vscode/vsce is not installed (run `npm ci`)';
  }
}

const skip = vsceMissing();
if (skip) console.log(`SKIP package tests: ${skip}`);

describe('the .vsix package', { skip }, () => {
  let folder: string;
  let vsix: string;
  let files: Map<string, Buffer>;

  before(async () => {
    folder = mkdtempSync(join(tmpdir(), 'partnership-package-test-'));
    vsix = join(folder, 'extension.vsix');
    const result = spawnSync(process.execPath, [join(root, 'scripts', 'package.mjs'), '--out', vsix], {
      cwd: root,
      encoding: 'utf8',
    });
    assert.equal(result.status, 0, `npm run package failed:\n${result.stdout}\n${result.stderr}`);
    files = await readZip(vsix);
  });

  after(() => {
    if (folder) rmSync(folder, { recursive: true, force: true });
  });

  test('holds exactly the bundle and the files VS Code reads', () => {
    assert.deepEqual([...files.keys()].sort(), [...EXPECTED_FILES].sort());
  });

  test('holds no sources, tests, source maps or node_modules', () => {
    for (const name of files.keys()) {
      assert.doesNotMatch(name, /\.(ts|mts|cts|map)$|(^|\/)(node_modules|test|src|examples|scripts)\//, name);
    }
  });

  test(`stays under ${MAX_BYTES / 1024} KB`, () => {
    const size = statSync(vsix).size;
    console.log(`.vsix size: ${(size / 1024).toFixed(1)} KB`);
    assert.ok(size < MAX_BYTES, `${size} bytes`);
  });

  test('the bundle is the production build: minified, without source maps', () => {
    for (const name of ['extension/dist/client/extension.js', 'extension/dist/server/main.js']) {
      const text = files.get(name)!.toString('utf8');
      assert.doesNotMatch(text, /sourceMappingURL/, name);
      // Minified code has long lines (template literals keep a few line breaks).
      assert.ok(text.length / text.split('\n').length > 1000, `${name} is not minified`);
    }
  });

  test('every file the manifest names is in the package', () => {
    const manifest = JSON.parse(files.get('extension/package.json')!.toString('utf8'));
    const named = [
      manifest.main,
      manifest.icon,
      ...manifest.contributes.languages.map((language: { configuration: string }) => language.configuration),
      ...manifest.contributes.grammars.map((grammar: { path: string }) => grammar.path),
      ...manifest.contributes.yamlValidation.map((validation: { url: string }) => validation.url),
      `${manifest.l10n}/bundle.l10n.sv.json`,
    ];
    for (const path of named) {
      assert.ok(files.has(`extension/${path.replace(/^\.\//, '')}`), path);
    }
  });

  test('the package manifest names the extension, its version and the VS Code engine', () => {
    const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    const xml = files.get('extension.vsixmanifest')!.toString('utf8');
    assert.match(xml, new RegExp(`<Identity Language="en-US" Id="${manifest.name}" Version="${manifest.version}" Publisher="${manifest.publisher}"`));
    assert.match(xml, /<Property Id="Microsoft\.VisualStudio\.Code\.Engine" Value="\^1\.100\.0" \/>/);
    assert.match(xml, /<Icon>extension\/images\/icon\.png<\/Icon>/);
    assert.match(xml, /<License>extension\/LICENSE\.txt<\/License>/);
    assert.equal(files.get('extension/LICENSE.txt')!.toString('utf8'), readFileSync(join(root, 'LICENSE'), 'utf8'));
  });

  test('the icon is a 128×128 PNG', () => {
    const png = files.get('extension/images/icon.png')!;
    assert.deepEqual([...png.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    assert.equal(png.readUInt32BE(16), 128);
    assert.equal(png.readUInt32BE(20), 128);
  });
});
