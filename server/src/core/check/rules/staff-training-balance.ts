import { hostOf, senderOf } from '../../model/facts';
import { countryName } from '../../format/countries';
import type { ActivityRule, Messages } from '../rule';

/** How many of how many participants come from the host country, and which it is. */
export type StaffTrainingBalanceData = { readonly national: number; readonly total: number; readonly country: string };

const MESSAGES = {
  mostlyNational: {
    en: '{national} of the {total} participants come from the host country, {country}: the guide expects a balance between national participants and participants from other countries.',
    sv: '{national} av de {total} deltagarna kommer från värdlandet, {country}: handledningen förväntar sig en balans mellan nationella deltagare och deltagare från andra länder.',
  },
} as const satisfies Messages;

export const staffTrainingBalance: ActivityRule<typeof MESSAGES, StaffTrainingBalanceData> = {
  id: 'staff-training-balance',
  severity: 'warning',
  kind: 'activity',
  messages: MESSAGES,
  guideSection: 'Kortare gemensamma utbildningsevenemang för personal (3 dagar till 2 månader)',
  docs: {
    en: {
      summary: 'Warns when most participants of a short-term staff training event come from the host\'s country.',
      details:
        'Joint staff training events are meant for small groups of staff from different countries, and the guide asks for "en balans mellan antalet nationella deltagare och deltagare från andra länder" (a balance between national participants and participants from other countries). A `short-term-staff-training` gets a warning at its `type` when the groups sent by partners in the host\'s country add up to more than half of all participants (`count`). Exactly half is balanced. Invite more staff from the other partner countries, or fewer from the host country.',
    },
    sv: {
      summary: 'Varnar när de flesta deltagarna i ett kortare utbildningsevenemang för personal kommer från värdlandet.',
      details:
        'Gemensamma utbildningsevenemang för personal är avsedda för små grupper av personal från olika länder, och handledningen efterfrågar "en balans mellan antalet nationella deltagare och deltagare från andra länder". Ett `short-term-staff-training` får en varning vid sin `type` när grupperna som skickas av partner i värdlandet tillsammans är mer än hälften av alla deltagare (`count`). Exakt hälften räknas som balans. Bjud in fler från de andra partnerländerna, eller färre från värdlandet.',
    },
  },
  fixDocs: {
    en: 'None: the balance between national participants and participants from other countries depends on who takes part; no edit can make it right.',
    sv: 'Ingen: balansen mellan nationella deltagare och deltagare från andra länder beror på vilka som deltar; ingen ändring kan göra den rätt.',
  },
  check({ tr, partners, activity, report }) {
    if (activity.type?.value !== 'short-term-staff-training') return;
    const hostCountry = hostOf(partners, activity)?.country?.value;
    if (hostCountry === undefined) return;
    const written = activity.raw['participants']?.raw;
    if (!Array.isArray(written) || written.length !== activity.participants.length) return;
    let total = 0;
    let national = 0;
    let known = true;
    for (const group of activity.participants) {
      const country = senderOf(partners, group)?.country?.value;
      if (country === undefined || !group.count) {
        known = false;
        break;
      }
      total += group.count.value;
      if (country === hostCountry) national += group.count.value;
    }
    if (!known || total === 0 || national * 2 <= total) return;
    report(
      activity.type.span,
      tr.t('mostlyNational', { national: String(national), total: String(total), country: countryName(hostCountry, tr.locale) }),
      { national, total, country: hostCountry },
    );
  },
};
