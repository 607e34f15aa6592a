import type { Translator } from '../i18n';
import { MAX_NESTING_DEPTH } from '../nesting';
import type { Rule } from '../rule';

export const yamlSyntax: Rule = {
  id: 'yaml-syntax',
  severity: 'error',
  kind: 'document',
  guideSection: '—',
  docs: {
    en: {
      summary: 'The file must be valid YAML.',
      details:
        'Reported for every error the YAML parser finds: bad indentation, an unclosed bracket or quote, a key written twice in one mapping, an unknown tag such as `!include`, or aliases that expand beyond a safe size. The rest of the file is still checked as far as it could be read.',
    },
    sv: {
      summary: 'Filen måste vara giltig YAML.',
      details:
        'Rapporteras för varje fel som YAML-tolken hittar: felaktig indrag, en hakparentes eller ett citattecken som inte stängs, en nyckel som skrivs två gånger i samma mappning, en okänd tagg som `!include` eller alias som växer över en säker storlek. Resten av filen kontrolleras så långt den gick att läsa.',
    },
  },
  check({ tr, doc, report }) {
    for (const problem of doc.problems) {
      report(problem.span, syntaxMessage(problem.code, problem.message, tr), { yamlCode: problem.code });
    }
  },
};

function syntaxMessage(code: string, parserMessage: string, tr: Translator): string {
  switch (code) {
    case 'DUPLICATE_KEY':
      return tr.t('This key is already used earlier in the same mapping; YAML keys must be unique.');
    case 'TAG_RESOLVE_FAILED':
      return tr.t('Unknown YAML tag: tags are never executed or resolved here; remove it. ({0})', parserMessage);
    case 'ALIAS_LIMIT':
      return tr.t('YAML aliases expand to too many nodes; the expansion was stopped. Write the values out instead.');
    case 'RESOURCE_EXHAUSTION':
      // Nesting beyond the limit of nesting.ts (or, before that limit existed, a stack overflow inside the parser).
      return tr.t('This YAML is nested too deeply (more than {0} levels) to be read safely; what is nested inside here is not checked.', MAX_NESTING_DEPTH);
    case 'BAD_ALIAS':
      return tr.t('This YAML alias refers to no complete anchor.');
    case 'MULTIPLE_DOCS':
      return tr.t('An application file holds one YAML document; remove the extra `---` document.');
    default:
      return tr.t('YAML syntax error: {0}', parserMessage);
  }
}
