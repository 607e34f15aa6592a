/**
 * Hostile and extreme inputs (issue 6), as builders: the measuring child
 * process builds the text itself (a 50 MB text is not sent over a pipe), and
 * the test knows what to expect of each.
 */

/** "Billion laughs": ten levels of ten aliases each, 10^10 strings once expanded. */
export function aliasBomb(levels = 10): string {
  let text = 'x-a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n';
  for (let i = 1; i < levels; i++) text += `x-a${i}: &a${i} [${Array(10).fill(`*a${i - 1}`).join(', ')}]\n`;
  return text;
}

/** The bomb inside an application, where the rules walk: `partners` and an activity's participants are the last level. */
export function aliasBombInApplication(): string {
  return `${aliasBomb(9)}project:\n  title: Skrattbomben\n  field: youth\npartners: *a8\nactivities:\n  - id: C1\n    type: short-term-staff-training\n    host: a\n    duration: 5 days\n    participants: *a8\n`;
}

export const DEEP = 10_000;

export function deepFlowSequences(depth = DEEP): string {
  return '['.repeat(depth) + ']'.repeat(depth);
}

export function deepFlowMappings(depth = DEEP): string {
  return '{a: '.repeat(depth) + '1' + '}'.repeat(depth);
}

/** Block mappings, each nested one space deeper: depth²/2 characters (50 MB for 10 000 levels). */
export function deepBlockMappings(depth = DEEP): string {
  const parts: string[] = [];
  for (let i = 0; i < depth; i++) parts.push(`${' '.repeat(i)}k:\n`);
  parts.push(`${' '.repeat(depth)}v\n`);
  return parts.join('');
}

/** Compact nested block sequences: `- - - ... x`. */
export function deepBlockSequences(depth = DEEP): string {
  return `${'- '.repeat(depth)}x\n`;
}

/** 10 000 unclosed brackets inside an application. */
export function unclosedBrackets(depth = DEEP): string {
  return `project:\n  title: ${'['.repeat(depth)}\n  field: youth\n`;
}

export const PARTNERS = `partners:
  - id: se-school
    name: Östra gymnasiet, Umeå
    country: SE
    type: school
    coordinator: true
  - id: fi-school
    name: Helsingin koulu
    country: FI
    type: school
  - id: de-school
    name: Gesamtschule Köln
    country: DE
    type: school
`;

const PROJECT = `project:
  title: Demokrati i skolan
  field: school-education
  start: 2027-09-01
  duration: 24 months
`;

function activityText(i: number, host = 'fi-school'): string {
  return `  - id: A${i}
    type: short-term-staff-training
    title: Teaching democracy ${i}
    host: ${host}
    duration: 4 days
    start: 2027-11-15
    participants:
      - from: se-school
        role: teacher
        count: 3
      - from: de-school
        role: teacher
        count: 3
`;
}

/** `count` valid activities, the last one hosted by a partner that does not exist. */
export function manyActivities(count: number): string {
  const parts = [PROJECT, PARTNERS, 'activities:\n'];
  for (let i = 0; i < count - 1; i++) parts.push(activityText(i));
  parts.push(activityText(count - 1, 'nowhere'));
  return parts.join('');
}

/** The line and columns of the unknown host in manyActivities(count). */
export function manyActivitiesError(count: number): { line: number; start: number; end: number } {
  const linesBefore = (PROJECT + PARTNERS).split('\n').length - 1 + 1 + (count - 1) * 13;
  return { line: linesBefore + 3, start: 10, end: 17 };
}

/** A valid application as one line of about 1 MB (a long title in a flow mapping), with a mistake at its end. */
export function megabyteLine(): string {
  const title = 'x'.repeat(1_000_000);
  return `{project: {title: "${title}", field: school-education}, partners: [{id: a, name: A, country: SE, type: school, coordinator: true}, {id: b, name: B, country: fi, type: school}]}\n`;
}

/** The same long line, its quote never closed. */
export function megabyteUnclosedQuote(): string {
  return `project:\n  title: "${'y'.repeat(1_000_000)}\n  field: youth\n`;
}

/** One mapping with the same key a thousand times, and a second `partners` section. */
export function duplicateKeys(count = 1000): string {
  const second = 'partners:\n  - id: extra\n    name: Extra\n    country: NO\n    type: ngo\n';
  return `project:\n${'  title: Demokrati\n'.repeat(count)}  field: youth\n${PARTNERS}${second}`;
}

