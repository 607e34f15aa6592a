import type { DocumentRule, Messages, NoData } from '../rule';

const MESSAGES = {
  noCoachNamed: {
    en: 'The youth initiative `{id}` is carried out by minors, so the guide requires a coach: name one under `coach`.',
    sv: 'Ungdomsinitiativet `{id}` genomförs av minderåriga, och då kräver handledningen en handledare: ange en under `coach`.',
  },
  noCoach: {
    en: 'This youth initiative is carried out by minors, so the guide requires a coach: name one under `coach`.',
    sv: 'Det här ungdomsinitiativet genomförs av minderåriga, och då kräver handledningen en handledare: ange en under `coach`.',
  },
} as const satisfies Messages;

export const youthInitiativeCoach: DocumentRule<typeof MESSAGES, NoData> = {
  id: 'youth-initiative-coach',
  severity: 'error',
  kind: 'document',
  messages: MESSAGES,
  guideSection: 'Ungdomsinitiativ över gränserna',
  docs: {
    en: {
      summary: 'A youth initiative carried out by minors must have a coach.',
      details:
        'Young people running a transnational youth initiative may be supported by a coach, a resource person who is independent of the initiative and supports the group\'s preparation, implementation and evaluation. For minors it is not optional: "Om ungdomsinitiativet genomförs av minderåriga måste det finnas en handledare." An initiative with a group marked `minors: true` and no `coach` is reported at its `id`. Name the coach under `coach`.',
    },
    sv: {
      summary: 'Ett ungdomsinitiativ som genomförs av minderåriga måste ha en handledare.',
      details:
        'Unga som genomför ett ungdomsinitiativ över gränserna kan få stöd av en handledare, en resursperson som är fristående från initiativet och stöder gruppen i förberedelser, genomförande och utvärdering. För minderåriga är det ett krav: "Om ungdomsinitiativet genomförs av minderåriga måste det finnas en handledare." Ett initiativ med en grupp som har `minors: true` och ingen `coach` rapporteras vid dess `id`. Ange handledaren under `coach`.',
    },
  },
  fixDocs: {
    en: 'None: the coach\'s name is for you to give.',
    sv: 'Ingen: coachens namn anger du.',
  },
  check({ tr, app, report }) {
    for (const initiative of app.youthInitiatives?.items ?? []) {
      const minors = initiative.groups?.items.some((group) => group.minors?.value === true) ?? false;
      if (!minors) continue;
      const coach = initiative.raw['coach'];
      // An empty or wrongly typed coach (`coach:`, a number) is the schema's mistake to report.
      const missing =
        coach === undefined || (typeof coach.raw === 'string' && coach.raw.trim() === '');
      if (!missing) continue;
      if (initiative.id) {
        report(
          initiative.id.span,
          tr.t('noCoachNamed', { id: initiative.id.value }),
        );
      } else {
        report(
          initiative.firstKeySpan,
          tr.t('noCoach'),
        );
      }
    }
  },
};
