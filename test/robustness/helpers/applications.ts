/**
 * Random applications, valid and invalid, built from the format's own
 * vocabulary (vocabulary.ts, countries.ts, duration.ts, and the keys the
 * schema names through schema-info.ts), serialised as YAML text in several
 * styles. Mappings are `Map`s so that keys such as `__proto__` stay ordinary
 * keys all the way into the text.
 */
import fc from 'fast-check';
import { stringify } from 'yaml';
import { COUNTRY_CODES } from '../../../server/src/core/format/countries';
import { UNIT_WORDS } from '../../../server/src/core/format/duration';
import { propertyNames, schemaAt } from '../../../server/src/core/format/schema-info';
import { RULE_IDS, type CheckConfig, type RuleId, type SeveritySetting } from '../../../server/src/core/base/types';
import { ACTIVITY_TYPES, allowedRoles, FIELDS, ORGANISATION_TYPES, PRIORITIES, PURPOSES, ROLES, type ActivityType } from '../../../server/src/core/format/vocabulary';

type Value = unknown;
type Entry = readonly [string, Value];

/** A key left out of a mapping. */
const MISSING = Symbol('missing');

/**
 * How far an application strays from a valid one: 0 writes only valid keys and
 * well-typed values (the rules may still find mistakes of content); higher
 * levels add wrong types, missing keys, unknown and hostile keys.
 */
type Noise = 0 | 1 | 2;

interface Weights {
  readonly valid: number;
  readonly wrong: number;
  readonly missing: number;
}

/** Mostly `valid`; with noise, now and then a wrong type or a missing key. Optional keys are often left out anyway. */
function field(noise: Noise, valid: fc.Arbitrary<Value>, optional = 0): fc.Arbitrary<Value | typeof MISSING> {
  const weights: Weights = { valid: 24, wrong: noise * 2, missing: noise * 2 + optional * 8 };
  return fc.oneof(
    { weight: weights.valid, arbitrary: valid },
    ...(weights.wrong > 0 ? [{ weight: weights.wrong, arbitrary: wrongType }] : []),
    ...(weights.missing > 0 ? [{ weight: weights.missing, arbitrary: fc.constant(MISSING) }] : []),
  );
}

const scalar: fc.Arbitrary<Value> = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.integer({ min: -5, max: 1000 }),
  fc.double({ noDefaultInfinity: false }),
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom('yes', 'NO', 'on', '~', '', ' ', '0x1F', '1e3', '.inf', '-.nan', '2027-09-01', '12:30', 'null'),
);

/** A value of the wrong type for wherever it lands. */
const wrongType: fc.Arbitrary<Value> = fc.oneof(
  { weight: 4, arbitrary: scalar },
  { weight: 1, arbitrary: fc.array(scalar, { maxLength: 3 }) },
  { weight: 1, arbitrary: fc.array(fc.tuple(fc.string({ maxLength: 6 }), scalar), { maxLength: 3 }).map((entries) => new Map(entries)) },
);

/** Every key the schema names anywhere, plus keys that must stay ordinary keys. */
const SCHEMA_KEYS = [
  ...new Set(
    [[], ['project'], ['partners', 0], ['activities', 0], ['activities', 0, 'participants', 0], ['youth-initiatives', 0], ['youth-initiatives', 0, 'groups', 0]].flatMap(
      (path) => propertyNames(schemaAt(path)),
    ),
  ),
];
const HOSTILE_KEYS = ['__proto__', 'constructor', 'prototype', 'hasOwnProperty', 'toString', '<<', '', ' ', '?', '- a', 'x-', 'X-notes', 'kontakt', 'titel', 'Title'];

const extraKey: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...SCHEMA_KEYS),
  fc.constantFrom(...HOSTILE_KEYS),
  fc.string({ maxLength: 8 }).map((name) => `x-${name}`),
  fc.string({ minLength: 1, maxLength: 10 }),
);

/** Extra keys: known ones in the wrong place, `x-` fields (free), unknown and hostile names. */
function extras(noise: Noise): fc.Arbitrary<readonly Entry[]> {
  const entry = fc.tuple(extraKey, fc.oneof(scalar, wrongType));
  if (noise === 0) return fc.oneof({ weight: 9, arbitrary: fc.constant<readonly Entry[]>([]) }, { weight: 1, arbitrary: fc.array(fc.tuple(fc.string({ maxLength: 8 }).map((name) => `x-${name}`), scalar), { maxLength: 1 }) });
  return fc.oneof({ weight: 6 - noise * 2, arbitrary: fc.constant<readonly Entry[]>([]) }, { weight: noise, arbitrary: fc.array(entry, { minLength: 1, maxLength: 2 }) });
}

