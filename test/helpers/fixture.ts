/**
 * The one fixture format of every feature test (rules, fixes, completion, hover, symbols,
 * references, rename, hints, lenses). test/README.md describes it for fixture writers; in short, a
 * fixture is an application (often incomplete) whose annotations are YAML comments, so it stays a
 * file the checker reads like any other:
 *
 *   host: de-$0school                    `$0` is a cursor, removed before analysis (several allowed)
 * #       ^^^^^^^^^ write                carets: a labelled range on the closest line above that is
 * #       ^^^^^^^^^ unknown-partner: msg   not an annotation, optionally with a text after `: `
 * # expect 3:0-4:0 schema: message       an explicit 0-based range (empty or multi-line spans)
 * # fixture: locale=sv rules=coordinator:off docs=1+day limit=5    settings
 * # fix: <title>                         a feature directive (see DIRECTIVES), repeatable
 *
 * Columns and lines are those of the text without its cursors (`$0` takes no room). When `#` is
 * directly followed by `^`, the `#` itself is the first column (`#^^^^^^^^` under `partners:`).
 * What a label means is the feature's business: a rule id for diagnostics, `read`/`write` for
 * references. A comment that matches none of these forms is an ordinary comment.
 */
import { readFileSync } from 'node:fs';
import { LineIndex } from '../../server/src/core/base/lines';
import { isRuleId, type CheckConfig, type Locale, type RuleId, type SeveritySetting } from '../../server/src/core/base/types';

export const CURSOR_MARKER = '$0';

/** A labelled range: `range` is "L:C-L:C", 0-based, in the text without cursors. */
export interface Mark {
  readonly label: string;
  readonly range: string;
  /** The text after `label: `, when given (a diagnostic's exact message, a hint's label...). */
  readonly text?: string;
  /** The annotation's own line (0-based), for error messages. */
  readonly line: number;
}

export interface Fixture {
  /** The text without its `$0` cursors (annotations stay: they are comments). */
  readonly text: string;
  readonly lines: LineIndex;
  /** Cursor offsets in `text`, in order. */
  readonly cursors: readonly number[];
  readonly marks: readonly Mark[];
  /** From `# fixture:`; `en` and no rule settings when absent. */
  readonly locale: Locale;
  readonly rules: Readonly<Partial<Record<RuleId, SeveritySetting>>>;
  /** The feature options of `# fixture:` (`docs`, `limit`). */
  readonly options: ReadonlyMap<string, string>;
  /** Feature directives by name, each with its values in file order (`offers` repeats). */
  readonly directives: ReadonlyMap<string, readonly string[]>;
}

/**
 * The directives a feature test reads; any other `# word: text` comment is a plain comment (a
 * fixture may explain itself in prose). `fix-all` takes no value.
 */
export const DIRECTIVES = [
  'fix', 'offers', 'fix-all',
  'rename', 'placeholder', 'prepare-text', 'prepare-error en', 'prepare-error sv', 'rename-error en', 'rename-error sv',
  'definition-target',
] as const;
export type Directive = (typeof DIRECTIVES)[number];

const FIXTURE_OPTIONS = new Set(['locale', 'rules', 'docs', 'limit']);

const CARETS = /^(\s*)#(\s*)(\^+)\s+([a-z][a-z-]*)\s*(?::\s?(.*?))?\s*$/;
const EXPLICIT = /^\s*#\s*expect\s+(\d+:\d+-\d+:\d+)\s+([a-z][a-z-]*)\s*(?::\s?(.*?))?\s*$/;
const SETTINGS = /^\s*#\s*fixture:\s*(.*?)\s*$/;
const DIRECTIVE = /^\s*#\s*([a-z-]+(?: (?:en|sv))?)(?::\s?(.*?))?\s*$/;

/** Parses a fixture's source; throws (a test failure) on a malformed setting or an unknown rule id in `rules=`. */
export function parseFixture(source: string): Fixture {
  const { text, cursors } = removeCursors(source);
  const lines = new LineIndex(text);
  const marks: Mark[] = [];
  const directives = new Map<string, string[]>();
  let settings = parseSettings('', 0);
  let target = -1;
  for (let line = 0; line < lines.lineCount; line++) {
    const content = lines.lineText(line);
    const carets = CARETS.exec(content);
    const explicit = carets ? null : EXPLICIT.exec(content);
    const setting = carets || explicit ? null : SETTINGS.exec(content);
    const directive = carets || explicit || setting ? null : knownDirective(content);
    if (carets) marks.push(caretMark(carets, target, line));
    else if (explicit) marks.push(mark(explicit[2], explicit[1], explicit[3], line));
    else if (setting) settings = parseSettings(setting[1], line);
    else if (directive) directives.set(directive.name, [...(directives.get(directive.name) ?? []), directive.value]);
    else target = line;
  }
  return { text, lines, cursors, marks, ...settings, directives };
}

