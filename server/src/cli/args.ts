import type { Translator } from '../core';
import { closestMatches } from '../core';
import { isRuleId, RULE_IDS, type Locale, type RuleId, type SeveritySetting } from '../core';

/**
 * The command line of the spec ("Command line"):
 *
 *   partnership-lint [--format text|json|sarif|html] [--locale en|sv]
 *                    [--rule RULE=error|warning|information|hint|off]... PATH...
 *
 * A small hand-written parser rather than node:util's parseArgs, so that every
 * mistake gets a clear message in the user's language (and a "did you mean").
 */
export type Format = 'text' | 'json' | 'sarif' | 'html';

export const FORMATS: readonly Format[] = ['text', 'json', 'sarif', 'html'];
export const LOCALES: readonly Locale[] = ['en', 'sv'];
export const SEVERITY_SETTINGS: readonly SeveritySetting[] = ['error', 'warning', 'information', 'hint', 'off'];

export interface Options {
  readonly format: Format;
  readonly locale: Locale;
  readonly rules: Readonly<Partial<Record<RuleId, SeveritySetting>>>;
  readonly paths: readonly string[];
  readonly help: boolean;
  readonly version: boolean;
}

/** A wrong command line: exit status 2, the message and the usage on stderr. */
export class UsageError extends Error {}

const VALUE_OPTIONS = ['--format', '--locale', '--rule'] as const;
const FLAG_OPTIONS = ['--help', '--version'] as const;
const ALL_OPTIONS: readonly string[] = [...VALUE_OPTIONS, ...FLAG_OPTIONS];

/**
 * The locale asked for, found before the full parse so that even the messages
 * about a wrong command line are in the user's language. Last one wins, as in
 * the full parse; anything unrecognised gives English.
 */
export function localeFromArgs(argv: readonly string[]): Locale {
  let locale: Locale = 'en';
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') break;
    const value = arg === '--locale' ? argv[i + 1] : arg.startsWith('--locale=') ? arg.slice('--locale='.length) : undefined;
    if (value === 'en' || value === 'sv') locale = value;
  }
  return locale;
}

/** Parses the arguments (without `node` and the script). Throws UsageError. */
export function parseArguments(argv: readonly string[], tr: Translator): Options {
  let format: Format = 'text';
  let locale: Locale = 'en';
  const rules: Partial<Record<RuleId, SeveritySetting>> = {};
  const paths: string[] = [];
  let help = false;
  let version = false;

  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') {
      paths.push(...argv.slice(i + 1));
      break;
    }
    if (arg === '-h') {
      help = true;
      continue;
    }
    if (!arg.startsWith('-') || arg === '-') {
      paths.push(arg);
      continue;
    }
    const equals = arg.indexOf('=');
    const name = arg.startsWith('--') && equals > 0 ? arg.slice(0, equals) : arg;
    const inlineValue = arg.startsWith('--') && equals > 0 ? arg.slice(equals + 1) : undefined;

    if ((FLAG_OPTIONS as readonly string[]).includes(name)) {
      if (inlineValue !== undefined) throw new UsageError(tr.t('The option {0} takes no value.', name));
      if (name === '--help') help = true;
      else version = true;
      continue;
    }
    if (!(VALUE_OPTIONS as readonly string[]).includes(name)) {
      const suggestion = closestMatches(name, ALL_OPTIONS, 1)[0];
      throw new UsageError(
        suggestion
          ? tr.t('Unknown option {0}. Did you mean {1}?', name, suggestion)
          : tr.t('Unknown option {0}.', name),
      );
    }
    let value = inlineValue;
    if (value === undefined) {
      if (i + 1 >= argv.length) throw new UsageError(tr.t('The option {0} needs a value.', name));
      value = argv[++i];
    }
    switch (name) {
      case '--format':
        format = parseFormat(value, tr);
        break;
      case '--locale':
        locale = parseLocale(value, tr);
        break;
      case '--rule': {
        const [rule, severity] = parseRuleSetting(value, tr);
        rules[rule] = severity;
        break;
      }
    }
  }

  if (paths.length === 0 && !help && !version) {
    throw new UsageError(tr.t('No PATH given: name at least one application file or folder.'));
  }
  return { format, locale, rules, paths, help, version };
}

function parseFormat(value: string, tr: Translator): Format {
  if ((FORMATS as readonly string[]).includes(value)) return value as Format;
  throw new UsageError(tr.t('Unknown format "{0}": use text, json, sarif or html.', value));
}

function parseLocale(value: string, tr: Translator): Locale {
  if ((LOCALES as readonly string[]).includes(value)) return value as Locale;
  throw new UsageError(tr.t('Unknown locale "{0}": use en or sv.', value));
}

function parseRuleSetting(value: string, tr: Translator): [RuleId, SeveritySetting] {
  const equals = value.indexOf('=');
  if (equals < 0) {
    throw new UsageError(
      tr.t('The option --rule needs RULE=SEVERITY, for example --rule activity-relevance=off; got "{0}".', value),
    );
  }
  const rule = value.slice(0, equals).trim();
  const severity = value.slice(equals + 1).trim();
  if (!isRuleId(rule)) {
    const suggestion = closestMatches(rule, RULE_IDS, 1)[0];
    throw new UsageError(
      suggestion
        ? tr.t('Unknown rule "{0}" in --rule. Did you mean "{1}"?', rule, suggestion)
        : tr.t('Unknown rule "{0}" in --rule. The rules are: {1}.', rule, RULE_IDS.join(', ')),
    );
  }
  if (!(SEVERITY_SETTINGS as readonly string[]).includes(severity)) {
    throw new UsageError(
      tr.t('Unknown severity "{0}" for the rule {1}: use error, warning, information, hint or off.', severity, rule),
    );
  }
  return [rule, severity as SeveritySetting];
}

/** The synopsis of the spec, printed after a usage error. */
export function usage(tr: Translator): string {
  return [
    tr.t('Usage: partnership-lint [--format text|json|sarif|html] [--locale en|sv]'),
    tr.t('                        [--rule RULE=error|warning|information|hint|off]... PATH...'),
    tr.t('Run partnership-lint --help for more.'),
  ].join('\n');
}

/** The full help, for --help. */
export function helpText(tr: Translator): string {
  return [
    tr.t('Usage: partnership-lint [--format text|json|sarif|html] [--locale en|sv]'),
    tr.t('                        [--rule RULE=error|warning|information|hint|off]... PATH...'),
    '',
    tr.t('Checks Erasmus+ Strategic Partnership applications written in YAML against the programme guide.'),
    tr.t('A PATH is an application file or a folder, searched recursively for *.partnership.yaml and *.partnership.yml files.'),
    '',
    tr.t('Options:'),
    tr.t('  --format FORMAT            output format: text (default), json, sarif, or html (one self-contained report of all files)'),
    tr.t('  --locale en|sv             language of the messages (default: en)'),
    tr.t('  --rule RULE=SEVERITY       set a rule to error, warning, information, hint or off; repeatable'),
    tr.t('  -h, --help                 show this help'),
    tr.t('  --version                  show the version'),
    '',
    tr.t('Exit status: 0 no errors, 1 errors found, 2 a path could not be read or an option is wrong.'),
    '',
    tr.t('Rules: {0}', RULE_IDS.join(', ')),
  ].join('\n');
}
