/**
 * Generates syntaxes/partnership-application.tmLanguage.json, the TextMate
 * grammar of application files: a self-contained YAML grammar (VS Code's own
 * YAML grammar is not available to it, nor to the grammar tests) plus scopes
 * for what the format knows. Every list in it comes from the checker's own
 * tables, so the highlighting cannot drift from what the checker accepts:
 *
 * - known keys: the keys of every mapping of the format (keys.ts);
 * - enumerated values: FIELDS, ACTIVITY_TYPES, ROLES, ORGANISATION_TYPES,
 *   PURPOSES, PRIORITIES (vocabulary.ts);
 * - duration units: UNIT_WORDS (duration.ts); country codes: COUNTRY_CODES;
 * - partner references: PARTNER_ID_PATTERN (facts.ts);
 * - rule ids in suppression comments: RULE_IDS.
 *
 * Usage: npm run generate (all generated files) or npm run generate:grammar
 * (this one); test/generated.test.ts checks that the committed file equals a
 * fresh generation.
 *
 * Scope names: the YAML layer uses the conventional `.yaml` scopes (so every
 * theme colours it as YAML); what the format adds ends in
 * `.partnership-application`.
 */
import { join } from 'node:path';
import { COUNTRY_CODES } from '../server/src/core/format/countries';
import { UNIT_WORDS } from '../server/src/core/format/duration';
import { DOCUMENT, MAPPINGS } from '../server/src/core/format/keys';
import { PARTNER_ID_PATTERN } from '../server/src/core/model/facts';
import { RULE_IDS } from '../server/src/core/base/types';
import { ACTIVITY_TYPES, FIELDS, ORGANISATION_TYPES, PRIORITIES, PURPOSES, ROLES } from '../server/src/core/format/vocabulary';
import { ROOT, writeOutput } from './output';

export const GRAMMAR_FILE = 'syntaxes/partnership-application.tmLanguage.json';
export const GRAMMAR_PATH = join(ROOT, GRAMMAR_FILE);
export const SCOPE_NAME = 'source.partnership-application';
const LANG = 'partnership-application';

type Rule = Record<string, unknown>;

