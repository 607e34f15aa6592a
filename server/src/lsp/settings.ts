import { isRuleId, type CheckConfig, type Locale, type RuleId, type SeveritySetting } from '../core';

/**
 * The `partnership` settings as an editor sends them (VS Code's
 * `partnership.rules` / `partnership.locale`, or the same object pushed by
 * Neovim & co., or given as `initializationOptions`). Plain functions: no LSP.
 */
export type LocaleSetting = 'auto' | Locale;

export interface Settings {
  readonly locale?: LocaleSetting;
  readonly rules?: Readonly<Partial<Record<RuleId, SeveritySetting>>>;
}

const SEVERITY_SETTINGS: readonly SeveritySetting[] = ['error', 'warning', 'information', 'hint', 'off'];
const LOCALE_SETTINGS: readonly LocaleSetting[] = ['auto', 'en', 'sv'];

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Reads a settings object, keeping what it understands. Each entry it drops
 * (an unknown rule id, severity or locale, a value of the wrong type) is
 * passed to `ignored` as a log line; nothing throws.
 */
export function readSettings(raw: unknown, ignored: (problem: string) => void): Settings {
  if (raw === undefined || raw === null) return {};
  if (!isObject(raw)) {
    ignored(`partnership settings: expected an object, got ${describe(raw)}; ignored`);
    return {};
  }
  const settings: { locale?: LocaleSetting; rules?: Partial<Record<RuleId, SeveritySetting>> } = {};
  if (raw.locale !== undefined && raw.locale !== null) {
    const locale = typeof raw.locale === 'string' ? raw.locale.trim().toLowerCase() : undefined;
    if (locale !== undefined && (LOCALE_SETTINGS as readonly string[]).includes(locale)) {
      settings.locale = locale as LocaleSetting;
    } else {
      ignored(`partnership.locale: unknown value ${describe(raw.locale)} (use auto, en or sv); ignored`);
    }
  }
  if (raw.rules !== undefined && raw.rules !== null) {
    if (isObject(raw.rules)) {
      const rules: Partial<Record<RuleId, SeveritySetting>> = {};
      for (const [id, value] of Object.entries(raw.rules)) {
        const severity = typeof value === 'string' ? value.trim().toLowerCase() : undefined;
        if (!isRuleId(id)) {
          ignored(`partnership.rules: unknown rule id ${JSON.stringify(id)}; ignored`);
        } else if (severity === undefined || !(SEVERITY_SETTINGS as readonly string[]).includes(severity)) {
          ignored(
            `partnership.rules.${id}: unknown severity ${describe(value)} (use error, warning, information, hint or off); ignored`,
          );
        } else {
          rules[id] = severity as SeveritySetting;
        }
      }
      settings.rules = rules;
    } else {
      ignored(`partnership.rules: expected an object of rule id to severity, got ${describe(raw.rules)}; ignored`);
    }
  }
  return settings;
}

/** `auto` follows the client's UI locale from `initialize`: Swedish for any `sv*`, else English. */
export function resolveLocale(setting: LocaleSetting | undefined, clientLocale: string | undefined): Locale {
  if (setting === 'en' || setting === 'sv') return setting;
  return clientLocale?.trim().toLowerCase().startsWith('sv') ? 'sv' : 'en';
}

/**
 * The check configuration from settings layers, lowest first
 * (`initializationOptions`, then the client's settings): each key a later
 * layer gives replaces the earlier one's whole value.
 */
export function toCheckConfig(layers: readonly Settings[], clientLocale: string | undefined): CheckConfig {
  let locale: LocaleSetting | undefined;
  let rules: Settings['rules'] = {};
  for (const layer of layers) {
    if (layer.locale !== undefined) locale = layer.locale;
    if (layer.rules !== undefined) rules = layer.rules;
  }
  return { locale: resolveLocale(locale, clientLocale), rules };
}

function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'null';
  return typeof value === 'object' ? 'an object' : `${typeof value} ${String(value)}`;
}
