import type { ErrorObject } from 'ajv';
import { daysInMonth, isValidDate } from '../../format/dates';
import { isPartnerIdShape } from '../../model/facts';
import validate from '../../format/generated/schema-validator';
import type { ParsedDocument } from '../../syntax/parse';
import type { DocumentRule, MessageRef, Messages, RuleContext, RuleTranslator } from '../rule';
import { propertyNames, schemaAt, type SchemaNode } from '../../format/schema-info';
import { closestMatches } from '../../base/suggest';
import type { Span } from '../../base/types';
import { schemaFixes } from '../fixes/replace';
import { showHidden } from '../../base/characters';
import { ACTIVITY_TYPES, FIELDS, ORGANISATION_TYPES, PRIORITIES, PURPOSES, ROLES, type Label } from '../../format/vocabulary';
import type { Locale } from '../../base/types';

/**
 * The structure of the application: every key, type, enumeration and required key, as
 * schemas/partnership-application.schema.json defines it. The schema is compiled at build time
 * (scripts/generate-validator.mjs); this rule turns the validator's errors into one finding per
 * mistake, worded for a consultant and placed on the key or value the mistake is in.
 */
const MESSAGES = {
  // A key and where it is, as the subject of a sentence: the same in both languages.
  keyWhere: {
    en: '`{key}` {where}',
    sv: '`{key}` {where}',
  },
  emptyFile: {
    en: 'The file is empty: an application needs `project` and `partners` at the top level.',
    sv: 'Filen är tom: en ansökan behöver `project` och `partners` på översta nivån.',
  },
  rootNotMapping: {
    en: 'The top level of an application should be a mapping with `project` and `partners`, not {value}.',
    sv: 'Översta nivån i en ansökan ska vara en mappning med `project` och `partners`, inte {value}.',
  },
  unknownKeySuggested: {
    en: 'Unknown key `{key}` {where}. Did you mean `{suggestion}`?',
    sv: 'Okänd nyckel `{key}` {where}. Menade du `{suggestion}`?',
  },
  unknownKey: {
    en: 'Unknown key `{key}` {where}. Known keys here: {known}. Keys starting with `x-` are free for your own notes.',
    sv: 'Okänd nyckel `{key}` {where}. Kända nycklar här: {known}. Nycklar som börjar med `x-` är fria för egna anteckningar.',
  },
  missingPurpose: {
    en: 'A long-term teaching or training assignment needs a `purpose`: `teaching` or `training`. It is missing {where}.',
    sv: 'Ett längre undervisnings- eller fortbildningsuppdrag behöver nyckeln `purpose`: `teaching` eller `training`. Det saknas {where}.',
  },
  missingKey: {
    en: 'Missing required key `{key}` {where}.',
    sv: 'Den obligatoriska nyckeln `{key}` saknas {where}.',
  },
  unknownItemSuggested: {
    en: 'Unknown value `{value}` in `{key}` {where}. Did you mean `{suggestion}`?',
    sv: 'Okänt värde `{value}` i `{key}` {where}. Menade du `{suggestion}`?',
  },
  unknownValueSuggested: {
    en: 'Unknown value `{value}` for `{key}` {where}. Did you mean `{suggestion}`?',
    sv: 'Okänt värde `{value}` för `{key}` {where}. Menade du `{suggestion}`?',
  },
  unknownItem: {
    en: 'Unknown value `{value}` in `{key}` {where}. Allowed values: {allowed}.',
    sv: 'Okänt värde `{value}` i `{key}` {where}. Tillåtna värden: {allowed}.',
  },
  unknownValue: {
    en: 'Unknown value `{value}` for `{key}` {where}. Allowed values: {allowed}.',
    sv: 'Okänt värde `{value}` för `{key}` {where}. Tillåtna värden: {allowed}.',
  },
  badId: {
    en: 'The id `{id}` {where} should start with a letter and hold only letters, digits, `-` and `_`.',
    sv: 'Id:t `{id}` {where} ska börja med en bokstav och bara innehålla bokstäver, siffror, `-` och `_`.',
  },
  tooSmall: {
    en: '{subject} should be at least {limit}, not {value}.',
    sv: '{subject} ska vara minst {limit}, inte {value}.',
  },
  noEntries: {
    en: '{subject} needs at least one entry.',
    sv: '{subject} behöver minst en post.',
  },
  otherwise: {
    en: '{subject} does not follow the application format.',
    sv: '{subject} följer inte ansökans format.',
  },
  booleanAsText: {
    en: '{subject} should be `true` or `false`, not the text `{value}`: YAML 1.2 reads yes, no, on and off as text.',
    sv: '{subject} ska vara `true` eller `false`, inte texten `{value}`: YAML 1.2 läser yes, no, on och off som text.',
  },
  booleanQuoted: {
    en: '{subject} should be `true` or `false`, not the text `{value}`: remove the quotes.',
    sv: '{subject} ska vara `true` eller `false`, inte texten `{value}`: ta bort citattecknen.',
  },
  valueTagged: {
    en: '{subject} should be {expected}, not the text `{value}`: remove the tag `{tag}` before it.',
    sv: '{subject} ska vara {expected}, inte texten `{value}`: ta bort taggen `{tag}` framför.',
  },
  numberWithUnit: {
    en: '{subject} should be {expected}, not the text `{value}`: write the number alone, without a unit: `{number}`.',
    sv: '{subject} ska vara {expected}, inte texten `{value}`: skriv bara talet, utan enhet: `{number}`.',
  },
  numberAsText: {
    en: '{subject} should be {expected}, not the text `{value}`: write the number without quotes.',
    sv: '{subject} ska vara {expected}, inte texten `{value}`: skriv talet utan citattecken.',
  },
  wrongType: {
    en: '{subject} should be {expected}, not {actual}.',
    sv: '{subject} ska vara {expected}, inte {actual}.',
  },
  dateFormatSuggested: {
    en: 'The date `{value}` for `{key}` {where} should be written YYYY-MM-DD: `{suggestion}`.',
    sv: 'Datumet `{value}` för `{key}` {where} ska skrivas ÅÅÅÅ-MM-DD: `{suggestion}`.',
  },
  dateFormat: {
    en: 'The date `{value}` for `{key}` {where} should be written YYYY-MM-DD, for example `2027-09-01`.',
    sv: 'Datumet `{value}` för `{key}` {where} ska skrivas ÅÅÅÅ-MM-DD, till exempel `2027-09-01`.',
  },
  noSuchDay: {
    en: 'The date `{value}` for `{key}` {where} does not exist: that month has only {days} days.',
    sv: 'Datumet `{value}` för `{key}` {where} finns inte: den månaden har bara {days} dagar.',
  },
  noSuchDate: {
    en: 'The date `{value}` for `{key}` {where} does not exist in the calendar.',
    sv: 'Datumet `{value}` för `{key}` {where} finns inte i kalendern.',
  },
  entryOf: {
    en: 'Entry {number} of `{key}` {where}',
    sv: 'Post {number} i `{key}` {where}',
  },
  inProject: {
    en: 'in project',
    sv: 'i projektet',
  },
  inPartner: {
    en: 'in partner `{id}`',
    sv: 'i partner `{id}`',
  },
  inPartnerNumber: {
    en: 'in partner {number}',
    sv: 'i partner {number}',
  },
  inGroup: {
    en: 'in participant group {group} of activity `{id}`',
    sv: 'i deltagargrupp {group} i verksamhet `{id}`',
  },
  inGroupNumber: {
    en: 'in participant group {group} of activity {number}',
    sv: 'i deltagargrupp {group} i verksamhet {number}',
  },
  inActivity: {
    en: 'in activity `{id}`',
    sv: 'i verksamhet `{id}`',
  },
  inActivityNumber: {
    en: 'in activity {number}',
    sv: 'i verksamhet {number}',
  },
  inYouthGroup: {
    en: 'in group {group} of youth initiative `{id}`',
    sv: 'i grupp {group} i ungdomsinitiativ `{id}`',
  },
  inYouthGroupNumber: {
    en: 'in group {group} of youth initiative {number}',
    sv: 'i grupp {group} i ungdomsinitiativ {number}',
  },
  inYouthInitiative: {
    en: 'in youth initiative `{id}`',
    sv: 'i ungdomsinitiativ `{id}`',
  },
  inYouthInitiativeNumber: {
    en: 'in youth initiative {number}',
    sv: 'i ungdomsinitiativ {number}',
  },
  atTopLevel: {
    en: 'at the top level',
    sv: 'på översta nivån',
  },
  anEmptyValue: {
    en: 'an empty value',
    sv: 'ett tomt värde',
  },
  theText: {
    en: 'the text `{text}`',
    sv: 'texten `{text}`',
  },
  theNumber: {
    en: 'the number {number}',
    sv: 'talet {number}',
  },
  theValue: {
    en: 'the value `{value}`',
    sv: 'värdet `{value}`',
  },
  aList: {
    en: 'a list',
    sv: 'en lista',
  },
  aMapping: {
    en: 'a mapping',
    sv: 'en mappning',
  },
  aDate: {
    en: 'a date written YYYY-MM-DD',
    sv: 'ett datum skrivet ÅÅÅÅ-MM-DD',
  },
  anAllowedValue: {
    en: 'one of the allowed values, such as `{example}`',
    sv: 'ett av de tillåtna värdena, till exempel `{example}`',
  },
  aWholeNumberFrom: {
    en: 'a whole number of at least {minimum}',
    sv: 'ett heltal som är minst {minimum}',
  },
  aWholeNumber: {
    en: 'a whole number',
    sv: 'ett heltal',
  },
  aNumber: {
    en: 'a number',
    sv: 'ett tal',
  },
  aBoolean: {
    en: '`true` or `false`',
    sv: '`true` eller `false`',
  },
  aMappingOfKeys: {
    en: 'a mapping of keys and values',
    sv: 'en mappning med nycklar och värden',
  },
  someText: {
    en: 'text',
    sv: 'text',
  },
} as const satisfies Messages;

