import { Document, isAlias, isMap, isPair, isScalar, isSeq, Pair, YAMLMap, YAMLSeq, type Node } from 'yaml';
import { parseYaml } from '../../syntax/parse';
import type { Span } from '../../base/types';

/**
 * The `yaml` package's own document for a text checked in pieces
 * (`ParsedDocument.yaml`, which completion and hover walk to find the node at
 * the cursor), composed from the pieces on first use: the top-level mapping
 * and lists are made here, each top-level entry is parsed, and each list item
 * written as a block mapping is a mapping whose entries are parsed only when
 * something reads them (`items`). A walk to the cursor opens one item; a
 * walk over everything parses every piece, as the whole text would have been.
 * Ranges are those of the whole text; `errors` and `warnings` stay empty (the
 * checked document's `problems` has them).
 */
export interface YamlPiece {
  readonly kind: 'entry' | 'header' | 'item';
  readonly text: string;
  /** Where the piece starts in the whole text. */
  readonly delta: number;
  /** For a list item: the range of the one-item list it parses to alone, in the whole text. */
  readonly listRange?: readonly [number, number, number];
  /** For a list item: the item's own range in the whole text. */
  readonly itemRange?: readonly [number, number, number];
}

export function composeYaml(pieces: readonly YamlPiece[], rootSpan: Span, textLength: number): Document.Parsed {
  const root = new YAMLMap();
  root.range = [rootSpan.start, rootSpan.end, rootSpan.end];
  let list: YAMLSeq | undefined;
  let lastItem: YamlPiece | undefined;
  const closeList = () => {
    if (!list || !lastItem?.listRange) return;
    const first = list.range as [number, number, number];
    list.range = [first[0], lastItem.listRange[1], lastItem.listRange[2]];
  };
  for (const piece of pieces) {
    if (piece.kind !== 'item') {
      closeList();
      list = undefined;
      const parsed = parseAt(piece.text, piece.delta);
      const pair = (parsed.contents as YAMLMap | null)?.items[0];
      if (!isPair(pair)) continue;
      root.items.push(pair);
      if (piece.kind === 'header') {
        list = new YAMLSeq();
        pair.value = list;
      }
      continue;
    }
    if (!list || !piece.listRange) continue;
    if (list.items.length === 0) list.range = [piece.listRange[0], piece.listRange[1], piece.listRange[2]];
    lastItem = piece;
    list.items.push(itemNode(piece));
  }
  closeList();
  const doc = new Document() as unknown as Document.Parsed;
  doc.contents = root as unknown as Document.Parsed['contents'];
  doc.range = [0, rootSpan.end, textLength];
  return doc;
}

/** A block mapping written on the item's own line (`- id: x`) waits to be parsed; anything else is parsed now. */
const BLOCK_MAPPING_ITEM = /^[ ]*-[ ]+[A-Za-z_][A-Za-z0-9_-]*:(?:[ ]|\r?\n|$)/;

function itemNode(piece: YamlPiece): Node {
  const load = (): Node | null => {
    const parsed = parseAt(piece.text, piece.delta);
    const seq = parsed.contents;
    return isSeq(seq) ? ((seq.items[0] as Node | null) ?? null) : null;
  };
  if (!BLOCK_MAPPING_ITEM.test(piece.text) || !piece.itemRange) return load() ?? new YAMLMap();
  const map = new YAMLMap();
  const range = piece.itemRange;
  map.range = [range[0], range[1], range[2]];
  let items: Pair[] | undefined;
  Object.defineProperty(map, 'items', {
    enumerable: true,
    configurable: true,
    get: () => {
      if (items === undefined) {
        const node = load();
        items = isMap(node) ? (node.items as Pair[]) : [];
      }
      return items;
    },
    set: (value: Pair[]) => {
      items = value;
    },
  });
  return map;
}

/** The piece parsed on its own, every range moved to where the piece stands in the whole text. */
function parseAt(text: string, delta: number): Document.Parsed {
  const doc = parseYaml(text);
  if (delta === 0) return doc;
  const stack: unknown[] = [doc.contents];
  while (stack.length > 0) {
    const node = stack.pop();
    if (isPair(node)) {
      stack.push(node.key, node.value);
      continue;
    }
    if (!isScalar(node) && !isMap(node) && !isSeq(node) && !isAlias(node)) continue;
    const range = node.range;
    if (range) node.range = [range[0] + delta, range[1] + delta, range[2] + delta];
    if (isMap(node) || isSeq(node)) stack.push(...node.items);
  }
  return doc;
}
