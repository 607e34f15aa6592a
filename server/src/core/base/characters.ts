import type { Locale } from './types';

/**
 * Invisible and combining characters, named so that a message can show them. A value pasted from
 * a web page or a word processor may hold a no-break space (`24 months`), a zero-width space
 * (`FI` + U+200B) or a decomposed letter (`a` + U+030A for `å`); quoted as they are, the message
 * would read "`FI` is not a country code" and the consultant could not see the mistake.
 */

type Names = Readonly<Record<Locale, string>>;

const NAMES: Readonly<Record<number, Names>> = {
  0x0009: { en: 'tab', sv: 'tabb' },
  0x00a0: { en: 'no-break space', sv: 'hårt blanksteg' },
  0x00ad: { en: 'soft hyphen', sv: 'mjukt bindestreck' },
  0x0300: { en: 'combining grave accent', sv: 'kombinerande grav accent' },
  0x0301: { en: 'combining acute accent', sv: 'kombinerande akut accent' },
  0x0308: { en: 'combining diaeresis', sv: 'kombinerande trema' },
  0x030a: { en: 'combining ring above', sv: 'kombinerande ring ovanför' },
  0x2007: { en: 'figure space', sv: 'sifferblanksteg' },
  0x2009: { en: 'thin space', sv: 'tunt blanksteg' },
  0x200b: { en: 'zero-width space', sv: 'nollbreddsblanksteg' },
  0x200c: { en: 'zero-width non-joiner', sv: 'nollbreddsavskiljare' },
  0x200d: { en: 'zero-width joiner', sv: 'nollbreddsbindare' },
  0x200e: { en: 'left-to-right mark', sv: 'vänster-till-höger-markering' },
  0x200f: { en: 'right-to-left mark', sv: 'höger-till-vänster-markering' },
  0x202f: { en: 'narrow no-break space', sv: 'smalt hårt blanksteg' },
  0x2060: { en: 'word joiner', sv: 'ordbindare' },
  0x3000: { en: 'ideographic space', sv: 'ideografiskt blanksteg' },
  0xfeff: { en: 'byte order mark', sv: 'byteordningsmarkering' },
};

const OTHER: Names = { en: 'invisible character', sv: 'osynligt tecken' };
const CONTROL: Names = { en: 'control character', sv: 'styrtecken' };
const COMBINING: Names = { en: 'combining mark', sv: 'kombinerande tecken' };

/** Characters a reader cannot see or tell from a plain one; combining marks (a decomposed `å`) among them. */
// Control characters are among those to name, so the pattern must hold them.
const HIDDEN =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u00a0\u00ad\u1680\u2000-\u200f\u2028\u2029\u202f\u205f-\u2064\u3000\ufeff]|\p{M}|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/gu;

function nameOf(code: number, locale: Locale): string {
  const names = NAMES[code] ?? (code < 0x20 || (code >= 0x7f && code <= 0x9f) ? CONTROL : /\p{M}/u.test(String.fromCharCode(code)) ? COMBINING : OTHER);
  return names[locale];
}

/** `U+00A0 no-break space`: a character's code point and name in the locale. */
export function characterName(character: string, locale: Locale): string {
  const code = character.codePointAt(0) ?? 0;
  return `U+${code.toString(16).toUpperCase().padStart(4, '0')} ${nameOf(code, locale)}`;
}

/** Whether the text holds a character a reader cannot see (see HIDDEN). */
export function hasHiddenCharacters(text: string): boolean {
  HIDDEN.lastIndex = 0;
  const found = HIDDEN.test(text);
  HIDDEN.lastIndex = 0;
  return found;
}

/**
 * The text with each hidden character written out where it stands: `24⟨U+00A0 no-break space⟩months`,
 * `FI⟨U+200B zero-width space⟩`, `a⟨U+030A combining ring above⟩`. Other text is unchanged.
 */
export function showHidden(text: string, locale: Locale): string {
  return text.replace(HIDDEN, (character) => `⟨${characterName(character, locale)}⟩`);
}

/** The hidden characters of a text, each named once, in order: `U+200B zero-width space`. */
export function hiddenCharacterNames(text: string, locale: Locale): string[] {
  return [...new Set(text.match(HIDDEN) ?? [])].map((character) => characterName(character, locale));
}
