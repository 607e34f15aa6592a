import { parseDuration, suggestUnitWord, UNIT_WORDS as UNITS, type Duration, type UnitStyle } from '../../format/duration';
import { fileUnitStyle } from '../../model/facts';
import type { Activity, Field, RawField } from '../../model/model';
import type { DocumentRule, MessageRef, Messages, RuleContext, RuleTranslator } from '../rule';
import { hasHiddenCharacters, hiddenCharacterNames, showHidden } from '../../base/characters';
import { durationFormatFixes } from '../fixes/duration';

/** The unit words of the spec, for "did you mean" suggestions. */
const UNIT_WORDS = Object.keys(UNITS);

/**
 * A bare number: it and the file's unit language; an unknown unit word: it and the closest unit
 * words; an activity without a length: what it lacks.
 */
export type DurationFormatData =
  | { readonly number: number; readonly style: UnitStyle }
  | { readonly unit: string; readonly suggestions: readonly string[] }
  | { readonly missing: 'duration' | 'start' | 'end' };

const MESSAGES = {
  notWhole: {
    en: '`{value}` is not a duration: write a whole number with a unit, such as `10 days` or `2 months`.',
    sv: '`{value}` är ingen varaktighet: skriv ett heltal med en enhet, till exempel `10 dagar` eller `2 månader`.',
  },
  empty: {
    en: 'The duration is empty: write a whole number with a unit, such as `10 days` or `2 months`.',
    sv: 'Varaktigheten är tom: skriv ett heltal med en enhet, till exempel `10 dagar` eller `2 månader`.',
  },
  notText: {
    en: 'A duration is written as text, such as `10 days`, `3 weeks` or `2 months`.',
    sv: 'En varaktighet skrivs som text, till exempel `10 dagar`, `3 veckor` eller `2 månader`.',
  },
  zero: {
    en: 'The duration `{duration}` adds up to zero; a duration must be at least 1 day.',
    sv: 'Varaktigheten `{duration}` blir sammanlagt noll; en varaktighet måste vara minst 1 dag.',
  },
  unknownUnitSuggested: {
    en: '`{unit}` is not a duration unit. Did you mean `{suggestion}`?',
    sv: '`{unit}` är ingen tidsenhet. Menade du `{suggestion}`?',
  },
  unknownUnit: {
    en: '`{unit}` is not a duration unit. Use days, weeks, months or years (or the Swedish dagar, veckor, månader, år).',
    sv: '`{unit}` är ingen tidsenhet. Använd dagar, veckor, månader eller år (eller engelskans days, weeks, months, years).',
  },
  unreadable: {
    en: '`{duration}` is not a readable duration: write whole numbers with units, such as `10 days`, `3 weeks` or `1 month 15 days`.',
    sv: '`{duration}` är ingen läsbar varaktighet: skriv heltal med enheter, till exempel `10 dagar`, `3 veckor` eller `1 månad 15 dagar`.',
  },
  hiddenReadable: {
    en: '`{duration}` holds a character you cannot see ({characters}): write `{plain}` instead.',
    sv: '`{duration}` innehåller ett tecken som inte syns ({characters}): skriv `{plain}` i stället.',
  },
  hidden: {
    en: '`{duration}` is not a readable duration: it holds a character you cannot see ({characters}). Write whole numbers with units, such as `10 days` or `2 months`.',
    sv: '`{duration}` är ingen läsbar varaktighet: den innehåller ett tecken som inte syns ({characters}). Skriv heltal med enheter, till exempel `10 dagar` eller `2 månader`.',
  },
  noUnit: {
    en: 'The duration `{number}` has no unit: write for example `{number} days`, `{number} weeks` or `{number} months`.',
    sv: 'Varaktigheten `{number}` saknar enhet: skriv till exempel `{number} dagar`, `{number} veckor` eller `{number} månader`.',
  },
  noDuration: {
    en: 'This activity has no `duration` and not both `start` and `end`: give a duration such as `7 days`, or both dates.',
    sv: 'Verksamheten har ingen `duration` och inte både `start` och `end`: ange en varaktighet som `7 dagar`, eller båda datumen.',
  },
} as const satisfies Messages;

export const durationFormat: DocumentRule<typeof MESSAGES, DurationFormatData> = {
  id: 'duration-format',
  severity: 'error',
  kind: 'document',
  messages: MESSAGES,
  fixes: durationFormatFixes,
  guideSection: '—',
  docs: {
    en: {
      summary: 'Durations must be readable, and every activity needs a duration or both dates.',
      details:
        'A duration is one or more terms of a whole number and a unit, such as `10 days`, `3 weeks`, `2 months` or `1 month 15 days`; Swedish units (`dagar`, `veckor`, `månader`, `år`) work as well. A bare number (`duration: 10`), an unknown unit, a value that is not text or a total of zero cannot be compared with the guide\'s limits and is reported. An activity without `duration` must give both `start` and `end`, since its length is then counted from the dates (both days included).',
    },
    sv: {
      summary: 'Varaktigheter måste gå att läsa, och varje verksamhet behöver en varaktighet eller båda datumen.',
      details:
        'En varaktighet är en eller flera termer med ett heltal och en enhet, till exempel `10 dagar`, `3 veckor`, `2 månader` eller `1 månad 15 dagar`; engelska enheter (`days`, `weeks`, `months`, `years`) fungerar också. Ett ensamt tal (`duration: 10`), en okänd enhet, ett värde som inte är text eller en summa på noll kan inte jämföras med handledningens gränser och rapporteras. En verksamhet utan `duration` måste ange både `start` och `end`, eftersom längden då räknas från datumen (båda dagarna inräknade).',
    },
  },
  fixDocs: {
    en: 'A bare number N: `N days`, `N weeks`, `N months` in the file\'s unit words (preferred: the one unit that suits every group the value applies to, if exactly one does); a misspelt unit: the suggested unit, in the right number (`2 dayz` → `2 days`).',
    sv: 'Ett tal N utan enhet: `N days`, `N weeks`, `N months` med filens enhetsord (förvald: den enda enhet som passar varje grupp som värdet gäller, om exakt en gör det); en felstavad enhet: den föreslagna enheten i rätt form (`2 dayz` → `2 days`).',
  },
  check(context) {
    const { app } = context;
    // English when no duration is readable yet, as the rule has always written its data.
    const style = fileUnitStyle(app) ?? 'en';
    checkDuration(context, app.project?.raw['duration'], app.project?.duration, style);
    for (const activity of app.activities?.items ?? []) {
      checkDuration(context, activity.raw['duration'], activity.duration, style);
      checkActivityHasDuration(context, activity);
      for (const group of activity.participants) checkDuration(context, group.raw['duration'], group.duration, style);
    }
  },
};