function mapping(noise: Noise, entries: fc.Arbitrary<readonly (readonly [string, Value | typeof MISSING])[]>): fc.Arbitrary<Map<string, Value>> {
  return fc.tuple(entries, extras(noise), fc.boolean()).map(([own, extra, reverse]) => {
    const all: Entry[] = [...own.filter((entry): entry is Entry => entry[1] !== MISSING), ...extra];
    if (reverse && noise > 0) all.reverse();
    return new Map(all);
  });
}

const PARTNER_IDS = ['se-school', 'fi-school', 'de-uni', 'no-ngo', 'P1', 'p_2'];

const countryValue: fc.Arbitrary<Value> = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom('SE', 'FI', 'DE', 'NO', 'FR', 'EE') },
  { weight: 2, arbitrary: fc.constantFrom(...COUNTRY_CODES) },
  { weight: 1, arbitrary: fc.constantFrom('se', 'UK', 'XK', 'SWE', 'Sverige', 'EU', '', 'ÅÄ', 'S E') },
);

const UNITS = Object.keys(UNIT_WORDS);
const durationTerm = fc.tuple(fc.integer({ min: 0, max: 400 }), fc.constantFrom(...UNITS), fc.constantFrom('lower', 'lower', 'upper', 'title')).map(
  ([amount, unit, style]) =>
    `${amount} ${style === 'upper' ? unit.toUpperCase() : style === 'title' ? unit[0].toUpperCase() + unit.slice(1) : unit}`,
);
const durationValue: fc.Arbitrary<Value> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom('7 days', '5 dagar', '2 weeks', '3 veckor', '2 months', '6 månader', '1 år', '1 month 15 days', '10 days') },
  { weight: 4, arbitrary: fc.array(durationTerm, { minLength: 1, maxLength: 3 }).chain((terms) => fc.constantFrom(terms.join(' '), terms.join(', '), terms.join(','))) },
  {
    weight: 2,
    arbitrary: fc.constantFrom('10', 'ten days', '0 days', '3 fortnights', '1.5 months', '-2 days', '10days', 'days', '2 months and 3 days', '1 vecka 2 dagar', '7 DAGAR', '1 ar', ''),
  },
  { weight: 1, arbitrary: fc.oneof(fc.integer(), fc.boolean(), fc.constant(null), fc.constant([]), fc.constant(['7 days'])) },
);

const validDate = fc
  .tuple(fc.integer({ min: 2026, max: 2030 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }))
  .map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
const dateValue: fc.Arbitrary<Value> = fc.oneof(
  { weight: 8, arbitrary: validDate },
  {
    weight: 2,
    arbitrary: fc.constantFrom('2027-02-30', '2027-02-29', '2028-02-29', '2027-13-01', '2027-00-10', '2027-04-31', '27-09-01', '2027-9-1', '2027-09-01T10:00:00', '2027/09/01', '1 september 2027', '0000-01-01', '9999-12-31'),
  },
  { weight: 1, arbitrary: fc.oneof(fc.integer({ min: 20240101, max: 20321231 }), fc.boolean()) },
);

const idValue = (pool: readonly string[]): fc.Arbitrary<Value> =>
  fc.oneof({ weight: 12, arbitrary: fc.constantFrom(...pool) }, { weight: 1, arbitrary: fc.constantFrom('1abc', 'a b', '', 'se-scool', 'ÅÄÖ', '__proto__', 'constructor') });

const enumValue = (values: readonly string[], typos: readonly string[]): fc.Arbitrary<Value> =>
  fc.oneof({ weight: 12, arbitrary: fc.constantFrom(...values) }, { weight: 1, arbitrary: fc.constantFrom(...typos, 'toString', '__proto__') });

const text = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom('Demokrati i skolan', 'Unga röster', 'Östra gymnasiet, Umeå', 'Ünïcödé 😀', 'a: b', '# not a comment', '"quoted"', "it's", 'Line one\nline two') },
  { weight: 1, arbitrary: fc.string({ maxLength: 20 }) },
);

function partner(noise: Noise) {
  return mapping(
    noise,
    fc.tuple(
      fc.tuple(fc.constant('id'), field(noise, idValue(PARTNER_IDS))),
      fc.tuple(fc.constant('name'), field(noise, text)),
      fc.tuple(fc.constant('country'), field(noise, countryValue)),
      fc.tuple(fc.constant('type'), field(noise, enumValue(Object.keys(ORGANISATION_TYPES), ['schol', 'university', 'School']))),
      fc.tuple(fc.constant('coordinator'), field(noise, fc.boolean(), 1)),
    ),
  );
}