export const schema: DocumentRule<typeof MESSAGES, SchemaFindingData> = {
  id: 'schema',
  severity: 'error',
  kind: 'document',
  messages: MESSAGES,
  fixes: schemaFixes,
  guideSection: 'Strategiska partnerskap',
  docs: {
    en: {
      summary: 'The application must follow the file format: known keys, the right types, values from the lists, real dates.',
      details:
        'Checks the structure every other rule relies on: `project` with a `title` and a `field`, at least one partner with `id`, `name`, `country` and `type`, and activities and youth initiatives with their required keys. Values must have the right type (text, whole numbers, `true`/`false`, lists), come from the format\'s lists (fields, activity types, roles, organisation types, priorities) and dates must be real dates written YYYY-MM-DD. A long-term teaching or training assignment must say whether its `purpose` is `teaching` or `training`. An unknown key is usually a typo, and the message suggests the closest known key; keys starting with `x-` are free for your own notes and never reported. A misspelt key whose suggestion is a known key counts as that key for every other rule (it is present, and no rule reads its value), so this error is the one diagnostic; when the suggestion is a missing required key, only the unknown key is reported.',
    },
    sv: {
      summary: 'Ansökan måste följa filformatet: kända nycklar, rätt typer, värden ur listorna och riktiga datum.',
      details:
        'Kontrollerar strukturen som alla andra regler bygger på: `project` med `title` och `field`, minst en partner med `id`, `name`, `country` och `type`, samt verksamheter och ungdomsinitiativ med sina obligatoriska nycklar. Värdena måste ha rätt typ (text, heltal, `true`/`false`, listor), komma från formatets listor (områden, typer av verksamheter, roller, organisationstyper, prioriteringar) och datum måste vara riktiga datum skrivna ÅÅÅÅ-MM-DD. Ett längre undervisnings- eller fortbildningsuppdrag måste ange om dess `purpose` är `teaching` eller `training`. En okänd nyckel är oftast ett skrivfel, och meddelandet föreslår den närmaste kända nyckeln; nycklar som börjar med `x-` är fria för egna anteckningar och rapporteras aldrig. En felstavad nyckel vars förslag är en känd nyckel räknas som den nyckeln av alla andra regler (den finns, och ingen regel läser dess värde), så det här felet är den enda diagnosen; när förslaget är en obligatorisk nyckel som saknas rapporteras bara den okända nyckeln.',
    },
  },
  fixDocs: {
    en: 'An unknown key: each close known key; a value outside its list: each close value; `yes`/`no` → `true`/`false`; a quoted number → the number; a date written otherwise → `YYYY-MM-DD`; a missing `purpose`: *Add `purpose: teaching`* / *`training`*; any other missing key (not a list or a mapping): *Add `key: value`* after the mapping\'s last key, with a value to fill in (an allowed value such as a role the activity type allows, a partner id for `host` and `from`, the next free `id`, the lowest count, or a text naming it), never in Fix all; an editor that takes snippets puts the cursor on the value.',
    sv: 'En okänd nyckel: varje närliggande känd nyckel; ett värde utanför sin lista: varje närliggande värde; `yes`/`no` → `true`/`false`; ett tal inom citattecken → talet; ett datum skrivet på annat sätt → `ÅÅÅÅ-MM-DD`; en saknad `purpose`: *Lägg till `purpose: teaching`* / *`training`*; varje annan saknad nyckel (inte en lista eller en mappning): *Lägg till `key: value`* efter mappningens sista nyckel, med ett värde att fylla i (ett tillåtet värde som en roll som verksamhetstypen tillåter, ett partner-id för `host` och `from`, nästa lediga `id`, det lägsta antalet eller en text som säger vad som ska stå där), aldrig i Fix all; en redigerare som tar emot kodsnuttar sätter markören på värdet.',
  },
  check(context) {
    new SchemaCheck(context).run();
  },
};

