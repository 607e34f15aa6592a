import { MAX_NESTING_DEPTH } from '../../syntax/nesting';
import type { DocumentRule, MessageRef, Messages, RuleTranslator } from '../rule';

/** The YAML parser's error code. */
export type YamlSyntaxData = { readonly yamlCode: string };

const MESSAGES = {
  duplicateKey: {
    en: 'This key is already used earlier in the same mapping; YAML keys must be unique.',
    sv: 'Nyckeln används redan tidigare i samma mappning; nycklar i YAML måste vara unika.',
  },
  unknownTag: {
    en: 'Unknown YAML tag: tags are never executed or resolved here; remove it. ({parserMessage})',
    sv: 'Okänd YAML-tagg: taggar körs eller tolkas aldrig här; ta bort den. ({parserMessage})',
  },
  aliasLimit: {
    en: 'YAML aliases expand to too many nodes; the expansion was stopped. Write the values out instead.',
    sv: 'YAML-alias växer till för många noder; expansionen stoppades. Skriv ut värdena i stället.',
  },
  tooDeep: {
    en: 'This YAML is nested too deeply (more than {levels} levels) to be read safely; what is nested inside here is not checked.',
    sv: 'Denna YAML är för djupt nästlad (mer än {levels} nivåer) för att läsas säkert; det som ligger inuti här kontrolleras inte.',
  },
  badAlias: {
    en: 'This YAML alias refers to no complete anchor.',
    sv: 'YAML-aliaset hänvisar inte till något fullständigt ankare.',
  },
  severalDocuments: {
    en: 'An application file holds one YAML document; remove the extra `---` document.',
    sv: 'En ansökningsfil innehåller ett enda YAML-dokument; ta bort det extra `---`-dokumentet.',
  },
  other: {
    en: 'YAML syntax error: {parserMessage}',
    sv: 'YAML-syntaxfel: {parserMessage}',
  },
} as const satisfies Messages;

export const yamlSyntax: DocumentRule<typeof MESSAGES, YamlSyntaxData> = {
  id: 'yaml-syntax',
  severity: 'error',
  kind: 'document',
  messages: MESSAGES,
  guideSection: '—',
  docs: {
    en: {
      summary: 'The file must be valid YAML.',
      details:
        'Reported for every error the YAML parser finds: bad indentation, an unclosed bracket or quote, a key written twice in one mapping, an unknown tag such as `!include`, or aliases that expand beyond a safe size. The rest of the file is still checked as far as it could be read. A tag is never resolved: it is reported as a warning (not an error), and the value is read as written.',
    },
    sv: {
      summary: 'Filen måste vara giltig YAML.',
      details:
        'Rapporteras för varje fel som YAML-tolken hittar: felaktigt indrag, en hakparentes eller ett citattecken som inte stängs, en nyckel som skrivs två gånger i samma mappning, en okänd tagg som `!include` eller alias som växer över en säker storlek. Resten av filen kontrolleras så långt den gick att läsa. En tagg tolkas aldrig: den rapporteras som en varning (inte ett fel), och värdet läses som det är skrivet.',
    },
  },
  fixDocs: {
    en: 'None: where the YAML cannot be read, what was meant cannot be known; the message says what the parser found.',
    sv: 'Ingen: där YAML inte går att läsa går det inte att veta vad som avsågs; meddelandet säger vad tolken hittade.',
  },
  check({ tr, doc, report }) {
    for (const problem of doc.problems) {
      // The spec rates a tag that is not resolved (custom or YAML 1.1) a warning: the value is read as written.
      const severity = problem.code === 'TAG_RESOLVE_FAILED' ? 'warning' : undefined;
      report(problem.span, syntaxMessage(problem.code, problem.message, tr), { yamlCode: problem.code }, severity);
    }
  },
};

function syntaxMessage(code: string, parserMessage: string, tr: RuleTranslator<typeof MESSAGES>): MessageRef {
  switch (code) {
    case 'DUPLICATE_KEY':
      return tr.t('duplicateKey');
    case 'TAG_RESOLVE_FAILED':
      return tr.t('unknownTag', { parserMessage });
    case 'ALIAS_LIMIT':
      return tr.t('aliasLimit');
    case 'RESOURCE_EXHAUSTION':
      // Nesting beyond the limit of nesting.ts (or, before that limit existed, a stack overflow inside the parser).
      return tr.t('tooDeep', { levels: MAX_NESTING_DEPTH });
    case 'BAD_ALIAS':
      return tr.t('badAlias');
    case 'MULTIPLE_DOCS':
      return tr.t('severalDocuments');
    default:
      return tr.t('other', { parserMessage });
  }
}
