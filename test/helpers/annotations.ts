import { LineIndex } from '../../server/src/core/lines';
import { isRuleId, type CheckConfig, type Locale, type RuleId, type SeveritySetting } from '../../server/src/core/types';

/**
 * Inline expectations in fixture files, as YAML comments (so the fixture stays
 * a valid application):
 *
 *     duration: 4 days
 *   #           ^^^^^^ duration-range: optional exact message
 *
 * The carets mark columns of the closest line above that is not an annotation.
 * When `#` is directly followed by `^`, the `#` itself is the first column
 * (`#^^^^^^^` under `partners:` marks `partners`). Other forms:
 *
 *   # expect 0:0-0:0 schema: message        explicit 0-based range (empty or multi-line spans)
 *   # fixture: locale=sv rules=coordinator:off,isp-ects:hint
 *   # $0                                    (cursor, used by editor-feature fixtures)
 */
export interface Expectation {
  readonly rule: RuleId;
  readonly range: string; // "L:C-L:C", 0-based
  readonly message?: string;
}

export interface Fixture {
  readonly text: string;
  readonly expectations: readonly Expectation[];
  readonly config: CheckConfig;
}

const CARETS = /^(\s*)#(\s*)(\^+)\s+([a-z-]+)\s*(?::\s(.*))?$/;
const EXPLICIT = /^\s*#\s*expect\s+(\d+:\d+-\d+:\d+)\s+([a-z-]+)\s*(?::\s(.*))?$/;
const DIRECTIVE = /^\s*#\s*fixture:\s*(.*)$/;

export function parseFixture(text: string): Fixture {
  const lines = new LineIndex(text);
  const expectations: Expectation[] = [];
  let config: CheckConfig = { locale: 'en', rules: {} };
  let target = -1;
  for (let line = 0; line < lines.lineCount; line++) {
    const content = lines.lineText(line);
    const carets = CARETS.exec(content);
    const explicit = EXPLICIT.exec(content);
    const directive = DIRECTIVE.exec(content);
    if (carets) {
      const hashColumn = carets[1].length;
      const first = carets[2].length === 0 ? hashColumn : hashColumn + 1 + carets[2].length;
      const last = hashColumn + 1 + carets[2].length + carets[3].length;
      expectations.push(expectation(carets[4], `${target}:${first}-${target}:${last}`, carets[5], line));
    } else if (explicit) {
      expectations.push(expectation(explicit[2], explicit[1], explicit[3], line));
    } else if (directive) {
      config = parseDirective(directive[1], line);
    } else {
      target = line;
    }
  }
  return { text, expectations, config };
}

function expectation(rule: string, range: string, message: string | undefined, line: number): Expectation {
  if (!isRuleId(rule)) throw new Error(`fixture line ${line + 1}: unknown rule id "${rule}"`);
  return message === undefined ? { rule, range } : { rule, range, message: message.trim() };
}

function parseDirective(body: string, line: number): CheckConfig {
  let locale: Locale = 'en';
  const rules: Partial<Record<RuleId, SeveritySetting>> = {};
  for (const setting of body.trim().split(/\s+/)) {
    const [name, value = ''] = setting.split('=');
    if (name === 'locale' && (value === 'en' || value === 'sv')) locale = value;
    else if (name === 'rules') {
      for (const pair of value.split(',')) {
        const [rule, severity] = pair.split(':');
        if (!isRuleId(rule)) throw new Error(`fixture line ${line + 1}: unknown rule id "${rule}"`);
        rules[rule] = severity as SeveritySetting;
      }
    } else throw new Error(`fixture line ${line + 1}: unknown directive "${setting}"`);
  }
  return { locale, rules };
}