type Path = readonly (string | number)[];

/**
 * Dates in year 0000: the format's dates run from 0001 to 9999 (spec, Details), but the schema's
 * `date` format (RFC 3339, through ajv-formats) accepts year 0000. Reported as the validator would
 * report a date that does not exist, so the message is the same.
 */
function yearZeroDates(root: Record<string, unknown>): ErrorObject[] {
  const found: ErrorObject[] = [];
  const check = (value: unknown, instancePath: string) => {
    if (typeof value === 'string' && /^0000-\d{2}-\d{2}$/.test(value)) {
      found.push({ keyword: 'format', instancePath, schemaPath: '#/date', params: { format: 'date' } });
    }
  };
  const project = root['project'];
  if (isMapping(project)) check(project['start'], '/project/start');
  const activities = root['activities'];
  if (Array.isArray(activities)) {
    activities.forEach((activity: unknown, index) => {
      if (!isMapping(activity)) return;
      check(activity['start'], `/activities/${index}/start`);
      check(activity['end'], `/activities/${index}/end`);
    });
  }
  return found;
}

/** The top-level lists whose items the schema validates each on its own (no keyword looks across items). */
const LISTS = ['partners', 'activities', 'youth-initiatives'] as const;
const ITEM_PATH = /^\/(partners|activities|youth-initiatives)\/(\d+)(?=\/|$)/;

/**
 * List items known to validate without an error, by list. A parsed value is
 * never changed, and core/incremental hands the same item objects to every
 * check while their text stays the same, so after an edit only the new items
 * are validated again. (A WeakSet: an item is forgotten with its document.)
 */
const VALID_ITEMS: Readonly<Record<(typeof LISTS)[number], WeakSet<object>>> = {
  partners: new WeakSet(),
  activities: new WeakSet(),
  'youth-initiatives': new WeakSet(),
};

