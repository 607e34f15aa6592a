import type { ActivityRule, Messages, NoData } from '../rule';
import { blendedVirtualFixes } from '../fixes/add-key';

const MESSAGES = {
  noVirtualPart: {
    en: 'A blended mobility combines the physical stay with a virtual part: describe it under `virtual` (for example collaborative platforms, live streams or video conferences).',
    sv: 'Ett blandat utbyte kombinerar vistelsen på plats med en virtuell del: beskriv den under `virtual` (till exempel samarbetsplattformar, direktsändningar eller videokonferenser).',
  },
} as const satisfies Messages;

export const blendedVirtual: ActivityRule<typeof MESSAGES, NoData> = {
  id: 'blended-virtual',
  severity: 'error',
  kind: 'activity',
  messages: MESSAGES,
  fixes: blendedVirtualFixes,
  guideSection: 'Blandade utbyten för studenter, praktikanter, vuxenstuderande, skolelever och unga (5 dagar till 2 månader)',
  docs: {
    en: {
      summary: 'A blended mobility must describe its virtual part under `virtual`.',
      details:
        'In the guide, a blended mobility combines one or more short physical stays with "virtuella utbyten på nätet" (online virtual exchanges such as collaborative platforms, live streams, video conferences or social media) that prepare, support or extend the physical mobility. Without the virtual part the activity is simply a short mobility. A `blended-mobility` activity with no `virtual` key, or with an empty one, is reported at its `type`; the quick fix adds a `virtual:` key for you to fill in.',
    },
    sv: {
      summary: 'Ett blandat utbyte måste beskriva sin virtuella del under `virtual`.',
      details:
        'Enligt handledningen kombinerar ett blandat utbyte ett eller flera kortare utbyten på plats med "virtuella utbyten på nätet" (t.ex. samarbetsplattformar, direktsändningar, videokonferenser och sociala medier) som förbereder, stöder eller förlänger utbytet på plats. Utan den virtuella delen är verksamheten bara ett kort utbyte. En `blended-mobility` utan nyckeln `virtual`, eller med en tom `virtual`, rapporteras vid dess `type`; snabbkorrigeringen lägger till en `virtual:`-nyckel som du fyller i.',
    },
  },
  fixDocs: {
    en: 'Adds `virtual:` with a placeholder text (*Describe the virtual part* / *Beskriv den virtuella delen*) to replace: an empty value would only turn the mistake into a `schema` error.',
    sv: 'Lägger till `virtual:` med en platshållartext (*Describe the virtual part* / *Beskriv den virtuella delen*) som du ersätter: ett tomt värde skulle bara göra misstaget till ett `schema`-fel.',
  },
  check({ tr, activity, report }) {
    if (activity.type?.value !== 'blended-mobility') return;
    const virtual = activity.raw['virtual'];
    // An empty or wrongly typed value (`virtual:`, a number) is the schema's mistake to report.
    const missing =
      virtual === undefined || (typeof virtual.raw === 'string' && virtual.raw.trim() === '');
    if (!missing) return;
    report(
      activity.type.span,
      tr.t('noVirtualPart'),
      {},
    );
  },
};
