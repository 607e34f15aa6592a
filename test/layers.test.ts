import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { test } from 'node:test';

/**
 * The server's layers, lowest first. A module may import from its own layer and the layers
 * below it, never above: the guide's knowledge (format) knows nothing of parsing, the model
 * nothing of rules, the rules nothing of editor features. `lsp/` and `cli/` see the core only
 * through its façade, `core/index.ts`.
 */
const CORE_LAYERS = ['base', 'format', 'syntax', 'model', 'check', 'ide'] as const;

const root = resolve(__dirname, '..');
const serverSrc = join(root, 'server', 'src');
const core = join(serverSrc, 'core');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return name.endsWith('.ts') ? [path] : [];
  });
}

/** The relative imports of a file, resolved to paths (without extension). */
function importsOf(file: string): { specifier: string; target: string; line: number }[] {
  const lines = readFileSync(file, 'utf8').split('\n');
  const found: { specifier: string; target: string; line: number }[] = [];
  lines.forEach((text, index) => {
    for (const match of text.matchAll(/(?:from|import\s*\(|require\s*\()\s*'(\.{1,2}\/[^']+)'/g)) {
      found.push({ specifier: match[1], target: resolve(dirname(file), match[1]), line: index + 1 });
    }
  });
  return found;
}

/** The core layer a path lies in, `index` for the façade, or undefined outside the core. */
function layerOf(path: string): string | undefined {
  const inside = relative(core, path);
  if (inside === '') return 'index'; // `../core`: the folder's index.ts
  if (inside.startsWith('..')) return undefined;
  const first = inside.split(sep)[0];
  return first === 'index' || first === 'index.ts' ? 'index' : first;
}

test('every core module lies in one of the layers', () => {
  const misplaced = sources(core)
    .map((file) => relative(core, file))
    .filter((file) => file !== 'index.ts' && !(CORE_LAYERS as readonly string[]).includes(file.split(sep)[0]));
  assert.deepEqual(misplaced, []);
});

test('no core module imports from a layer above its own, or from lsp/ or cli/', () => {
  const wrong: string[] = [];
  for (const file of sources(core)) {
    const own = CORE_LAYERS.indexOf(layerOf(file) as (typeof CORE_LAYERS)[number]);
    if (own < 0) continue; // the façade may import every layer
    for (const { specifier, target, line } of importsOf(file)) {
      const layer = layerOf(target);
      const rank = CORE_LAYERS.indexOf(layer as (typeof CORE_LAYERS)[number]);
      const outsideCore = target.startsWith(serverSrc) && layer === undefined;
      if (layer === 'index' || rank > own || outsideCore) wrong.push(`${relative(root, file)}:${line} imports ${specifier}`);
    }
  }
  assert.deepEqual(wrong, []);
});

test('lsp/ and cli/ import the core only through core/index.ts', () => {
  const wrong: string[] = [];
  for (const folder of ['lsp', 'cli']) {
    for (const file of sources(join(serverSrc, folder))) {
      for (const { specifier, target, line } of importsOf(file)) {
        const layer = layerOf(target);
        if (layer !== undefined && layer !== 'index') wrong.push(`${relative(root, file)}:${line} imports ${specifier}`);
        if (folder === 'lsp' && target.startsWith(join(serverSrc, 'cli'))) wrong.push(`${relative(root, file)}:${line} imports ${specifier}`);
        if (folder === 'cli' && target.startsWith(join(serverSrc, 'lsp'))) wrong.push(`${relative(root, file)}:${line} imports ${specifier}`);
      }
    }
  }
  assert.deepEqual(wrong, []);
});

test('the layer check sees a wrong import (it can fail)', () => {
  const model = join(core, 'model', 'model.ts');
  const up = resolve(dirname(model), '../ide/hover');
  assert.ok(CORE_LAYERS.indexOf(layerOf(up) as (typeof CORE_LAYERS)[number]) > CORE_LAYERS.indexOf('model'));
});