/**
 * The schema's errors for the application: the generated validator, run on
 * the root with the list items already known to be valid left out (each list
 * keeps at least one item, for its `minItems`). Error paths are those of the
 * whole root.
 */
function validateApplication(root: Record<string, unknown>): ErrorObject[] {
  let reduced = root;
  const kept = new Map<string, number[]>();
  for (const key of LISTS) {
    const list = root[key];
    if (!Array.isArray(list)) continue;
    const valid = VALID_ITEMS[key];
    const indexes: number[] = [];
    for (let i = 0; i < list.length; i++) {
      const item: unknown = list[i];
      if (item === null || typeof item !== 'object' || !valid.has(item)) indexes.push(i);
    }
    if (indexes.length === list.length) continue;
    if (indexes.length === 0) indexes.push(0);
    if (reduced === root) reduced = Object.assign(Object.create(null) as Record<string, unknown>, root);
    reduced[key] = indexes.map((i) => list[i]);
    kept.set(key, indexes);
  }
  const errors = validate(reduced) ? [] : [...(validate.errors ?? [])];
  const withErrors = new Set<string>();
  const mapped = errors.map((error) => {
    const match = ITEM_PATH.exec(error.instancePath);
    if (!match) return error;
    const indexes = kept.get(match[1]);
    const index = indexes ? indexes[Number(match[2])] : Number(match[2]);
    withErrors.add(`${match[1]}/${index}`);
    return indexes ? { ...error, instancePath: `/${match[1]}/${index}${error.instancePath.slice(match[0].length)}` } : error;
  });
  for (const key of LISTS) {
    const list = root[key];
    if (!Array.isArray(list)) continue;
    for (const i of kept.get(key) ?? list.keys()) {
      const item: unknown = list[i];
      if (item !== null && typeof item === 'object' && !withErrors.has(`${key}/${i}`)) VALID_ITEMS[key].add(item);
    }
  }
  return mapped;
}

/** Which constraint a schema finding is about. */
export type SchemaFindingKind =
  | 'root'
  | 'unknown-key'
  | 'missing-key'
  | 'type'
  | 'enum'
  | 'date'
  | 'pattern'
  | 'minimum'
  | 'min-items'
  | 'other';

/** The `data` of a schema finding: what a quick fix needs to know. */
export type SchemaFindingData = {
  readonly kind: SchemaFindingKind;
  /** Keys and list indexes from the top of the document: the mapping (unknown and missing keys) or the value. */
  readonly path: Path;
  /** The unknown or missing key, or the key the value is written under (for a list item, the list's key). */
  readonly key?: string;
  /** Replacements, best first: keys for an unknown key, values for an enumeration, a date, `true`/`false`, a number, an id. */
  readonly suggestions?: readonly string[];
  /** Every key of the mapping (unknown key) or every value of the enumeration (enum). */
  readonly allowed?: readonly string[];
  /** The expected type (`string`, `integer`, `boolean`, `array`, `object`, `date`) or the lower limit (minimum, min-items). */
  readonly expected?: string | number;
};

/** Of the errors ajv reports for one value, the one to report (earlier wins). */
const VALUE_KEYWORDS = ['type', 'enum', 'pattern', 'format', 'minimum', 'minItems'];

const MAX_SHOWN = 40;

interface MappingProblems {
  readonly path: Path;
  readonly mapping: Record<string, unknown>;
  readonly missing: string[];
  readonly unknown: string[];
}

class SchemaCheck {
  private readonly doc: ParsedDocument;
  private readonly root: unknown;
  private readonly reported = new Set<string>();

  constructor(private readonly context: RuleContext<typeof MESSAGES, SchemaFindingData>) {
    this.doc = context.doc;
    this.root = context.doc.root;
  }

  run(): void {
    if (!isMapping(this.root)) {
      this.reportRoot();
      return;
    }
    const errors = [...validateApplication(this.root), ...yearZeroDates(this.root)];
    if (errors.length === 0) return;
    const mappings = new Map<string, MappingProblems>();
    const values = new Map<string, { path: Path; errors: ErrorObject[] }>();
    for (const error of errors) {
      if (error.keyword === 'if') continue; // the `then` branch's own error says what is wrong
      const path = this.toPath(error.instancePath);
      if (!path) continue;
      const id = JSON.stringify(path);
      if (error.keyword === 'required' || error.keyword === 'additionalProperties') {
        const mapping = this.valueAt(path);
        if (!isMapping(mapping)) continue;
        let problems = mappings.get(id);
        if (!problems) mappings.set(id, (problems = { path, mapping, missing: [], unknown: [] }));
        if (error.keyword === 'required') problems.missing.push(String(error.params.missingProperty));
        else problems.unknown.push(String(error.params.additionalProperty));
        continue;
      }
      let bucket = values.get(id);
      if (!bucket) values.set(id, (bucket = { path, errors: [] }));
      bucket.errors.push(error);
    }
    for (const problems of mappings.values()) this.reportMapping(problems);
    for (const { path, errors } of values.values()) this.reportValue(path, pickOne(errors));
  }