function group(noise: Noise, type: ActivityType) {
  return mapping(
    noise,
    fc.tuple(
      fc.tuple(fc.constant('from'), field(noise, idValue(PARTNER_IDS))),
      fc.tuple(
        fc.constant('role'),
        field(noise, fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...allowedRoles(type)) }, { weight: 1, arbitrary: enumValue(Object.keys(ROLES), ['pupils', 'Teacher']) })),
      ),
      fc.tuple(fc.constant('count'), field(noise, fc.oneof({ weight: 8, arbitrary: fc.integer({ min: 1, max: 40 }) }, { weight: 1, arbitrary: fc.constantFrom(0, -1, 2.5) }))),
      fc.tuple(fc.constant('duration'), field(noise, durationValue, 2)),
      fc.tuple(fc.constant('age'), field(noise, fc.integer({ min: 5, max: 70 }), 2)),
      fc.tuple(fc.constant('residence'), field(noise, countryValue, 3)),
    ),
  );
}

function activity(noise: Noise, index: number) {
  return fc.constantFrom(...(Object.keys(ACTIVITY_TYPES) as ActivityType[])).chain((type) =>
    mapping(
      noise,
      fc.tuple(
        fc.tuple(fc.constant('id'), field(noise, idValue([`C${index}`, 'C1', 'A', `LTT${index}`]))),
        fc.tuple(fc.constant('type'), field(noise, fc.oneof({ weight: 12, arbitrary: fc.constant(type) }, { weight: 1, arbitrary: fc.constantFrom('short-term-pupil-exchanges', 'blended', 'toString') }))),
        fc.tuple(fc.constant('title'), field(noise, text, 1)),
        fc.tuple(fc.constant('host'), field(noise, idValue(PARTNER_IDS))),
        fc.tuple(fc.constant('duration'), field(noise, durationValue, 1)),
        fc.tuple(fc.constant('start'), field(noise, dateValue, 1)),
        fc.tuple(fc.constant('end'), field(noise, dateValue, 2)),
        fc.tuple(fc.constant('purpose'), field(noise, enumValue(Object.keys(PURPOSES), ['teach', 'Training']), type === 'long-term-teaching-assignment' ? 0 : 3)),
        fc.tuple(fc.constant('ects'), field(noise, fc.boolean(), type === 'intensive-study-programme' ? 1 : 3)),
        fc.tuple(fc.constant('virtual'), field(noise, text, type === 'blended-mobility' ? 0 : 3)),
        fc.tuple(fc.constant('accompanying'), field(noise, fc.integer({ min: -1, max: 6 }), type === 'short-term-pupil-exchange' ? 0 : 3)),
        fc.tuple(fc.constant('participants'), field(noise, fc.array(group(noise, type), { minLength: 1, maxLength: 3 }))),
      ),
    ),
  );
}

function youthInitiative(noise: Noise) {
  const youthGroup = mapping(
    noise,
    fc.tuple(
      fc.tuple(fc.constant('country'), field(noise, countryValue)),
      fc.tuple(fc.constant('members'), field(noise, fc.integer({ min: 0, max: 12 }), 1)),
      fc.tuple(fc.constant('minors'), field(noise, fc.boolean(), 1)),
    ),
  );
  return mapping(
    noise,
    fc.tuple(
      fc.tuple(fc.constant('id'), field(noise, idValue(['Y1', 'Y2']))),
      fc.tuple(fc.constant('title'), field(noise, text, 1)),
      fc.tuple(fc.constant('groups'), field(noise, fc.array(youthGroup, { maxLength: 3 }))),
      fc.tuple(fc.constant('coach'), field(noise, text, 1)),
    ),
  );
}

function project(noise: Noise) {
  return mapping(
    noise,
    fc.tuple(
      fc.tuple(fc.constant('title'), field(noise, text)),
      fc.tuple(fc.constant('field'), field(noise, enumValue(Object.keys(FIELDS), ['school', 'higher', 'Youth']))),
      fc.tuple(fc.constant('start'), field(noise, dateValue, 1)),
      fc.tuple(fc.constant('duration'), field(noise, durationValue, 1)),
      fc.tuple(fc.constant('priorities'), field(noise, fc.array(enumValue(Object.keys(PRIORITIES), ['ict', 'inclusion']), { maxLength: 3 }), 2)),
      fc.tuple(fc.constant('summary'), field(noise, text, 2)),
    ),
  );
}

