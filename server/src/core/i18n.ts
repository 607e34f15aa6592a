import * as l10n from '@vscode/l10n';
import svBundle from '../../../l10n/bundle.l10n.sv.json';
import type { Locale } from './types';

/**
 * Messages go through @vscode/l10n: the English text is the key, and
 * `l10n/bundle.l10n.sv.json` holds the Swedish translations. The library keeps
 * one bundle per process, so the checker switches it at the start of a check;
 * checks are synchronous, so no other check can observe the switch.
 */
let current: Locale = 'en';

export function useLocale(locale: Locale): void {
  if (locale === current) return;
  l10n.config({ contents: locale === 'sv' ? svBundle : {} });
  current = locale;
}

export function currentLocale(): Locale {
  return current;
}

/** Runs `fn` with `locale` active and restores the previous one. */
export function withLocale<T>(locale: Locale, fn: () => T): T {
  const previous = current;
  useLocale(locale);
  try {
    return fn();
  } finally {
    useLocale(previous);
  }
}

export const t = l10n.t;