  private report(span: Span, message: MessageRef, data: SchemaFindingData): void {
    // A mapping reached twice through a YAML alias is one mistake in the text, reported once.
    const id = `${span.start}:${span.end}:${String(data.kind)}:${String(data.key)}`;
    if (this.reported.has(id)) return;
    this.reported.add(id);
    this.context.report(span, message, data);
  }

  // --- the top level ---------------------------------------------------------------------

  private reportRoot(): void {
    const { rootSpan, problems } = this.doc;
    if (this.root === null || this.root === undefined) {
      // A file the parser could not read at all: the syntax error is the one mistake.
      if (problems.length > 0) return;
      if (rootSpan.end <= rootSpan.start) {
        this.report(
          { start: 0, end: 0 },
          this.context.tr.t('emptyFile'),
          { kind: 'root', path: [] },
        );
        return;
      }
    }
    this.report(
      this.trim(rootSpan),
      this.context.tr.t('rootNotMapping', { value: describeValue(this.root, this.context.tr) }),
      { kind: 'root', path: [], expected: 'object' },
    );
  }

  // --- keys of a mapping -----------------------------------------------------------------

  private reportMapping({ path, mapping, missing, unknown }: MappingProblems): void {
    const where = this.contextOf(path);
    const missingSet = new Set(missing);
    const suppressed = new Set<string>();
    const location = this.doc.locate(mapping);
    const allowed = propertyNames(schemaAt(path));
    for (const key of unknown) {
      const candidates = allowed.filter((name) => !Object.prototype.hasOwnProperty.call(mapping, name));
      const close = closestMatches(key, candidates);
      // A misspelt required key: suggest the missing key first, and report the mistake once.
      const suggestions = [...close.filter((s) => missingSet.has(s)), ...close.filter((s) => !missingSet.has(s))];
      if (suggestions.length > 0 && missingSet.has(suggestions[0])) suppressed.add(suggestions[0]);
      const span = this.doc.entry(mapping, key)?.keySpan ?? location?.firstKeySpan ?? location?.span;
      if (!span) continue;
      const message =
        suggestions.length > 0
          ? this.context.tr.t('unknownKeySuggested', { key: shownKey(key, this.context.tr.locale), where, suggestion: suggestions[0] })
          : this.context.tr.t('unknownKey', { key: shownKey(key, this.context.tr.locale), where, known: allowed.map((name) => `\`${name}\``).join(', ') });
      this.report(span, message, { kind: 'unknown-key', path, key, suggestions, allowed });
    }
    const span = location ? (location.firstKeySpan ?? this.trim(location.span)) : undefined;
    if (!span) return;
    for (const key of missing) {
      if (suppressed.has(key)) continue;
      const message =
        key === 'purpose' && mapping['type'] === 'long-term-teaching-assignment'
          ? this.context.tr.t('missingPurpose', { where })
          : this.context.tr.t('missingKey', { key, where });
      this.report(span, message, { kind: 'missing-key', path, key });
    }
  }

  // --- one value -------------------------------------------------------------------------

  private reportValue(path: Path, error: ErrorObject): void {
    const value = this.valueAt(path);
    const span = this.valueSpan(path);
    if (!span) return;
    const node = schemaAt(path);
    const key = keyOf(path);
    const subject = this.subject(path);
    const data = (kind: SchemaFindingKind, extra: Partial<SchemaFindingData> = {}): SchemaFindingData => ({
      kind,
      path,
      key,
      ...extra,
    });
    const isDate = node?.format === 'date';
    switch (error.keyword) {
      case 'type':
        this.reportType(span, path, value, node, subject);
        return;
      case 'enum': {
        const allowed = (error.params.allowedValues as string[] | undefined) ?? [...(node?.enum ?? [])];
        const suggestions = typeof value === 'string' ? suggestValues(value, allowed) : [];
        const inList = typeof path[path.length - 1] === 'number';
        const where = this.contextOf(this.ownerOf(path));
        const message =
          suggestions.length > 0
            ? inList
              ? this.context.tr.t('unknownItemSuggested', { value: shown(value, this.context.tr.locale), key, where, suggestion: suggestions[0] })
              : this.context.tr.t('unknownValueSuggested', { value: shown(value, this.context.tr.locale), key, where, suggestion: suggestions[0] })
            : inList
              ? this.context.tr.t('unknownItem', { value: shown(value, this.context.tr.locale), key, where, allowed: codeList(allowed) })
              : this.context.tr.t('unknownValue', { value: shown(value, this.context.tr.locale), key, where, allowed: codeList(allowed) });
        this.report(span, message, data('enum', { suggestions, allowed }));
        return;
      }
      case 'pattern':
      case 'format':
        if (isDate && typeof value === 'string') {
          this.reportDate(span, path, value, error.keyword === 'pattern');
          return;
        }
        if (key === 'id' && typeof value === 'string') {
          const suggestion = suggestId(value);
          this.report(
            span,
            this.context.tr.t('badId', { id: shown(value, this.context.tr.locale), where: this.contextOf(this.ownerOf(path)) }),
            data('pattern', { suggestions: suggestion ? [suggestion] : [] }),
          );
          return;
        }
        break;
      case 'minimum':
        this.report(
          span,
          this.context.tr.t('tooSmall', { subject, limit: String(error.params.limit), value: shown(value, this.context.tr.locale) }),
          data('minimum', { expected: error.params.limit }),
        );
        return;
      case 'minItems':
        this.report(span, this.context.tr.t('noEntries', { subject }), data('min-items', { expected: error.params.limit }));
        return;
    }
    this.report(span, this.context.tr.t('otherwise', { subject }), data('other'));
  }

