import { isPartnerIdShape } from '../../model/facts';
import { duplicateIdFixes } from '../fixes/ids';
import type { Activity, Field, ListSection, Partner, YouthInitiative } from '../../model/model';
import type { DocumentRule, MessageRef, Messages, RuleContext, RuleTranslator } from '../rule';
import type { Span } from '../../base/types';


export type IdKind = 'partner' | 'activity' | 'youth-initiative';

/** The id, which list it is in, and where it is first used. */
export type DuplicateIdData = { readonly id: string; readonly kind: IdKind; readonly first: Span };

const MESSAGES = {
  partner: {
    en: 'Another partner already has the id `{id}`; partner ids must be unique.',
    sv: 'En annan partner har redan id:t `{id}`; partnernas id:n måste vara unika.',
  },
  activity: {
    en: 'Another activity already has the id `{id}`; activity ids must be unique.',
    sv: 'En annan verksamhet har redan id:t `{id}`; verksamheternas id:n måste vara unika.',
  },
  youthInitiative: {
    en: 'Another youth initiative already has the id `{id}`; youth initiative ids must be unique.',
    sv: 'Ett annat ungdomsinitiativ har redan id:t `{id}`; ungdomsinitiativens id:n måste vara unika.',
  },
} as const satisfies Messages;

export const duplicateId: DocumentRule<typeof MESSAGES, DuplicateIdData> = {
  id: 'duplicate-id',
  severity: 'error',
  kind: 'document',
  messages: MESSAGES,
  fixes: duplicateIdFixes,
  guideSection: '—',
  docs: {
    en: {
      summary: 'Ids must be unique among partners, among activities and among youth initiatives.',
      details:
        'Activities name their host and sending partners by id, and reviewers refer to activities and youth initiatives by id, so an id used twice makes the application ambiguous. Each later use of an id is reported; rename it (for partners, also update the `host` and `from` references meant for it). Partners, activities and youth initiatives are separate lists: a partner and an activity may share an id. An item repeated with a YAML alias (`- *se`) is the same node as its anchor: it is reported once, at the alias, and every other rule checks the node once.',
    },
    sv: {
      summary: 'Id:n måste vara unika bland partner, bland verksamheter och bland ungdomsinitiativ.',
      details:
        'Verksamheter anger sin värdorganisation och sina sändande partner med id, och granskare hänvisar till verksamheter och ungdomsinitiativ med id, så ett id som används två gånger gör ansökan tvetydig. Varje senare användning av ett id rapporteras; byt namn på det (för partner: uppdatera också de `host` och `from` som avser den). Partner, verksamheter och ungdomsinitiativ är separata listor: en partner och en verksamhet får ha samma id. En post som upprepas med ett YAML-alias (`- *se`) är samma nod som sitt ankare: den rapporteras en gång, vid aliaset, och alla andra regler kontrollerar noden en gång.',
    },
  },
  fixDocs: {
    en: 'Rename the later id to the next free id of its shape (`C1` → `C2`, `fi-school` → `fi-school-2`). For an activity or a youth initiative this is preferred and in Fix all, as nothing names them by id; for a partner it is only offered, since which `host` and `from` references meant it is yours to say.',
    sv: 'Byt namn på det senare id:t till nästa lediga id av samma form (`C1` → `C2`, `fi-school` → `fi-school-2`). För en verksamhet eller ett ungdomsinitiativ är det förvalt och ingår i Fix all, eftersom inget anger dem med id; för en partner erbjuds det bara, eftersom vilka `host` och `from` som avsåg den är ditt att avgöra.',
  },
  check(context) {
    const { app } = context;
    const partnerId = (partner: Partner) => (partner.id && isPartnerIdShape(partner.id.value) ? partner.id : undefined);
    checkList(context, uses(app.partners, partnerId), 'partner');
    checkList(context, uses(app.activities, (activity: Activity) => activity.id), 'activity');
    checkList(context, uses(app.youthInitiatives, (initiative: YouthInitiative) => initiative.id), 'youth-initiative');
  },
};

/** Where an id is written: an item's own `id`, or an alias repeating an item (`- *se`), at the alias. */
interface IdUse {
  readonly value: string;
  readonly span: Span;
}

function uses<T>(section: ListSection<T> | undefined, idOf: (item: T) => Field<string> | undefined): IdUse[] {
  const found: IdUse[] = [];
  for (const item of section?.items ?? []) {
    const id = idOf(item);
    if (id) found.push({ value: id.value, span: id.span });
  }
  for (const repeat of section?.repeats ?? []) {
    const id = idOf(repeat.item);
    if (id) found.push({ value: id.value, span: repeat.span });
  }
  return found.sort((a, b) => a.span.start - b.span.start);
}

function checkList(context: RuleContext<typeof MESSAGES, DuplicateIdData>, ids: readonly IdUse[], kind: IdKind): void {
  const first = new Map<string, Span>();
  for (const id of ids) {
    const earlier = first.get(id.value);
    if (!earlier) {
      first.set(id.value, id.span);
      continue;
    }
    context.report(id.span, message(kind, id.value, context.tr), { id: id.value, kind, first: { start: earlier.start, end: earlier.end } });
  }
}

function message(kind: IdKind, id: string, tr: RuleTranslator<typeof MESSAGES>): MessageRef {
  switch (kind) {
    case 'partner':
      return tr.t('partner', { id });
    case 'activity':
      return tr.t('activity', { id });
    case 'youth-initiative':
      return tr.t('youthInitiative', { id });
  }
}
