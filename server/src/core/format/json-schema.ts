/**
 * Builds the JSON Schema of the application format from keys.ts and vocabulary.ts. The result
 * is what `npm run generate` writes to schemas/partnership-application.schema.json (for the YAML
 * extension and the validator generator) and what schema-info.ts serves to hover, completion and
 * the `schema` rule, so both always say the same. Keywords come out in one fixed order, which
 * keeps the written file stable.
 */
import { DAYS_PER_UNIT, UNIT_WORDS, type DurationUnit } from './duration';
import { DOCUMENT, ENUMERATIONS, MAPPINGS, type DefinitionName, type Enumeration, type Key, type Mapping, type Text, type Value } from './keys';
import type { SchemaNode } from './schema-info';
import type { Locale } from '../base/types';

const DRAFT_07 = 'http://json-schema.org/draft-07/schema#';
const DATE_PATTERN = '^\\d{4}-\\d{2}-\\d{2}$';
const DATE_EXAMPLES = ['2027-09-01'];
const DURATION_EXAMPLES = ['7 days', '2 months', '1 month 15 days'];
/** Every mapping is closed, except for free extension fields. */
const EXTENSIONS = { '^x-': {} };

/** How a duration is written, after the key's own description (spec: "Durations"). */
const DURATION_SYNTAX: Readonly<Record<Locale, (units: string) => string>> = {
  en: (units) =>
    'One or more terms `<whole number> <unit>` separated by spaces or commas: `10 days`, `2 months`, `1 month 15 days`, `3 veckor`. ' +
    `Units: ${units}. For comparisons a week is ${DAYS_PER_UNIT.week} days, a month ${DAYS_PER_UNIT.month} and a year ${DAYS_PER_UNIT.year}.`,
  sv: (units) =>
    'En eller flera termer `<heltal> <enhet>` åtskilda av mellanslag eller kommatecken: `10 dagar`, `2 månader`, `1 månad 15 dagar`, `3 weeks`. ' +
    `Enheter: ${units}. Vid jämförelser räknas en vecka som ${DAYS_PER_UNIT.week} dagar, en månad som ${DAYS_PER_UNIT.month} och ett år som ${DAYS_PER_UNIT.year}.`,
};

/** The unit words of each unit, the locale's own first: `day`/`days`/`dag`/`dagar`, ... */
function unitWords(locale: Locale): string {
  const words = Object.entries(UNIT_WORDS);
  const units = [...new Set(words.map(([, word]) => word.unit))] as DurationUnit[];
  return units
    .map((unit) => {
      const ofUnit = words.filter(([, word]) => word.unit === unit);
      const ordered = [...ofUnit.filter(([, word]) => word.style === locale), ...ofUnit.filter(([, word]) => word.style !== locale)];
      return ordered.map(([text]) => `\`${text}\``).join('/');
    })
    .join(', ');
}

function durationMarkdown(description: Text): Text {
  return {
    en: `${description.en}\n\n${DURATION_SYNTAX.en(unitWords('en'))}`,
    sv: `${description.sv}\n\n${DURATION_SYNTAX.sv(unitWords('sv'))}`,
  };
}

/** The annotation keywords, in the order the schema file has them. */
function described(title: string | undefined, description: Text | undefined, markdown?: Text): SchemaNode {
  return {
    ...(title !== undefined && { title }),
    ...(description && { description: description.en, 'x-description-sv': description.sv }),
    ...(markdown && { markdownDescription: markdown.en, 'x-markdown-description-sv': markdown.sv }),
  };
}

const ref = (name: DefinitionName): SchemaNode => ({ $ref: `#/definitions/${name}` });

/** The validation keywords of a value (after the annotations). */
function valueKeywords(value: Value): SchemaNode {
  switch (value.kind) {
    case 'text':
      return { type: 'string', ...(value.pattern && { pattern: value.pattern }), ...(value.examples && { examples: value.examples }) };
    case 'date':
      return { type: 'string', pattern: DATE_PATTERN, format: 'date', examples: DATE_EXAMPLES };
    case 'duration':
      // No type: a duration is checked by duration-format, which words the problem better.
      return { examples: DURATION_EXAMPLES };
    case 'integer':
      return { type: 'integer', minimum: value.minimum };
    case 'boolean':
      return { type: 'boolean', ...(value.default !== undefined && { default: value.default }) };
    case 'one':
      return ref(value.of);
    case 'list':
      return { type: 'array', ...(value.minItems !== undefined && { minItems: value.minItems }), items: ref(value.of) };
  }
}

function keySchema(key: Key): SchemaNode {
  const markdown = key.value.kind === 'duration' && key.description ? durationMarkdown(key.description) : undefined;
  return { ...described(key.title, key.description, markdown), ...valueKeywords(key.value) };
}

function mappingSchema(mapping: Mapping): SchemaNode {
  const condition = mapping.requiredWhen;
  return {
    type: 'object',
    required: mapping.required,
    properties: Object.fromEntries(Object.entries(mapping.keys).map(([name, key]) => [name, keySchema(key)])),
    patternProperties: EXTENSIONS,
    additionalProperties: false,
    ...(condition && {
      if: { properties: { [condition.key]: { const: condition.equals } }, required: [condition.key] },
      then: { required: condition.required },
    }),
  };
}

function enumerationSchema(enumeration: Enumeration): SchemaNode {
  const entries = Object.entries(enumeration.values);
  const markdown = (locale: Locale) =>
    [enumeration.intro[locale], entries.map(([value, label]) => `- \`${value}\`: ${label[locale]}`).join('\n')].join('\n\n');
  return {
    ...described(enumeration.title, enumeration.description, { en: markdown('en'), sv: markdown('sv') }),
    type: 'string',
    enum: entries.map(([value]) => value),
    enumDescriptions: entries.map(([, label]) => label.en),
    'x-enum-descriptions-sv': entries.map(([, label]) => label.sv),
  };
}

export function buildJsonSchema(): SchemaNode {
  const mappings = Object.entries(MAPPINGS).map(([name, mapping]) => [
    name,
    { ...described(mapping.title, mapping.description), ...mappingSchema(mapping) },
  ]);
  const enumerations = Object.entries(ENUMERATIONS).map(([name, enumeration]) => [name, enumerationSchema(enumeration)]);
  return {
    $schema: DRAFT_07,
    ...described(DOCUMENT.title, DOCUMENT.description),
    ...mappingSchema(DOCUMENT),
    definitions: Object.fromEntries([...mappings, ...enumerations]),
  };
}