  private reportType(span: Span, path: Path, value: unknown, node: SchemaNode | undefined, subject: MessageRef): void {
    const expected = expectedType(node, this.context.tr);
    const data: SchemaFindingData = { kind: 'type', path, key: keyOf(path), expected: expected.id };
    const { tr } = this.context;
    if (typeof value === 'string') {
      const suggestion = typedSuggestion(value, expected.id);
      const written = this.doc.text.slice(span.start, span.end);
      // Say what to remove only when it is there: quotes around `"true"`, a tag before `!!str 3`.
      const before = this.doc.text.slice(Math.max(0, span.start - 200), span.start);
      const tagBefore = /(![^\s,{}[\]]*)\s+$/.exec(before);
      const tag = /^!\S*/.exec(written)?.[0] ?? tagBefore?.[1];
      const quoted = /^["']/.test(written);
      const text = shown(value, tr.locale);
      if (suggestion !== undefined && tag !== undefined) {
        // The finding covers the tag too, so that its fix (the plain value) removes it.
        const tagged = tagBefore ? { start: span.start - (before.length - tagBefore.index), end: span.end } : span;
        this.report(tagged, tr.t('valueTagged', { subject, expected: expected.text, value: text, tag }), { ...data, suggestions: [suggestion] });
        return;
      }
      if (suggestion !== undefined && quoted) {
        const message =
          expected.id === 'boolean'
            ? tr.t('booleanQuoted', { subject, value: text })
            : tr.t('numberAsText', { subject, expected: expected.text, value: text });
        this.report(span, message, { ...data, suggestions: [suggestion] });
        return;
      }
      if (expected.id === 'boolean' && /^(yes|no|y|n|on|off)$/i.test(value.trim())) {
        const yes = /^(yes|y|on)$/i.test(value.trim());
        this.report(span, tr.t('booleanAsText', { subject, value: text }), { ...data, suggestions: [yes ? 'true' : 'false'] });
        return;
      }
      const number = /^\s*(\d+)\s*\p{L}[\p{L}.]*\s*$/u.exec(value)?.[1];
      if (number !== undefined && expected.id === 'integer') {
        // `age: 14 år`: a number with its unit; the unit goes.
        this.report(span, tr.t('numberWithUnit', { subject, expected: expected.text, value: text, number }), { ...data, suggestions: [number] });
        return;
      }
    }
    this.report(span, tr.t('wrongType', { subject, expected: expected.text, actual: describeValue(value, tr) }), data);
  }

  private reportDate(span: Span, path: Path, value: string, malformed: boolean): void {
    const key = keyOf(path);
    const where = this.contextOf(this.ownerOf(path));
    const data: SchemaFindingData = { kind: 'date', path, key, expected: 'date' };
    if (malformed) {
      const suggestion = suggestDate(value);
      const message = suggestion
        ? this.context.tr.t('dateFormatSuggested', { value: shown(value, this.context.tr.locale), key, where, suggestion })
        : this.context.tr.t('dateFormat', { value: shown(value, this.context.tr.locale), key, where });
      this.report(span, message, { ...data, suggestions: suggestion ? [suggestion] : [] });
      return;
    }
    const [year, month, day] = value.split('-').map(Number);
    const message =
      month >= 1 && month <= 12 && day > daysInMonth(year, month)
        ? this.context.tr.t('noSuchDay', { value, key, where, days: String(daysInMonth(year, month)) })
        : this.context.tr.t('noSuchDate', { value, key, where });
    this.report(span, message, { ...data, suggestions: [] });
  }

  // --- where things are --------------------------------------------------------------------

  /** The ajv instance path as keys and list indexes, or undefined when it does not lead into the document. */
  private toPath(pointer: string): Path | undefined {
    if (pointer === '') return [];
    const path: (string | number)[] = [];
    let value: unknown = this.root;
    for (const raw of pointer.slice(1).split('/')) {
      const segment = raw.replace(/~1/g, '/').replace(/~0/g, '~');
      if (Array.isArray(value)) {
        const index = Number(segment);
        if (!Number.isInteger(index) || index < 0 || index >= value.length) return undefined;
        path.push(index);
        value = value[index];
      } else if (isMapping(value) && Object.prototype.hasOwnProperty.call(value, segment)) {
        path.push(segment);
        value = value[segment];
      } else return undefined;
    }
    return path;
  }

  private valueAt(path: Path): unknown {
    let value: unknown = this.root;
    for (const segment of path) {
      if (Array.isArray(value) && typeof segment === 'number') value = value[segment];
      else if (isMapping(value) && typeof segment === 'string' && Object.prototype.hasOwnProperty.call(value, segment))
        value = value[segment];
      else return undefined;
    }
    return value;
  }

  /** The value's own text (the key's text when the value is empty). */
  private valueSpan(path: Path): Span | undefined {
    if (path.length === 0) return this.trim(this.doc.rootSpan);
    const parent = this.valueAt(path.slice(0, -1));
    if (typeof parent !== 'object' || parent === null) return undefined;
    const last = path[path.length - 1];
    const entry = this.doc.entry(parent, last);
    if (!entry) return this.doc.locate(parent)?.span;
    if (typeof last === 'number' && this.valueAt(path) === null) return this.emptyItemSpan(parent, last) ?? this.trim(entry.valueSpan);
    return this.trim(entry.valueSpan);
  }

  /** An empty list item (a lone `-`) has no text of its own; the parser gives the whole list, this gives its `-`. */
  private emptyItemSpan(list: object, index: number): Span | undefined {
    const location = this.doc.locate(list);
    if (!location) return undefined;
    const whole = (span: Span | undefined) => span?.start === location.span.start && span.end === location.span.end;
    if (!whole(location.entries.get(index)?.valueSpan)) return undefined;
    // Walk back to the closest item with text of its own, then forward over the lone dashes.
    let first = index;
    while (first > 0 && whole(location.entries.get(first - 1)?.valueSpan)) first--;
    let from = first === 0 ? location.span.start : location.entries.get(first - 1)?.valueSpan.end;
    const dash = /(?:\s|#[^\n\r]*)*-(?=\s|$)/y;
    for (let i = first; i <= index && from !== undefined; i++) {
      dash.lastIndex = from;
      from = dash.exec(this.doc.text) ? dash.lastIndex : undefined;
    }
    return from === undefined ? undefined : { start: from - 1, end: from };
  }

  /** A block collection's range runs to the next line; the diagnostic ends where its text does. */
  private trim(span: Span): Span {
    let end = span.end;
    while (end > span.start && /\s/.test(this.doc.text[end - 1])) end--;
    return { start: span.start, end };
  }

  /** The mapping that holds a value: its parent, or for a list item the mapping that holds the list. */
  private ownerOf(path: Path): Path {
    let end = path.length - 1;
    while (end > 0 && typeof path[end] === 'number') end--;
    return path.slice(0, Math.max(0, end));
  }

  /** "`count` in participant group 1 of activity `C1`", "Entry 2 of `priorities` in project". */
  private subject(path: Path): MessageRef {
    const last = path[path.length - 1];
    const where = this.contextOf(this.ownerOf(path));
    if (typeof last === 'number') return this.context.tr.t('entryOf', { number: String(last + 1), key: keyOf(path), where });
    return this.context.tr.t('keyWhere', { key: String(last), where });
  }

  /** Where a mapping is, in a consultant's terms: "in project", "in activity `C1`". */
  private contextOf(path: Path): MessageRef {
    const [section, index, list, groupIndex] = path;
    if (section === 'project') return this.context.tr.t('inProject');
    if (typeof index === 'number') {
      const id = idOf(this.valueAt(path.slice(0, 2)));
      const ordinal = String(index + 1);
      if (section === 'partners') return id ? this.context.tr.t('inPartner', { id }) : this.context.tr.t('inPartnerNumber', { number: ordinal });
      if (section === 'activities') {
        if (list === 'participants' && typeof groupIndex === 'number') {
          const group = String(groupIndex + 1);
          return id
            ? this.context.tr.t('inGroup', { group, id })
            : this.context.tr.t('inGroupNumber', { group, number: ordinal });
        }
        return id ? this.context.tr.t('inActivity', { id }) : this.context.tr.t('inActivityNumber', { number: ordinal });
      }
      if (section === 'youth-initiatives') {
        if (list === 'groups' && typeof groupIndex === 'number') {
          const group = String(groupIndex + 1);
          return id
            ? this.context.tr.t('inYouthGroup', { group, id })
            : this.context.tr.t('inYouthGroupNumber', { group, number: ordinal });
        }
        return id ? this.context.tr.t('inYouthInitiative', { id }) : this.context.tr.t('inYouthInitiativeNumber', { number: ordinal });
      }
    }
    return this.context.tr.t('atTopLevel');
  }
}

function isMapping(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function pickOne(errors: readonly ErrorObject[]): ErrorObject {
  const rank = (error: ErrorObject) => {
    const index = VALUE_KEYWORDS.indexOf(error.keyword);
    return index < 0 ? VALUE_KEYWORDS.length : index;
  };
  return [...errors].sort((a, b) => rank(a) - rank(b))[0];
}

/** The key a value is written under: its own key, or the key of the list it is an item of. */
function keyOf(path: Path): string {
  for (let i = path.length - 1; i >= 0; i--) {
    if (typeof path[i] === 'string') return path[i] as string;
  }
  return '';
}

/** An item's id, when it is usable as a name in messages. */
function idOf(item: unknown): string | undefined {
  if (!isMapping(item)) return undefined;
  const id = item['id'];
  return typeof id === 'string' && isPartnerIdShape(id) && id.length <= MAX_SHOWN ? id : undefined;
}

/** A value as it can be quoted in a message: one line, not too long, hidden characters written out. */
function shown(value: unknown, locale: Locale): string {
  // Invisible characters and spaces other than the plain one (a byte order mark, zero-width or no-break
  // space pasted into a key, a decomposed letter) are named where they stand; otherwise
  // `\uFEFFpartners` would read "Unknown key `partners`. Did you mean `partners`?".
  const text = showHidden(String(value), locale).replace(/\s+/g, ' ').trim();
  return text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN - 1)}…` : text;
}

/** A key as it can be quoted: in quotes when spaces begin or end it (`"name "`), so the space shows. */
function shownKey(key: string, locale: Locale): string {
  const text = shown(key, locale);
  return /^\s|\s$/.test(key) ? JSON.stringify(key) : text;
}

function codeList(values: readonly string[]): string {
  return values.map((value) => `\`${value}\``).join(', ');
}

