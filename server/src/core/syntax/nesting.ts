import { Composer, CST, Parser, YAMLParseError, type Document, type DocumentOptions, type LineCounter, type ParseOptions, type SchemaOptions } from 'yaml';

/**
 * How deeply collections may nest. An application needs about six levels
 * (`activities` > activity > `participants` > group > value); `x-` fields may
 * hold more, but nothing real comes near this.
 */
export const MAX_NESTING_DEPTH = 100;

type Options = ParseOptions & DocumentOptions & SchemaOptions & { readonly lineCounter?: LineCounter };

/**
 * `parseDocument` of the `yaml` package, except that collections nested more
 * than MAX_NESTING_DEPTH levels deep are cut off before they are composed:
 * each is replaced by an empty value and reported as a `RESOURCE_EXHAUSTION`
 * error at its first character.
 *
 * Why: the composer (and every walk over the result) recurses once per level.
 * The `yaml` package catches the stack overflow itself, but near the stack
 * limit V8 may also need to compile a regular expression, and that failure is
 * a fatal out-of-memory error that ends the process (seen in the language
 * server with about 2 000 nested `[`): no `try` can catch it. The parser that
 * builds the CST is iterative, so the depth is measured and cut there, on an
 * explicit stack.
 *
 * Also, a lone carriage return (old Mac line ends, or one typed by accident)
 * is a line break, as YAML 1.2 and LSP count lines (and LineIndex with them);
 * the `yaml` package reads it as an ordinary character (eemeli/yaml#595), which
 * made `key:\r  nested: x` a mapping error on a line the editor does not show.
 * It is read as `\n`: the same length, so every offset stays the text's own.
 */
export function parseDocumentBounded(source: string, options: Options): Document.Parsed {
  const text = /\r(?!\n)/.test(source) ? source.replace(/\r(?!\n)/g, '\n') : source;
  const parser = new Parser(options.lineCounter?.addNewLine);
  const composer = new Composer(options);
  const cut: CST.Token[] = [];
  function* bounded(): Generator<CST.Token> {
    for (const token of parser.parse(text)) {
      limitDepth(token, cut);
      yield token;
    }
  }
  // As parseDocument: the first document counts, and a second one is an error.
  let doc: Document.Parsed | undefined;
  // The depth is measured only where it could reach the limit (see mayNestDeeply).
  for (const composed of composer.compose(mayNestDeeply(text) ? bounded() : parser.parse(text), true, text.length)) {
    if (!doc) {
      doc = composed;
      continue;
    }
    doc.errors.push(
      new YAMLParseError(
        [composed.range[0], composed.range[1]],
        'MULTIPLE_DOCS',
        'Source contains multiple documents; please use YAML.parseAllDocuments()',
      ),
    );
    break;
  }
  // `compose(..., true)` always yields a document, even for an empty text.
  const result = doc as Document.Parsed;
  // One message per mistake: each of n unclosed brackets ends at the same place, and the composer
  // reports the same error there once for every enclosing level.
  const seen = new Set<string>();
  result.errors = result.errors.filter((error) => {
    const key = `${error.code} ${error.pos[0]} ${error.pos[1]} ${error.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  // Cuts inside a second document (itself one error) are not reported.
  for (const token of cut.filter((token) => token.offset <= result.range[2])) {
    result.errors.push(
      new YAMLParseError(
        [token.offset, token.offset + 1],
        'RESOURCE_EXHAUSTION',
        `Collections nested more than ${MAX_NESTING_DEPTH} levels deep are not read`,
      ),
    );
  }
  return result;
}

/**
 * Whether collections in `text` might nest MAX_NESTING_DEPTH deep. Every
 * collection needs an indicator of its own (`-` for a block list item, `:` or
 * `?` for a block mapping's key, `[` or `{` for a flow collection), so a text
 * with fewer of these characters cannot, and measuring its depth (a quarter of
 * the parse of a list item read on its own, as core/incremental does) is
 * skipped.
 */
function mayNestDeeply(text: string): boolean {
  let indicators = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // - : ? [ {
    if (code === 45 || code === 58 || code === 63 || code === 91 || code === 123) {
      if (++indicators >= MAX_NESTING_DEPTH) return true;
    }
  }
  return false;
}

interface Slot {
  readonly holder: Record<string, unknown>;
  readonly key: string;
  readonly depth: number;
}

/** Replaces every collection deeper than the limit (counting collections only) by an empty plain scalar. */
function limitDepth(root: CST.Token, cut: CST.Token[]): void {
  const stack: Slot[] = [{ holder: { root }, key: 'root', depth: 0 }];
  for (let slot = stack.pop(); slot; slot = stack.pop()) {
    const token = slot.holder[slot.key] as CST.Token | null | undefined;
    if (!token || typeof token !== 'object') continue;
    if (token.type === 'document') {
      stack.push({ holder: token as unknown as Record<string, unknown>, key: 'value', depth: slot.depth });
      continue;
    }
    if (!CST.isCollection(token)) continue;
    const depth = slot.depth + 1;
    if (depth > MAX_NESTING_DEPTH) {
      cut.push(token);
      const empty: CST.FlowScalar = { type: 'scalar', offset: token.offset, indent: token.indent, source: '' };
      slot.holder[slot.key] = empty;
      continue;
    }
    for (const item of token.items as Record<string, unknown>[]) {
      stack.push({ holder: item, key: 'key', depth }, { holder: item, key: 'value', depth });
    }
  }
}