/** An alternation of literal words, longest first so that no word shadows a longer one. */
function alternation(words: Iterable<string>): string {
  const unique = [...new Set(words)].sort((a, b) => b.length - a.length || a.localeCompare(b));
  return unique.map((word) => word.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&')).join('|');
}

/** Every key of the format, at any depth. */
function formatKeys(): string[] {
  const keys = [DOCUMENT, ...Object.values(MAPPINGS)].flatMap((mapping) => Object.keys(mapping.keys));
  return [...new Set(keys)].sort();
}

// Where a value in block context ends: the end of the line, or a comment.
const END_OF_VALUE = String.raw`(?=[ \t]*$|[ \t]+#)`;
// Where a value in flow context ends: a comma, a closing bracket, a comment or the line's end.
const END_OF_FLOW_VALUE = String.raw`(?=[ \t]*(?:[,\]}]|$)|[ \t]+#)`;
// The start of a line: indentation, then any number of sequence item markers ("- ").
const LINE_START = String.raw`^([ \t]*)((?:-[ \t]+)*)`;
// A plain (unquoted) key in block context, or a quoted one.
const PLAIN_KEY = String.raw`(?:[^\s#'"\[\]{},&*!|>%@\x60:-]|[-:](?=\S))(?:[^\s:#]|:(?=\S)|[ \t]+(?=[^\s#:]))*`;
const QUOTED_KEY = String.raw`"(?:[^"\\]|\\.)*"|'(?:[^']|'')*'`;
const KEY_END = String.raw`[ \t]*(:)(?=[ \t]|$)`;

function durationPattern(): string {
  const unit = `(?:${alternation(Object.keys(UNIT_WORDS))})`;
  const term = String.raw`\d+[ \t]+` + unit;
  return String.raw`(?i:${term}(?:(?:[ \t]*,[ \t]*|[ \t]+)${term})*)`;
}

function durationCaptures(): Rule {
  return {
    patterns: [
      { match: String.raw`\d+`, name: `constant.numeric.integer.duration.${LANG}` },
      { match: `(?i:${alternation(Object.keys(UNIT_WORDS))})`, name: `keyword.other.unit.duration.${LANG}` },
      { match: ',', name: `punctuation.separator.duration.${LANG}` },
    ],
  };
}

/** A `key: value` pair on one line whose value gets `valuePatterns` before the general ones. */
function pair(key: string, valuePatterns: Rule[], comment: string): Rule {
  return {
    comment,
    begin: `${LINE_START}(${key})${KEY_END}`,
    beginCaptures: {
      2: { patterns: [{ include: '#sequence-marker' }] },
      3: { patterns: [{ include: '#key-name' }] },
      4: { name: 'punctuation.separator.key-value.mapping.yaml' },
    },
    end: '$',
    patterns: [...valuePatterns, { include: '#block-value' }],
  };
}

/** A value of an enumeration in block context, e.g. `type: school`. */
function enumValue(words: Iterable<string>, kind: string): Rule {
  return {
    match: String.raw`(?<=[ \t])(?:${alternation(words)})${END_OF_VALUE}`,
    name: `support.constant.${kind}.${LANG}`,
  };
}

export function buildGrammar(): Rule {
  const knownKeys = alternation(formatKeys());
  const duration = durationPattern();
  const priorityWords = alternation(Object.keys(PRIORITIES));
  const blockScalarHeader = String.raw`([|>])([1-9][-+]?|[-+][1-9]?)?[ \t]*((#).*)?$`;

  return {
    $schema: 'https://raw.githubusercontent.com/martinring/tmlanguage/master/tmlanguage.json',
    information_for_contributors: [
      'Generated by scripts/generate-grammar.ts from the checker\'s tables: do not edit, run `npm run generate`.',
    ],
    name: 'Partnership Application',
    scopeName: SCOPE_NAME,
    fileTypes: ['partnership.yaml', 'partnership.yml'],
    patterns: [{ include: '#line' }],
    repository: {
      line: {
        patterns: [
          { include: '#suppression-comment' },
          { include: '#comment' },
          { include: '#directive' },
          { include: '#document-marker' },
          { include: '#block-scalar-pair' },
          { include: '#block-scalar-item' },
          { include: '#priorities' },
          { include: '#special-pair' },
          { include: '#pair' },
          { include: '#sequence-item' },
          { include: '#block-value' },
        ],
      },

      // --- comments -----------------------------------------------------------------------
      'suppression-comment': {
        comment: 'A suppression comment alone on its line: # partnership-disable[-next-line] rule-id[, ...] [-- reason]',
        begin: String.raw`^[ \t]*(?=#[ \t]*partnership-disable(?:-next-line)?(?:[ \t]|$))`,
        end: '$',
        contentName: `comment.line.number-sign.suppression.${LANG}`,
        patterns: [
          {
            match: String.raw`\G(#)[ \t]*(partnership-disable(?:-next-line)?)(.*)$`,
            captures: {
              1: { name: 'punctuation.definition.comment.yaml' },
              2: { name: `keyword.control.suppression.${LANG}` },
              3: {
                patterns: [
                  { match: String.raw`(?<=[ \t])--(?:[ \t].*)?$`, name: `comment.line.reason.${LANG}` },
                  { match: String.raw`(?<=[ \t,])(?:${alternation(RULE_IDS)})(?=[ \t,]|$)`, name: `constant.other.rule-id.${LANG}` },
                  { match: ',', name: `punctuation.separator.rule-id.${LANG}` },
                  { match: String.raw`[^\s,]+`, name: `invalid.illegal.unknown-rule-id.${LANG}` },
                ],
              },
            },
          },
        ],
      },
      comment: {
        match: String.raw`(?:^|(?<=[ \t]))(#).*$`,
        name: 'comment.line.number-sign.yaml',
        captures: { 1: { name: 'punctuation.definition.comment.yaml' } },
      },
      directive: {
        match: String.raw`^%\S+.*$`,
        name: 'meta.directive.yaml',
      },
      'document-marker': {
        match: String.raw`^(?:(---)|(\.\.\.))(?=[ \t]|$)`,
        captures: {
          1: { name: 'entity.other.document.begin.yaml' },
          2: { name: 'entity.other.document.end.yaml' },
        },
      },

      // --- keys and sequence markers --------------------------------------------------
      'sequence-marker': {
        match: '-',
        name: 'punctuation.definition.block.sequence.item.yaml',
      },
      'key-name': {
        patterns: [
          { match: String.raw`x-\S*`, name: `entity.name.tag.extension.${LANG}` },
          { match: String.raw`(?:${knownKeys})$`, name: `entity.name.tag.known.${LANG}` },
          {
            match: String.raw`(?:"(?:[^"\\]|\\.)*"|'(?:[^']|'')*')`,
            name: 'entity.name.tag.yaml string.quoted.yaml',
          },
          { match: String.raw`.+`, name: 'entity.name.tag.yaml' },
        ],
      },

      // --- block scalars (| and >): the lines indented deeper than their key -------------
      'block-scalar-pair': {
        patterns: [
          {
            comment: '- key: |  (the text is indented deeper than the key, which stands right of the dash)',
            begin: String.raw`^([ \t]*)(-)([ \t]+)(${PLAIN_KEY}|${QUOTED_KEY})${KEY_END}[ \t]+${blockScalarHeader}`,
            beginCaptures: {
              2: { name: 'punctuation.definition.block.sequence.item.yaml' },
              4: { patterns: [{ include: '#key-name' }] },
              5: { name: 'punctuation.separator.key-value.mapping.yaml' },
              6: { name: 'keyword.control.flow.block-scalar.yaml' },
              7: { name: 'constant.numeric.indentation-indicator.yaml' },
              8: { name: 'comment.line.number-sign.yaml' },
              9: { name: 'punctuation.definition.comment.yaml' },
            },
            end: String.raw`^(?=[ \t]*\S)(?!\1[ \t]\3[ \t]+\S)`,
            contentName: 'string.unquoted.block.yaml',
          },
          {
            comment: 'key: |  (the text is indented deeper than the key)',
            begin: String.raw`^([ \t]*)(${PLAIN_KEY}|${QUOTED_KEY})${KEY_END}[ \t]+${blockScalarHeader}`,
            beginCaptures: {
              2: { patterns: [{ include: '#key-name' }] },
              3: { name: 'punctuation.separator.key-value.mapping.yaml' },
              4: { name: 'keyword.control.flow.block-scalar.yaml' },
              5: { name: 'constant.numeric.indentation-indicator.yaml' },
              6: { name: 'comment.line.number-sign.yaml' },
              7: { name: 'punctuation.definition.comment.yaml' },
            },
            end: String.raw`^(?=[ \t]*\S)(?!\1[ \t]+\S)`,
            contentName: 'string.unquoted.block.yaml',
          },
        ],
      },
      'block-scalar-item': {
        comment: '- | as a sequence item',
        begin: String.raw`^([ \t]*)(-)[ \t]+${blockScalarHeader}`,
        beginCaptures: {
          2: { name: 'punctuation.definition.block.sequence.item.yaml' },
          3: { name: 'keyword.control.flow.block-scalar.yaml' },
          4: { name: 'constant.numeric.indentation-indicator.yaml' },
          5: { name: 'comment.line.number-sign.yaml' },
          6: { name: 'punctuation.definition.comment.yaml' },
        },
        end: String.raw`^(?=[ \t]*\S)(?!\1[ \t]+\S)`,
        contentName: 'string.unquoted.block.yaml',
      },

      // --- pairs whose values the format knows ------------------------------------------
      priorities: {
        comment: 'project.priorities: a flow or block list of priorities, on the following deeper-indented lines too',
        begin: String.raw`^([ \t]*)(priorities)${KEY_END}`,
        beginCaptures: {
          2: { name: `entity.name.tag.known.${LANG}` },
          3: { name: 'punctuation.separator.key-value.mapping.yaml' },
        },
        end: String.raw`^(?=[ \t]*[^\s#])(?!\1[ \t]+\S|\1-(?:[ \t]|$))`,
        patterns: [
          { include: '#comment' },
          {
            match: String.raw`^([ \t]*)(-)(?=[ \t]|$)`,
            captures: { 2: { name: 'punctuation.definition.block.sequence.item.yaml' } },
          },
          { match: String.raw`(?<=[ \t])(?:${priorityWords})${END_OF_VALUE}`, name: `support.constant.priority.${LANG}` },
          {
            begin: String.raw`\[`,
            beginCaptures: { 0: { name: 'punctuation.definition.sequence.begin.yaml' } },
            end: String.raw`\]`,
            endCaptures: { 0: { name: 'punctuation.definition.sequence.end.yaml' } },
            name: 'meta.flow-sequence.yaml',
            patterns: [
              { match: String.raw`(?<![^\s\[,])(?:${priorityWords})${END_OF_FLOW_VALUE}`, name: `support.constant.priority.${LANG}` },
              { include: '#flow-content' },
            ],
          },
          { include: '#block-value' },
        ],
      },
      'special-pair': {
        patterns: [
          pair('type', [enumValue(Object.keys(ACTIVITY_TYPES), 'activity-type'), enumValue(Object.keys(ORGANISATION_TYPES), 'organisation-type')], 'activities[].type and partners[].type'),
          pair('field', [enumValue(Object.keys(FIELDS), 'field')], 'project.field'),
          pair('role', [enumValue(Object.keys(ROLES), 'role')], 'participants[].role'),
          pair('purpose', [enumValue(Object.keys(PURPOSES), 'purpose')], 'activities[].purpose'),
          pair(
            'host|from',
            [
              {
                match: String.raw`(?<=[ \t])` + PARTNER_ID_PATTERN.source.replace(/^\^|\$$/g, '') + END_OF_VALUE,
                name: `variable.other.partner-reference.${LANG}`,
              },
            ],
            'activities[].host and participants[].from: a partner id',
          ),
          pair(
            'country|residence',
            [{ match: String.raw`(?<=[ \t])(?:${COUNTRY_CODES.join('|')})${END_OF_VALUE}`, name: `support.constant.country-code.${LANG}` }],
            'an ISO 3166-1 alpha-2 country code',
          ),
          pair(
            'duration',
            [
              {
                match: String.raw`(?<=[ \t])${duration}${END_OF_VALUE}`,
                name: `constant.other.duration.${LANG}`,
                captures: { 0: durationCaptures() },
              },
              {
                match: String.raw`(?<=[ \t])(["'])(${duration})(\1)${END_OF_VALUE}`,
                name: 'string.quoted.yaml',
                captures: {
                  1: { name: 'punctuation.definition.string.begin.yaml' },
                  2: { name: `constant.other.duration.${LANG}`, ...durationCaptures() },
                  3: { name: 'punctuation.definition.string.end.yaml' },
                },
              },
            ],
            'a duration: 7 days, 3 veckor, 1 month, 15 days',
          ),
        ],
      },
      pair: pair(`${PLAIN_KEY}|${QUOTED_KEY}`, [], 'any other key: value'),
      'sequence-item': {
        match: String.raw`^([ \t]*)((?:-(?:[ \t]+|$))+)`,
        captures: { 2: { patterns: [{ include: '#sequence-marker' }] } },
      },

      // --- values ----------------------------------------------------------------------
      'block-value': {
        patterns: [
          { include: '#comment' },
          { include: '#node-properties' },
          { include: '#flow-sequence' },
          { include: '#flow-mapping' },
          { include: '#double-quoted' },
          { include: '#single-quoted' },
          { match: String.raw`(?<=^|[ \t])(?:true|True|TRUE|false|False|FALSE)${END_OF_VALUE}`, name: 'constant.language.boolean.yaml' },
          { match: String.raw`(?<=^|[ \t])(?:null|Null|NULL|~)${END_OF_VALUE}`, name: 'constant.language.null.yaml' },
          { match: String.raw`(?<=^|[ \t])\d{4}-\d{2}-\d{2}${END_OF_VALUE}`, name: `constant.other.date.${LANG}` },
          { match: String.raw`(?<=^|[ \t])[-+]?(?:0|[1-9][0-9]*)${END_OF_VALUE}`, name: 'constant.numeric.integer.yaml' },
          {
            match: String.raw`(?<=^|[ \t])(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|0x[0-9a-fA-F]+|0o[0-7]+|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))${END_OF_VALUE}`,
            name: 'constant.numeric.float.yaml',
          },
          {
            match: String.raw`(?<=^|[ \t])[^\s#'"\[\]{},&*!|>%@\x60](?:.*?\S)?${END_OF_VALUE}`,
            name: 'string.unquoted.plain.yaml',
          },
        ],
      },
      'node-properties': {
        patterns: [
          {
            match: String.raw`(?<=^|[ \t\[{,])(&)([^\s\[\]{},]+)`,
            captures: {
              1: { name: 'punctuation.definition.anchor.yaml' },
              2: { name: 'entity.name.type.anchor.yaml' },
            },
          },
          {
            match: String.raw`(?<=^|[ \t\[{,])(\*)([^\s\[\]{},]+)`,
            captures: {
              1: { name: 'punctuation.definition.alias.yaml' },
              2: { name: 'variable.other.alias.yaml' },
            },
          },
          { match: String.raw`(?<=^|[ \t\[{,])!(?:<[^>]*>|[^\s\[\]{},]*)`, name: 'storage.type.tag-handle.yaml' },
        ],
      },
      'double-quoted': {
        begin: '"',
        beginCaptures: { 0: { name: 'punctuation.definition.string.begin.yaml' } },
        end: '"',
        endCaptures: { 0: { name: 'punctuation.definition.string.end.yaml' } },
        name: 'string.quoted.double.yaml',
        patterns: [
          {
            match: String.raw`\\(?:[0abtnvfre "/\\N_LP\t]|x\h{2}|u\h{4}|U\h{8})`,
            name: 'constant.character.escape.yaml',
          },
          { match: String.raw`\\.`, name: 'invalid.illegal.escape.yaml' },
        ],
      },
      'single-quoted': {
        begin: "'",
        beginCaptures: { 0: { name: 'punctuation.definition.string.begin.yaml' } },
        end: "'(?!')",
        endCaptures: { 0: { name: 'punctuation.definition.string.end.yaml' } },
        name: 'string.quoted.single.yaml',
        patterns: [{ match: "''", name: 'constant.character.escape.yaml' }],
      },
      'flow-sequence': {
        begin: String.raw`\[`,
        beginCaptures: { 0: { name: 'punctuation.definition.sequence.begin.yaml' } },
        end: String.raw`\]`,
        endCaptures: { 0: { name: 'punctuation.definition.sequence.end.yaml' } },
        name: 'meta.flow-sequence.yaml',
        patterns: [{ include: '#flow-content' }],
      },
      'flow-mapping': {
        begin: '\\{',
        beginCaptures: { 0: { name: 'punctuation.definition.mapping.begin.yaml' } },
        end: '\\}',
        endCaptures: { 0: { name: 'punctuation.definition.mapping.end.yaml' } },
        name: 'meta.flow-mapping.yaml',
        patterns: [{ include: '#flow-content' }],
      },
      'flow-content': {
        patterns: [
          { include: '#comment' },
          { include: '#node-properties' },
          { include: '#flow-sequence' },
          { include: '#flow-mapping' },
          {
            match: String.raw`([^\s,\[\]{}#'"][^,\[\]{}#:]*?|"(?:[^"\\]|\\.)*"|'(?:[^']|'')*')[ \t]*(:)(?=[ \t]|[,\[\]{}]|$)`,
            captures: {
              1: { patterns: [{ include: '#key-name' }] },
              2: { name: 'punctuation.separator.key-value.mapping.yaml' },
            },
          },
          { include: '#double-quoted' },
          { include: '#single-quoted' },
          { match: ',', name: 'punctuation.separator.sequence.yaml' },
          { match: String.raw`(?:true|True|TRUE|false|False|FALSE)${END_OF_FLOW_VALUE}`, name: 'constant.language.boolean.yaml' },
          { match: String.raw`(?:null|Null|NULL|~)${END_OF_FLOW_VALUE}`, name: 'constant.language.null.yaml' },
          { match: String.raw`\d{4}-\d{2}-\d{2}${END_OF_FLOW_VALUE}`, name: `constant.other.date.${LANG}` },
          { match: String.raw`[-+]?(?:0|[1-9][0-9]*)${END_OF_FLOW_VALUE}`, name: 'constant.numeric.integer.yaml' },
          {
            match: String.raw`(?:[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))${END_OF_FLOW_VALUE}`,
            name: 'constant.numeric.float.yaml',
          },
          {
            match: String.raw`[^\s,\[\]{}#'"&*!|>%@\x60](?:[^,\[\]{}]*?[^\s,\[\]{}])?${END_OF_FLOW_VALUE}`,
            name: 'string.unquoted.plain.yaml',
          },
        ],
      },
    },
  };
}

/** The grammar file's text: what `npm run generate:grammar` writes. */
export function grammarText(): string {
  return `${JSON.stringify(buildGrammar(), null, 2)}\n`;
}

export function generateGrammar(outDir: string): string[] {
  return [writeOutput(outDir, GRAMMAR_FILE, grammarText())];
}

if (require.main === module) {
  console.log(`wrote ${generateGrammar(ROOT).join(', ')}`);
}