/** What a value is, for "should be X, not Y". */
function describeValue(value: unknown, tr: RuleTranslator<typeof MESSAGES>): MessageRef {
  if (value === null || value === undefined) return tr.t('anEmptyValue');
  if (typeof value === 'string') return tr.t('theText', { text: shown(value, tr.locale) });
  if (typeof value === 'number') return tr.t('theNumber', { number: String(value) });
  if (typeof value === 'boolean') return tr.t('theValue', { value: String(value) });
  if (Array.isArray(value)) return tr.t('aList');
  return tr.t('aMapping');
}

/** What a schema expects, for "should be X". */
function expectedType(node: SchemaNode | undefined, tr: RuleTranslator<typeof MESSAGES>): { id: string; text: MessageRef } {
  if (node?.format === 'date') return { id: 'date', text: tr.t('aDate') };
  if (node?.enum && node.enum.length > 0) {
    return { id: 'string', text: tr.t('anAllowedValue', { example: node.enum[0] }) };
  }
  switch (node?.type) {
    case 'integer':
      // "At least 0" reads oddly for an age or a count of adults: only a minimum above 0 is said.
      return node.minimum !== undefined && node.minimum > 0
        ? { id: 'integer', text: tr.t('aWholeNumberFrom', { minimum: String(node.minimum) }) }
        : { id: 'integer', text: tr.t('aWholeNumber') };
    case 'number':
      return { id: 'number', text: tr.t('aNumber') };
    case 'boolean':
      return { id: 'boolean', text: tr.t('aBoolean') };
    case 'array':
      return { id: 'array', text: tr.t('aList') };
    case 'object':
      return { id: 'object', text: tr.t('aMappingOfKeys') };
    default:
      return { id: 'string', text: tr.t('someText') };
  }
}