/** `read` is the model's reading of the value: present exactly when parseDuration reads it. */
function checkDuration(context: RuleContext<typeof MESSAGES, DurationFormatData>, field: RawField | undefined, read: Field<Duration> | undefined, style: UnitStyle): void {
  if (!field || read !== undefined || field.misspelt !== undefined) return; // a misspelt key: the schema's one diagnostic
  const problem = diagnose(field.raw, style, context.tr);
  context.report(field.span, problem.message, problem.data);
}

interface Problem {
  readonly message: MessageRef;
  readonly data?: DurationFormatData;
}

function diagnose(raw: unknown, style: UnitStyle, tr: RuleTranslator<typeof MESSAGES>): Problem {
  if (typeof raw === 'number') {
    if (Number.isInteger(raw) && raw > 0) return bareNumber(raw, style, tr);
    return { message: tr.t('notWhole', { value: String(raw) }) };
  }
  if (raw === null) {
    return { message: tr.t('empty') };
  }
  if (typeof raw !== 'string') {
    return { message: tr.t('notText') };
  }
  const text = raw.trim();
  if (text === '') {
    return { message: tr.t('empty') };
  }
  if (/^\d+$/.test(text) && Number(text) > 0) return bareNumber(Number(text), style, tr);
  if (hasHiddenCharacters(text)) {
    // `24 months` with a no-break space reads like a valid duration: name the character.
    const plain = text.replace(/[\p{Z}\t]/gu, ' ').replace(/[\p{Cf}\p{Cc}]/gu, '').normalize('NFC');
    return {
      message: parseDuration(plain)
        ? tr.t('hiddenReadable', { duration: showHidden(text, tr.locale), characters: hiddenCharacterNames(text, tr.locale).join(', '), plain })
        : tr.t('hidden', { duration: showHidden(text, tr.locale), characters: hiddenCharacterNames(text, tr.locale).join(', ') }),
    };
  }
  // Same shape with every number made 1: if that reads, the numbers were the problem.
  if (parseDuration(text.replace(/\d+/g, '1')) !== undefined && /^[^1-9]*$/.test(text.replace(/\p{L}+/gu, ''))) {
    return { message: tr.t('zero', { duration: text }) };
  }
  // A word right after a number stands where a unit should be.
  const tokens = text.split(/[\s,]+/);
  const unknownIndex = tokens.findIndex(
    (token, index) => index > 0 && /^\d+$/.test(tokens[index - 1]) && /^\p{L}+$/u.test(token) && !UNIT_WORDS.includes(token.toLowerCase()),
  );
  const unknownWord = unknownIndex < 0 ? undefined : tokens[unknownIndex];
  if (unknownWord !== undefined) {
    const amount = Number(tokens[unknownIndex - 1]);
    const suggestion = suggestUnitWord(unknownWord, amount);
    const suggestions = suggestion === undefined ? [] : [suggestion];
    return suggestions.length > 0
      ? { message: tr.t('unknownUnitSuggested', { unit: unknownWord, suggestion: suggestions[0] }), data: { unit: unknownWord, suggestions } }
      : {
          message: tr.t('unknownUnit', { unit: unknownWord }),
          data: { unit: unknownWord, suggestions },
        };
  }
  return {
    message: tr.t('unreadable', { duration: text }),
  };
}

function bareNumber(number: number, style: UnitStyle, tr: RuleTranslator<typeof MESSAGES>): Problem {
  return {
    message: tr.t('noUnit', { number: String(number) }),
    data: { number, style },
  };
}

/** An activity needs a `duration`, or both `start` and `end` to count it from. */
function checkActivityHasDuration(context: RuleContext<typeof MESSAGES, DurationFormatData>, activity: Activity): void {
  if (activity.raw['duration']) return;
  if (activity.start && activity.end) return;
  // A malformed date is the schema's to report; the dates were meant to give the duration.
  if ((activity.raw['start'] && !activity.start) || (activity.raw['end'] && !activity.end)) return;
  const at = activity.raw['type']?.span ?? activity.firstKeySpan;
  context.report(
    at,
    context.tr.t('noDuration'),
    { missing: activity.start ? 'end' : activity.end ? 'start' : 'duration' },
  );
}
