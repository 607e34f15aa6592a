import svBundle from '../../../../l10n/bundle.l10n.sv.json';
import type { Locale } from './types';

/**
 * Translation without ambient state: every caller gets a translator for the
 * locale it was given and passes it on. The English text is the key, and
 * `l10n/bundle.l10n.sv.json` (kept in @vscode/l10n's bundle format, so the
 * VS Code client can load it too) holds the Swedish text.
 */
export interface Translator {
  readonly locale: Locale;
  /** `message` in this locale, with `{0}`-style (or, given one object, `{name}`-style) placeholders filled in. */
  readonly t: (message: string, ...args: readonly (string | number | boolean | Readonly<Record<string, unknown>>)[]) => string;
}

type Bundle = Readonly<Record<string, string | { readonly message: string }>>;

const BUNDLES: Readonly<Record<Locale, Bundle>> = { en: {}, sv: svBundle as Bundle };

/** A translator for `locale`; the two are made once and never change. */
export function translator(locale: Locale): Translator {
  return TRANSLATORS[locale] ?? TRANSLATORS.en;
}

function makeTranslator(locale: Locale): Translator {
  const bundle = BUNDLES[locale];
  return Object.freeze({
    locale,
    t: (message: string, ...args: readonly unknown[]) => {
      const entry = Object.hasOwn(bundle, message) ? bundle[message] : undefined;
      const template = entry === undefined ? message : typeof entry === 'string' ? entry : entry.message;
      // As @vscode/l10n: one object argument gives named values, otherwise the arguments are `{0}`, `{1}`, ...
      const values = args.length > 0 && typeof args[0] === 'object' && args[0] !== null ? (args[0] as Record<string, unknown>) : args;
      return formatMessage(template, values);
    },
  });
}

const TRANSLATORS: Readonly<Record<Locale, Translator>> = { en: makeTranslator('en'), sv: makeTranslator('sv') };

/** Fills `{key}` placeholders as @vscode/l10n does: an unknown key stays as written. */
export function formatMessage(template: string, values: Readonly<Record<string, unknown>> | readonly unknown[]): string {
  if (Object.keys(values).length === 0) return template;
  return template.replace(/{([^}]+)}/g, (match, key: string) => {
    const value = (values as Record<string, unknown>)[key];
    return value === undefined || value === null ? match : String(value);
  });
}