/** The value the text stands for, as the type expects it (`"true"` → `true`, `"3"` → `3`), if any. */
function typedSuggestion(value: string, expected: string): string | undefined {
  const trimmed = value.trim();
  if (expected === 'boolean') return trimmed === 'true' || trimmed === 'false' ? trimmed : undefined;
  if (expected !== 'integer' && expected !== 'number') return undefined;
  const number = Number(trimmed);
  if (trimmed === '' || !Number.isFinite(number) || (expected === 'integer' && !Number.isInteger(number))) return undefined;
  return String(number);
}

/** "Did you mean": the closest values, else values that contain what was written. */
function suggestValues(value: string, allowed: readonly string[]): string[] {
  const close = closestMatches(value, allowed);
  if (close.length > 0) return close;
  const labelled = idsByLabel(value, allowed);
  if (labelled.length > 0) return labelled;
  const lower = value.trim().toLowerCase();
  if (lower.length < 3) return [];
  return allowed.filter((candidate) => candidate.includes(lower)).slice(0, 3);
}

const LABELLED: readonly Readonly<Record<string, Label>>[] = [FIELDS, ACTIVITY_TYPES, ROLES, ORGANISATION_TYPES, PRIORITIES, PURPOSES];

/**
 * The ids whose Swedish or English label was written instead (`skolutbildning` → `school-education`,
 * `elev` → `pupil`): the label itself, the start of it (a singular of a plural label), or close to it.
 */
function idsByLabel(value: string, allowed: readonly string[]): string[] {
  const written = value.trim().toLocaleLowerCase('sv');
  if (written.length < 3) return [];
  const labels = new Map<string, string>();
  for (const table of LABELLED) {
    for (const [id, label] of Object.entries(table)) {
      if (!allowed.includes(id)) continue;
      labels.set(label.sv.toLocaleLowerCase('sv'), id);
      labels.set(label.en.toLocaleLowerCase('sv'), id);
    }
  }
  const exact = labels.get(written);
  if (exact) return [exact];
  const starts = new Set([...labels].filter(([label]) => written.length >= 4 && label.startsWith(written)).map(([, id]) => id));
  if (starts.size === 1) return [...starts];
  return [...new Set(closestMatches(written, labels.keys()).map((label) => labels.get(label) as string))];
}

/** `2027-9-1` or `2027/09/01` as `2027-09-01`, when that is a real date. */
function suggestDate(value: string): string | undefined {
  const match = /^\s*(\d{4})[-./](\d{1,2})[-./](\d{1,2})\s*$/.exec(value);
  if (!match) return undefined;
  const date = `${match[1]}-${match[2].padStart(2, '0')}-${match[3].padStart(2, '0')}`;
  return isValidDate(date) ? date : undefined;
}

/** `fi school` as `fi-school`, when that makes a valid id. */
function suggestId(value: string): string | undefined {
  const candidate = value
    .trim()
    .replace(/[\s.]+/g, '-')
    .replace(/[^A-Za-z0-9_-]/g, '');
  return candidate !== value && isPartnerIdShape(candidate) ? candidate : undefined;
}
