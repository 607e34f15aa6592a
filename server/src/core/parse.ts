import { isAlias, isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import type { Span } from './types';

/** A YAML error or warning, with the parser's own position. */
export interface SyntaxProblem {
  readonly span: Span;
  readonly message: string;
  /** The `yaml` package's error code, or our own for alias limits. */
  readonly code: string;
}

/** Where an entry of a mapping or sequence sits in the text. */
export interface EntryLocation {
  /** The key's text; absent for sequence items. */
  readonly keySpan?: Span;
  /** The value's text; the key's text when the value is empty (`key:`). */
  readonly valueSpan: Span;
}

export interface ContainerLocation {
  readonly span: Span;
  /** The first key of a mapping: where a missing required key is reported. */
  readonly firstKeySpan?: Span;
  readonly entries: ReadonlyMap<string | number, EntryLocation>;
}

export interface ParsedDocument {
  readonly text: string;
  /** The document as plain data: objects without prototype, arrays, strings, numbers, booleans, null. */
  readonly root: unknown;
  readonly rootSpan: Span;
  readonly problems: readonly SyntaxProblem[];
  readonly lineCounter: LineCounter;
  /** Locations of every mapping and sequence in `root`, keyed by the object itself. */
  locate(container: object): ContainerLocation | undefined;
  /** The location of `container[key]`, when known. */
  entry(container: object, key: string | number): EntryLocation | undefined;
}

/**
 * Aliases are shared, never copied, but a checker walking the value would still
 * visit each reference: a "billion laughs" document must not make that walk
 * exponential. Expansions beyond this many nodes are reported and dropped.
 */
export const MAX_ALIAS_EXPANSION = 100_000;

/** Parses the text with the `yaml` package (YAML 1.2 core schema). Never throws. */
export function parseApplication(text: string): ParsedDocument {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true, keepSourceTokens: false });
  const problems: SyntaxProblem[] = [...doc.errors, ...doc.warnings].map((error) => ({
    span: { start: error.pos[0], end: Math.max(error.pos[1], error.pos[0]) },
    message: error.message,
    code: error.code,
  }));
  const converter = new Converter(doc, text, problems);
  const root = doc.contents ? converter.convert(doc.contents as Node) : null;
  const rootRange = (doc.contents as Node | null)?.range;
  return {
    text,
    root,
    rootSpan: rootRange ? { start: rootRange[0], end: rootRange[1] } : { start: 0, end: 0 },
    problems,
    lineCounter,
    locate: (container) => converter.locations.get(container),
    entry: (container, key) => converter.locations.get(container)?.entries.get(key),
  };
}

function spanOf(node: Node | null | undefined): Span | undefined {
  const range = node?.range;
  return range ? { start: range[0], end: range[1] } : undefined;
}

function isEmptyValue(node: unknown): boolean {
  if (node === null || node === undefined) return true;
  return isScalar(node) && node.value === null && (node.range?.[0] ?? 0) === (node.range?.[1] ?? 0);
}

class Converter {
  readonly locations = new WeakMap<object, ContainerLocation>();
  private readonly converted = new Map<Node, unknown>();
  private readonly expandedSizes = new Map<Node, number>();
  private readonly inProgress = new Set<Node>();
  private aliasBudget = MAX_ALIAS_EXPANSION;
  private budgetReported = false;

  constructor(
    private readonly doc: Document.Parsed,
    private readonly text: string,
    private readonly problems: SyntaxProblem[],
  ) {}

  convert(node: Node): unknown {
    if (isAlias(node)) return this.convertAlias(node);
    const done = this.converted.get(node);
    if (done !== undefined || this.converted.has(node)) return done;
    if (this.inProgress.has(node)) return null;
    this.inProgress.add(node);
    const value = this.convertNode(node);
    this.inProgress.delete(node);
    this.converted.set(node, value);
    return value;
  }

  private convertNode(node: Node): unknown {
    if (isScalar(node)) return normaliseScalar(node.value);
    if (isMap(node)) return this.convertMap(node);
    if (isSeq(node)) return this.convertSeq(node);
    return null;
  }