/** Reads and parses a fixture file. */
export function readFixture(path: string): Fixture {
  return parseFixture(readFileSync(path, 'utf8'));
}

/** The fixture's one cursor; a fixture for a single-cursor feature must hold exactly one. */
export function onlyCursor(fixture: Fixture, where: string): number {
  if (fixture.cursors.length !== 1) throw new Error(`${where}: expected exactly one $0 cursor, found ${fixture.cursors.length}`);
  return fixture.cursors[0];
}

/** The first value of a directive, if any. */
export function directive(fixture: Fixture, name: Directive): string | undefined {
  return fixture.directives.get(name)?.[0];
}

export function checkConfig(fixture: Fixture): CheckConfig {
  return { locale: fixture.locale, rules: fixture.rules };
}

/** A text with exactly one `$0`: the text without it and the cursor's UTF-16 offset (for inline cases). */
export function withCursor(marked: string): { text: string; offset: number } {
  const { text, cursors } = removeCursors(marked);
  if (cursors.length !== 1) throw new Error(`the text has ${cursors.length} $0 cursor markers, not one`);
  return { text, offset: cursors[0] };
}

export function rangeText(span: { start: number; end: number }, lines: LineIndex): string {
  const start = lines.position(span.start);
  const end = lines.position(span.end);
  return `${start.line}:${start.character}-${end.line}:${end.character}`;
}

function removeCursors(source: string): { text: string; cursors: number[] } {
  const parts = source.split(CURSOR_MARKER);
  const cursors: number[] = [];
  let offset = 0;
  for (const part of parts.slice(0, -1)) {
    offset += part.length;
    cursors.push(offset);
  }
  return { text: parts.join(''), cursors };
}

function caretMark(match: RegExpExecArray, target: number, line: number): Mark {
  const hashColumn = match[1].length;
  const first = match[2].length === 0 ? hashColumn : hashColumn + 1 + match[2].length;
  const last = hashColumn + 1 + match[2].length + match[3].length;
  return mark(match[4], `${target}:${first}-${target}:${last}`, match[5], line);
}

function mark(label: string, range: string, text: string | undefined, line: number): Mark {
  return text === undefined ? { label, range, line } : { label, range, text, line };
}

function knownDirective(content: string): { name: Directive; value: string } | undefined {
  const match = DIRECTIVE.exec(content);
  const name = match?.[1] as Directive | undefined;
  if (!match || !name || !DIRECTIVES.includes(name)) return undefined;
  // `# fix-all` stands alone; the others need `: value` (a prose comment "# fix this" is not one).
  if ((name === 'fix-all') !== (match[2] === undefined)) return undefined;
  return { name, value: match[2] ?? '' };
}

interface Settings {
  readonly locale: Locale;
  readonly rules: Partial<Record<RuleId, SeveritySetting>>;
  readonly options: Map<string, string>;
}

function parseSettings(body: string, line: number): Settings {
  let locale: Locale = 'en';
  const rules: Partial<Record<RuleId, SeveritySetting>> = {};
  const options = new Map<string, string>();
  for (const setting of body.split(/\s+/).filter((word) => word !== '')) {
    const [name, value = ''] = setting.split('=');
    if (!FIXTURE_OPTIONS.has(name)) throw new Error(`fixture line ${line + 1}: unknown setting "${setting}"`);
    if (name === 'locale') {
      if (value !== 'en' && value !== 'sv') throw new Error(`fixture line ${line + 1}: unknown locale "${value}"`);
      locale = value;
    } else if (name === 'rules') {
      for (const pair of value.split(',')) {
        const [rule, severity] = pair.split(':');
        if (!isRuleId(rule)) throw new Error(`fixture line ${line + 1}: unknown rule id "${rule}"`);
        rules[rule] = severity as SeveritySetting;
      }
    } else options.set(name, value);
  }
  return { locale, rules, options };
}
