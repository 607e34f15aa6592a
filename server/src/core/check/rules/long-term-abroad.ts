import { mustBeAbroad } from '../../format/constraints';
import { countryName } from '../../format/countries';
import { hostOf, senderOf } from '../../model/facts';
import { partnerChoiceFixes } from '../fixes/partner-choice';
import type { ActivityRule, Messages } from '../rule';
import { ACTIVITY_TYPES } from '../../format/vocabulary';
import { inlineLabel } from '../../format/wording';

/** The country the sender shares with the host, and the host's id. */
export type LongTermAbroadData = { readonly country: string; readonly host: string };

const MESSAGES = {
  sameCountry: {
    en: '`{sender}` is in the same country as the host `{host}` ({country}): in {activity} the participants go abroad, so the sending partner must be in another country.',
    sv: '`{sender}` ligger i samma land som värdorganisationen `{host}` ({country}): i {activity} reser deltagarna utomlands, så den sändande partnern måste ligga i ett annat land.',
  },
  sendsToItself: {
    en: '`{sender}` is also the host of this activity: in {activity} the participants go abroad, so they are sent by a partner in another country than the host.',
    sv: '`{sender}` är också värdorganisationen för verksamheten: i {activity} reser deltagarna utomlands, så de skickas av en partner i ett annat land än värdorganisationens.',
  },
} as const satisfies Messages;

export const longTermAbroad: ActivityRule<typeof MESSAGES, LongTermAbroadData> = {
  id: 'long-term-abroad',
  severity: 'error',
  kind: 'activity',
  messages: MESSAGES,
  fixes: partnerChoiceFixes,
  guideSection: 'Allmän och yrkesinriktad utbildning, undervisning och lärande inom strategiska partnerskap',
  docs: {
    en: {
      summary: 'In long-term mobilities the sending partner and the host must be in different countries.',
      details:
        'Long-term study mobility of pupils, long-term teaching or training assignments and long-term mobility of youth workers (2 to 12 months) all mean working or studying abroad: the guide speaks of a school and host family abroad, of an assignment abroad where the sending and receiving organisations must be in different countries, and of youth workers working abroad. A group sent by a partner in the host\'s own country is reported; choose a host in another country or another sending partner.',
    },
    sv: {
      summary: 'Vid längre utbyten måste den sändande partnern och värdorganisationen ligga i olika länder.',
      details:
        'Längre utbyten i studiesyfte för elever, längre undervisnings- och fortbildningsuppdrag och längre utbyten för personer som arbetar med unga (2–12 månader) innebär alla arbete eller studier utomlands: handledningen talar om en skola och värdfamilj utomlands, om uppdrag utomlands där den sändande och den mottagande organisationen måste ligga i olika länder och om att arbeta utomlands. En grupp som skickas av en partner i värdorganisationens eget land rapporteras; välj en värdorganisation i ett annat land eller en annan sändande partner.',
    },
  },
  fixDocs: {
    en: 'Use partner `X` as sender for each partner outside the host\'s country that breaks no other sender requirement there. Another sending partner is a choice between partners, not a correction of what was written, so Fix all never applies it, and it is preferred only when there is one candidate.',
    sv: 'Använd partnern `X` som sändande partner för varje partner utanför värdorganisationens land som inte bryter mot något annat krav på sändande partner där. En annan sändande partner är ett val mellan partner, inte en rättelse av det som skrevs, så Fix all tillämpar den aldrig, och den är förvald bara när det finns en enda kandidat.',
  },
  check({ tr, partners, activity, report }) {
    const type = activity.type?.value;
    if (!type || !mustBeAbroad('long-term-abroad', type) || !activity.host) return;
    const hostCountry = hostOf(partners, activity)?.country?.value;
    if (!hostCountry) return;
    for (const group of activity.participants) {
      const sender = senderOf(partners, group);
      if (!group.from || sender?.country?.value !== hostCountry) continue;
      const activityLabel = inlineLabel(ACTIVITY_TYPES[type], tr.locale);
      report(
        group.from.span,
        group.from.value === activity.host.value
          ? tr.t('sendsToItself', { sender: group.from.value, activity: activityLabel })
          : tr.t('sameCountry', { sender: group.from.value, host: activity.host.value, country: countryName(hostCountry, tr.locale), activity: activityLabel }),
        { country: hostCountry, host: activity.host.value },
      );
    }
  },
};
