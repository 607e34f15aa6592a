/**
 * Writes the `partnership.rules` setting of package.json from the rule table: one property per
 * rule id, with the severities it may be set to, the rule's default severity, and the rule's
 * summary as its description, in English (package.nls.json) and Swedish (package.nls.sv.json).
 * Everything else in the three files is hand-written and kept as it is.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SEVERITY_SETTINGS } from '../server/src/cli/args';
import type { Rule } from '../server/src/core/check/rule';
import { RULES } from '../server/src/core/check/rules';
import type { Locale } from '../server/src/core/base/types';
import { ROOT, writeOutput } from './output';

export const MANIFEST_FILE = 'package.json';
export const NLS_FILES: Readonly<Record<Locale, string>> = { en: 'package.nls.json', sv: 'package.nls.sv.json' };
/** The translation keys this generator owns: one per rule. Every other key is hand-written. */
const RULE_KEY_PREFIX = 'partnership.rule.';

type Json = Record<string, unknown>;

const readJson = (file: string): Json => JSON.parse(readFileSync(join(ROOT, file), 'utf8'));
const jsonText = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;
const byId = (rules: readonly Rule[]): Rule[] => [...rules].sort((a, b) => a.id.localeCompare(b.id));

function ruleSetting(rule: Rule): Json {
  return {
    type: 'string',
    enum: SEVERITY_SETTINGS,
    enumDescriptions: SEVERITY_SETTINGS.map((severity) => `%partnership.severity.${severity}%`),
    default: rule.severity,
    markdownDescription: `%${RULE_KEY_PREFIX}${rule.id}%`,
  };
}

/** package.json with `partnership.rules` listing `rules`, in id order (the order the settings editor shows). */
export function manifestWithRules(manifest: Json, rules: readonly Rule[] = RULES): Json {
  const copy = structuredClone(manifest) as { contributes: { configuration: { properties: Record<string, Json> } } };
  const setting = copy.contributes.configuration.properties['partnership.rules'];
  setting.properties = Object.fromEntries(byId(rules).map((rule) => [rule.id, ruleSetting(rule)]));
  return copy;
}

/** A translation file with the rules' summaries in `locale`, after its hand-written keys. */
export function translationsWithRules(translations: Json, locale: Locale, rules: readonly Rule[] = RULES): Json {
  const handWritten = Object.entries(translations).filter(([key]) => !key.startsWith(RULE_KEY_PREFIX));
  const summaries = byId(rules).map((rule) => [`${RULE_KEY_PREFIX}${rule.id}`, rule.docs[locale].summary]);
  return Object.fromEntries([...handWritten, ...summaries]);
}

export function generateManifest(outDir: string): string[] {
  return [
    writeOutput(outDir, MANIFEST_FILE, jsonText(manifestWithRules(readJson(MANIFEST_FILE)))),
    ...(Object.entries(NLS_FILES) as [Locale, string][]).map(([locale, file]) =>
      writeOutput(outDir, file, jsonText(translationsWithRules(readJson(file), locale))),
    ),
  ];
}
