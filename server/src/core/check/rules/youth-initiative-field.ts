import type { DocumentRule, Messages } from '../rule';

/** The project's field. */
export type YouthInitiativeFieldData = { readonly field: string };

const MESSAGES = {
  notYouth: {
    en: 'Youth initiatives are part of strategic partnerships in the youth field, but the project field is `{field}`: change `project.field` to `youth` or remove the youth initiatives.',
    sv: 'Ungdomsinitiativ ingår i strategiska partnerskap inom ungdomsverksamhet, men projektets område är `{field}`: ändra `project.field` till `youth` eller ta bort ungdomsinitiativen.',
  },
} as const satisfies Messages;

export const youthInitiativeField: DocumentRule<typeof MESSAGES, YouthInitiativeFieldData> = {
  id: 'youth-initiative-field',
  severity: 'error',
  kind: 'document',
  messages: MESSAGES,
  guideSection: 'Ungdomsinitiativ över gränserna',
  docs: {
    en: {
      summary: 'Youth initiatives belong only in projects of the youth field.',
      details:
        'The guide presents transnational youth initiatives as something "strategiska partnerskap för ungdomsverksamhet" (strategic partnerships in the youth field) support. A non-empty `youth-initiatives` list in a project whose `project.field` is anything other than `youth` is reported at the `youth-initiatives` key. Either the project belongs to the youth field, or the initiatives should be planned as activities of another kind.',
    },
    sv: {
      summary: 'Ungdomsinitiativ hör bara hemma i projekt inom ungdomsområdet.',
      details:
        'Handledningen beskriver ungdomsinitiativ över gränserna som något som "strategiska partnerskap för ungdomsverksamhet" stöder. En lista `youth-initiatives` som inte är tom, i ett projekt där `project.field` är något annat än `youth`, rapporteras vid nyckeln `youth-initiatives`. Antingen hör projektet till ungdomsområdet, eller så bör initiativen planeras som en annan sorts verksamhet.',
    },
  },
  fixDocs: {
    en: 'None: either the project\'s field or the youth initiatives are wrong, and only you know which.',
    sv: 'Ingen: antingen projektets område eller ungdomsinitiativen är fel, och bara du vet vilket.',
  },
  check({ tr, doc, app, report }) {
    const section = app.youthInitiatives;
    const field = app.project?.field;
    if (!section || !field || field.value === 'youth') return;
    const written = (doc.root as Record<string, unknown>)['youth-initiatives'];
    if (!Array.isArray(written) || written.length === 0) return;
    report(
      section.keySpan,
      tr.t('notYouth', { field: field.value }),
      { field: field.value },
    );
  },
};
