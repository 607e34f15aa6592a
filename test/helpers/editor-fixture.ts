import { readFileSync } from 'node:fs';
import type { Locale } from '../../server/src/core/types';
import { withCursor } from './cursor';

/**
 * An editor-feature fixture: a (possibly incomplete) application with one `$0`
 * cursor, and optionally a directive comment anywhere in it:
 *
 *   # fixture: locale=sv key=value ...
 *
 * `locale` (en, default, or sv) is the UI locale; the other settings are the
 * feature's own (see checkCompletion and checkHover).
 */
export interface EditorFixture {
  readonly text: string;
  readonly offset: number;
  readonly locale: Locale;
  readonly options: ReadonlyMap<string, string>;
}

const DIRECTIVE = /^\s*#\s*fixture:\s*(.*)$/m;

export function readEditorFixture(path: string): EditorFixture {
  const { text, offset } = withCursor(readFileSync(path, 'utf8'));
  const options = new Map<string, string>();
  const directive = DIRECTIVE.exec(text);
  for (const setting of directive ? directive[1].trim().split(/\s+/) : []) {
    const [name, value = ''] = setting.split('=');
    options.set(name, value);
  }
  const locale = options.get('locale') ?? 'en';
  if (locale !== 'en' && locale !== 'sv') throw new Error(`${path}: unknown locale "${locale}"`);
  return { text, offset, locale, options };
}