function applicationWith(noise: Noise): fc.Arbitrary<Map<string, Value>> {
  return mapping(
    noise,
    fc.tuple(
      fc.tuple(fc.constant('project'), field(noise, project(noise))),
      fc.tuple(fc.constant('partners'), field(noise, fc.array(partner(noise), { minLength: 1, maxLength: 5 }))),
      fc.tuple(fc.constant('activities'), field(noise, fc.array(activity(noise, 1), { maxLength: 3 }), 1)),
      fc.tuple(fc.constant('youth-initiatives'), field(noise, fc.array(youthInitiative(noise), { maxLength: 2 }), 3)),
    ),
  );
}

/** A whole application as a Map: from valid in form to full of mistakes of every kind the format knows. */
export const application: fc.Arbitrary<Map<string, Value>> = fc.constantFrom<Noise>(0, 0, 1, 2).chain(applicationWith);

/** How the `yaml` package writes the value: block or flow, quoting, indentation, line width. */
export const yamlStyle = fc.record({
  indent: fc.constantFrom(2, 4),
  indentSeq: fc.boolean(),
  collectionStyle: fc.constantFrom('any', 'any', 'block', 'flow') as fc.Arbitrary<'any' | 'block' | 'flow'>,
  defaultStringType: fc.constantFrom('PLAIN', 'PLAIN', 'QUOTE_DOUBLE', 'QUOTE_SINGLE') as fc.Arbitrary<'PLAIN' | 'QUOTE_DOUBLE' | 'QUOTE_SINGLE'>,
  defaultKeyType: fc.constantFrom(null, 'PLAIN', 'QUOTE_DOUBLE') as fc.Arbitrary<null | 'PLAIN' | 'QUOTE_DOUBLE'>,
  lineWidth: fc.constantFrom(0, 20, 80),
});

/** Changes a writer would make by hand: comments, CRLF or CR line ends, trailing blanks, document markers, a BOM. */
export const handEdits = fc.record({
  commentLines: fc.array(fc.tuple(fc.nat(), fc.constantFrom('# a comment', '# kommentar: åäö', '#', '# partnership-disable-next-line schema', '  # indented comment'))),
  trailingComments: fc.array(fc.tuple(fc.nat(), fc.constantFrom(' # note', ' #😀'))),
  trailingBlanks: fc.boolean(),
  lineEnding: fc.constantFrom('\n', '\n', '\r\n', '\r'),
  documentStart: fc.boolean(),
  documentEnd: fc.boolean(),
  finalNewline: fc.boolean(),
  bom: fc.constantFrom(false, false, false, true),
});

export type HandEdits = typeof handEdits extends fc.Arbitrary<infer T> ? T : never;

export function applyHandEdits(yaml: string, edits: HandEdits): string {
  let lines = yaml.replace(/\n$/, '').split('\n');
  for (const [at, comment] of edits.commentLines) lines.splice(at % (lines.length + 1), 0, comment);
  // A trailing comment is only added after a plain-looking line end (never inside a quoted or block scalar on purpose;
  // when it lands in one, the text is simply a different, possibly invalid, application).
  for (const [at, comment] of edits.trailingComments) {
    const index = at % lines.length;
    if (lines[index].trim() !== '') lines[index] += comment;
  }
  if (edits.trailingBlanks) lines = lines.map((line, i) => (i % 3 === 0 ? `${line}  ` : line));
  if (edits.documentStart) lines.unshift('---');
  if (edits.documentEnd) lines.push('...');
  let text = lines.join('\n') + (edits.finalNewline ? '\n' : '');
  if (edits.lineEnding !== '\n') text = text.replace(/\n/g, edits.lineEnding);
  if (edits.bom) text = `\uFEFF${text}`;
  return text;
}

/** YAML text of a random application: the `yaml` package's output in a random style, then hand edits. */
export const applicationText: fc.Arbitrary<string> = fc
  .tuple(application, yamlStyle, handEdits)
  .map(([value, style, edits]) => applyHandEdits(stringify(value, { ...style, aliasDuplicateObjects: false }), edits));

/** Random severity overrides, as `partnership.rules` or `--rule` give them. */
export const checkConfig: fc.Arbitrary<CheckConfig> = fc
  .tuple(
    fc.constantFrom('en', 'sv') as fc.Arbitrary<'en' | 'sv'>,
    fc.array(fc.tuple(fc.constantFrom(...RULE_IDS), fc.constantFrom('error', 'warning', 'information', 'hint', 'off') as fc.Arbitrary<SeveritySetting>), {
      maxLength: 4,
    }),
  )
  .map(([locale, overrides]) => ({ locale, rules: Object.fromEntries(overrides) as Partial<Record<RuleId, SeveritySetting>> }));