  private convertMap(node: Node & { items: unknown[] }): object {
    const value: Record<string, unknown> = Object.create(null);
    const entries = new Map<string, EntryLocation>();
    let firstKeySpan: Span | undefined;
    for (const item of node.items) {
      if (!isPair(item)) continue;
      const keyNode = item.key as Node | null;
      const key = this.keyText(keyNode);
      const keySpan = spanOf(keyNode) ?? spanOf(item.value as Node) ?? { start: 0, end: 0 };
      firstKeySpan ??= keySpan;
      // A duplicate key is a yaml-syntax error from the parser; the first one wins.
      if (entries.has(key)) {
        this.widenToKey('DUPLICATE_KEY', keySpan);
        continue;
      }
      const valueNode = item.value as Node | null;
      entries.set(key, { keySpan, valueSpan: isEmptyValue(valueNode) ? keySpan : (spanOf(valueNode) ?? keySpan) });
      value[key] = valueNode ? this.convert(valueNode) : null;
    }
    this.locations.set(value, { span: spanOf(node) ?? { start: 0, end: 0 }, firstKeySpan, entries });
    return value;
  }

  /** The parser marks a duplicate key by its first character; the spec points at the key's whole text. */
  private widenToKey(code: string, keySpan: Span): void {
    const index = this.problems.findIndex(
      (problem) => problem.code === code && problem.span.start === keySpan.start && problem.span.end < keySpan.end,
    );
    if (index >= 0) this.problems[index] = { ...this.problems[index], span: keySpan };
  }

  private convertSeq(node: Node & { items: unknown[] }): unknown[] {
    const value: unknown[] = [];
    const entries = new Map<number, EntryLocation>();
    const seqSpan = spanOf(node) ?? { start: 0, end: 0 };
    node.items.forEach((item, index) => {
      const itemNode = item as Node | null;
      entries.set(index, { valueSpan: isEmptyValue(itemNode) ? seqSpan : (spanOf(itemNode) ?? seqSpan) });
      value.push(itemNode ? this.convert(itemNode) : null);
    });
    this.locations.set(value, { span: seqSpan, entries });
    return value;
  }

  private keyText(keyNode: Node | null): string {
    if (keyNode === null) return '';
    if (isScalar(keyNode)) return String(keyNode.value ?? '');
    // A mapping or sequence used as a key: its source text names it in messages.
    const span = spanOf(keyNode);
    return span ? this.text.slice(span.start, span.end) : '';
  }

  private convertAlias(node: Node & { source: string }): unknown {
    const target = (node as unknown as { resolve(doc: Document): Node | undefined }).resolve(this.doc);
    const span = spanOf(node) ?? { start: 0, end: 0 };
    if (!target || this.inProgress.has(target)) {
      this.problems.push({ span, message: `Alias *${node.source} refers to no complete anchor`, code: 'BAD_ALIAS' });
      return null;
    }
    this.aliasBudget -= this.expandedSize(target);
    if (this.aliasBudget < 0) {
      if (!this.budgetReported) {
        this.budgetReported = true;
        this.problems.push({
          span,
          message: `Aliases expand to more than ${MAX_ALIAS_EXPANSION} nodes; the rest are not read`,
          code: 'ALIAS_LIMIT',
        });
      }
      return null;
    }
    return this.convert(target);
  }

  /** How many nodes a node stands for once its aliases are expanded (memoised, so linear in the text). */
  private expandedSize(node: Node | null | undefined): number {
    if (!node) return 0;
    const known = this.expandedSizes.get(node);
    if (known !== undefined) return known;
    this.expandedSizes.set(node, Infinity); // a cycle counts as unbounded
    let size = 1;
    if (isAlias(node)) {
      const target = (node as unknown as { resolve(doc: Document): Node | undefined }).resolve(this.doc);
      size = target ? this.expandedSize(target) : 1;
    } else if (isMap(node) || isSeq(node)) {
      for (const item of node.items) {
        if (isPair(item)) size += this.expandedSize(item.value as Node | null);
        else size += this.expandedSize(item as Node | null);
        if (size > MAX_ALIAS_EXPANSION) break;
      }
    }
    this.expandedSizes.set(node, size);
    return size;
  }
}

/** The core schema gives strings, numbers, booleans and null; anything else becomes a string. */
function normaliseScalar(value: unknown): unknown {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return value;
  if (typeof value === 'bigint') return Number(value);
  return String(value);
}