/** A file of about `bytes` bytes: a valid application with thousands of activities. */
export function largeFile(bytes: number): string {
  const parts = [PROJECT, PARTNERS, 'activities:\n'];
  let length = parts.join('').length;
  for (let i = 0; length < bytes; i++) {
    const activity = activityText(i);
    parts.push(activity);
    length += activity.length;
  }
  return parts.join('');
}

/** Every mapping holds `__proto__`, `constructor` and `prototype`, and values name them too. */
export function prototypeKeys(): string {
  const hostile = (indent: string) =>
    `${indent}__proto__: { polluted: true }\n${indent}constructor: { prototype: { polluted: true } }\n${indent}prototype: { polluted: true }\n`;
  return [
    hostile(''),
    'project:\n  title: Demokrati\n  field: constructor\n',
    hostile('  '),
    'partners:\n  - id: __proto__\n    name: A\n    country: SE\n    type: school\n    coordinator: true\n',
    hostile('    '),
    '  - id: constructor\n    name: B\n    country: toString\n    type: hasOwnProperty\n',
    'activities:\n  - id: C1\n    type: __proto__\n    host: constructor\n    duration: 5 days\n',
    hostile('    '),
    '    participants:\n      - from: __proto__\n        role: constructor\n        count: 2\n',
    hostile('        '),
    'youth-initiatives:\n  - id: Y1\n    groups:\n      - country: SE\n',
    hostile('        '),
  ].join('');
}

/** The keys `__proto__`, `constructor` and `prototype` in prototypeKeys(): where each is written. */
export function prototypeKeyOffsets(text: string): number[] {
  const offsets: number[] = [];
  for (const match of text.matchAll(/^( *)(__proto__|constructor|prototype):/gm)) offsets.push(match.index! + match[1].length);
  return offsets;
}

export const CUSTOM_TAGS = `project:
  title: !!js/function "function () { globalThis.pwned = true }"
  field: !include /etc/passwd
  summary: !!python/object:os.system echo pwned
  start: !!timestamp 2027-09-01
  x-a: !<tag:example.com,2000:app/foo> bar
  x-b: !!binary aGVsbG8=
  x-c: !custom { a: 1 }
partners: !!js/undefined
`;

export const TABS = 'project:\n\ttitle: Demokrati\n  field: youth\n';

export const EMOJI = `project:
  title: "😀 Demokrati 👩‍👩‍👧"
  field: school-education
partners:
  - {name: "😀😀 Skola 👩‍👩‍👧", id: a, country: se, type: school, coordinator: true}
  - {name: "Ünïcödé", id: b, country: FI, type: schol}
`;

/** An application with mistakes on several lines, to be checked with LF, CRLF and a BOM. */
export const LINE_ENDINGS = `project:
  title: Demokrati i skolan
  field: school-educaton
partners:
  - id: se-school
    name: Östra gymnasiet
    country: se
    type: school
    coordinator: true
  - id: fi-school
    name: Helsingin koulu
    country: FI
    type: school
activities:
  - id: C1
    type: short-term-pupil-exchange
    host: fi-scool
    duration: 7 days
    accompanying: 2
    participants:
      - from: se-school
        role: pupil
        count: 10
`;

/** One line with a mistake on it (the field `yuoth`, columns 28-33), for the byte order mark. */
export const ONE_LINE = '{project: {title: T, field: yuoth}, partners: [{id: a, name: A, country: SE, type: school, coordinator: true}, {id: b, name: B, country: FI, type: school}]}\n';

export const CASES: Readonly<Record<string, () => string>> = {
  'alias-bomb': () => aliasBomb(),
  'alias-bomb-in-application': aliasBombInApplication,
  'deep-flow-sequences': () => deepFlowSequences(),
  'deep-flow-mappings': () => deepFlowMappings(),
  'deep-block-mappings': () => deepBlockMappings(),
  'deep-block-sequences': () => deepBlockSequences(),
  'unclosed-brackets': () => unclosedBrackets(),
  'megabyte-line': megabyteLine,
  'megabyte-unclosed-quote': megabyteUnclosedQuote,
  'thousands-of-activities': () => manyActivities(5000),
  'duplicate-keys': () => duplicateKeys(),
  'prototype-keys': prototypeKeys,
  'custom-tags': () => CUSTOM_TAGS,
  tabs: () => TABS,
  emoji: () => EMOJI,
  crlf: () => LINE_ENDINGS.replace(/\n/g, '\r\n'),
  cr: () => LINE_ENDINGS.replace(/\n/g, '\r'),
  'lf': () => LINE_ENDINGS,
  bom: () => `\uFEFF${ONE_LINE}`,
  'no-bom': () => ONE_LINE,
};
