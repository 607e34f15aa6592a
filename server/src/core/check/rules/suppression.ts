import { LineIndex } from '../../base/lines';
import type { DocumentRule, Messages, Report, RuleTranslator } from '../rule';
import { RULE_IDS } from '../../base/rule-ids';
import { closestMatches } from '../../base/suggest';
import { ruleSetOf, suppressionComments, type SuppressionComment } from '../../syntax/suppress';
import type { Finding } from '../../base/types';
import { suppressionFixes } from '../fixes/suppression';

/** An id that names no rule, with its suggestions; or a next-line comment that silences nothing. */
export type SuppressionData =
  | { readonly problem: 'unknown-id'; readonly id: string; readonly suggestions: readonly string[] }
  | { readonly problem: 'unused' };

const MESSAGES = {
  unknownId: {
    en: '`{id}` is not a rule id, so this comment silences nothing for it. Did you mean `{suggestion}`?',
    sv: '`{id}` är inget regel-id, så kommentaren tystar ingenting för det. Menade du `{suggestion}`?',
  },
  unknownIdNoSuggestion: {
    en: '`{id}` is not a rule id, so this comment silences nothing for it. The rule ids are listed in the rule documentation.',
    sv: '`{id}` är inget regel-id, så kommentaren tystar ingenting för det. Regel-id:na finns i regeldokumentationen.',
  },
  unused: {
    en: 'This comment silences nothing: the next line has no diagnostic it names. Remove it.',
    sv: 'Kommentaren tystar ingenting: nästa rad har ingen diagnos som den nämner. Ta bort den.',
  },
} as const satisfies Messages;

export const suppression: DocumentRule<typeof MESSAGES, SuppressionData> = {
  id: 'suppression',
  severity: 'warning',
  kind: 'document',
  messages: MESSAGES,
  fixes: suppressionFixes,
  guideSection: 'Not from the guide: the format\'s own suppression comments (application-format.md, "Suppression")',
  docs: {
    en: {
      summary: 'A suppression comment must name existing rules and silence something.',
      details:
        'This rule does not come from the programme guide: it keeps the format\'s own `# partnership-disable-next-line` and `# partnership-disable` comments honest. A misspelt id (`duraton-range`) silences nothing while looking as if it did, so it is a warning at the id, with the closest rule id. A `partnership-disable-next-line` comment whose next line has no diagnostic of the rules it names (any rule when it names none) is reported with severity information at the whole comment: the problem it silenced has been fixed, or the comment stands on the wrong line. A comment whose ids are all unknown is reported only for its ids. A file-wide `partnership-disable` is never reported as unused, as what it silences may come and go while the file is edited. Lines inside a block scalar or a quoted scalar are text, not comments.',
    },
    sv: {
      summary: 'En kommentar som tystar regler måste nämna regler som finns och tysta något.',
      details:
        'Regeln kommer inte från programhandledningen: den håller formatets egna kommentarer `# partnership-disable-next-line` och `# partnership-disable` ärliga. Ett felstavat id (`duraton-range`) tystar ingenting men ser ut att göra det, så det ger en varning vid id:t, med det närmaste regel-id:t. En kommentar `partnership-disable-next-line` vars nästa rad inte har någon diagnos från de regler den nämner (någon regel alls när den inte nämner någon) rapporteras med allvarlighetsgraden information vid hela kommentaren: problemet den tystade är åtgärdat, eller kommentaren står på fel rad. En kommentar vars id alla är okända rapporteras bara för sina id. En `partnership-disable` för hela filen rapporteras aldrig som oanvänd, eftersom det den tystar kan komma och gå medan filen redigeras. Rader i en blockskalär eller en citerad skalär är text, inte kommentarer.',
    },
  },
  fixDocs: {
    en: 'An unknown id: *Change `duraton-range` to `duration-range`*, for each suggestion (the only one is preferred and applied by "Fix all unambiguous problems"). Both kinds: *Remove the comment*, the whole line.',
    sv: 'Ett okänt id: *Ändra `duraton-range` till `duration-range`*, för varje förslag (det enda förslaget föredras och tillämpas av "Åtgärda alla entydiga problem"). Båda fallen: *Ta bort kommentaren*, hela raden.',
  },
  check({ doc, tr, report }) {
    if (!doc.text.includes('partnership-disable')) return;
    for (const comment of suppressionComments(doc.text, new LineIndex(doc.text), doc.yaml)) {
      for (const id of comment.ids) {
        if ((RULE_IDS as readonly string[]).includes(id.text)) continue;
        const suggestions = closestMatches(id.text, RULE_IDS);
        const message =
          suggestions.length > 0 ? tr.t('unknownId', { id: id.text, suggestion: suggestions[0] }) : tr.t('unknownIdNoSuggestion', { id: id.text });
        report(id.span, message, { problem: 'unknown-id', id: id.text, suggestions });
      }
    }
  },
};

/**
 * The `partnership-disable-next-line` comments that silence nothing, reported through `report`
 * (severity information): the engine calls this with every finding before suppression, as a
 * rule's check cannot see other rules' findings. A comment naming only unknown ids is left to
 * the unknown-id warning.
 */
export function reportUnusedSuppressions(
  comments: readonly SuppressionComment[],
  findings: readonly Finding[],
  lines: LineIndex,
  tr: RuleTranslator<typeof MESSAGES>,
  report: Report<SuppressionData>,
): void {
  for (const comment of comments) {
    if (comment.kind !== 'next-line') continue;
    const rules = ruleSetOf(comment);
    if (rules !== 'all' && rules.size === 0) continue;
    const silences = findings.some(
      (finding) => (rules === 'all' || rules.has(finding.rule)) && lines.position(finding.span.start).line === comment.line + 1,
    );
    if (!silences) report(comment.span, tr.t('unused'), { problem: 'unused' });
  }
}
