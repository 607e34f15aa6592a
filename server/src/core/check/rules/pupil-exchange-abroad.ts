import { mustBeAbroad } from '../../format/constraints';
import { countryName } from '../../format/countries';
import { hostOf, senderOf } from '../../model/facts';
import { partnerChoiceFixes } from '../fixes/partner-choice';
import type { ActivityRule, Messages } from '../rule';
import { ACTIVITY_TYPES } from '../../format/vocabulary';
import { inlineLabel } from '../../format/wording';

/** The country the sender shares with the host, and the host's id. */
export type PupilExchangeAbroadData = { readonly country: string; readonly host: string };

const MESSAGES = {
  sameCountry: {
    en: '`{sender}` is in the same country as the host `{host}` ({country}): {activity} are between schools of different countries, so the pupils must come from a school in another country.',
    sv: '`{sender}` ligger i samma land som värdorganisationen `{host}` ({country}): {activity} sker mellan skolor från olika länder, så eleverna måste komma från en skola i ett annat land.',
  },
} as const satisfies Messages;

export const pupilExchangeAbroad: ActivityRule<typeof MESSAGES, PupilExchangeAbroadData> = {
  id: 'pupil-exchange-abroad',
  severity: 'error',
  kind: 'activity',
  messages: MESSAGES,
  fixes: partnerChoiceFixes,
  guideSection: 'Kortare utbyten för elevgrupper (3 dagar till 2 månader)',
  docs: {
    en: {
      summary: 'In a short-term exchange of groups of pupils, every sending school must be in another country than the host.',
      details:
        'The guide describes short-term exchanges of groups of pupils as organised "mellan skolor från olika länder" (between schools from different countries) taking part in the same partnership: the pupils work together at one of the partner schools and may stay with each other\'s families. Pupils of the host\'s own country do not travel, so a group sent by a partner in the host\'s country, the host itself included, is reported at its `from`. Choose a sending school in another country, or move the activity to another host. When the host\'s or the sender\'s country is missing or unreadable the rule is silent (another rule reports that value).',
    },
    sv: {
      summary: 'I ett kortare utbyte för elevgrupper måste varje sändande skola ligga i ett annat land än värdorganisationen.',
      details:
        'Handledningen beskriver kortare utbyten för elevgrupper som utbyten "mellan skolor från olika länder" som deltar i samma strategiska partnerskap: eleverna arbetar tillsammans på en av partnerskolorna och kan bo hos varandras familjer. Elever från värdorganisationens eget land reser inte, så en grupp som skickas av en partner i värdorganisationens land, värdorganisationen själv inräknad, rapporteras vid sin `from`. Välj en sändande skola i ett annat land, eller flytta verksamheten till en annan värdorganisation. När värdorganisationens eller den sändande partnerns land saknas eller inte kan läsas är regeln tyst (en annan regel rapporterar det värdet).',
    },
  },
  fixDocs: {
    en: '*Use partner `X` as sender*, for each partner that may send the group: a `school` or `vet-school` in another country than the host, in the order of `partners`. Choosing between partners is yours, so "Fix all unambiguous problems" never applies it; the fix is preferred when there is only one candidate.',
    sv: '*Använd partnern `X` som sändande partner*, för varje partner som får skicka gruppen: en `school` eller `vet-school` i ett annat land än värdorganisationen, i den ordning de står i `partners`. Valet mellan partner är ditt, så "Åtgärda alla entydiga problem" tillämpar det aldrig; åtgärden föredras när det bara finns en kandidat.',
  },
  check({ tr, partners, activity, report }) {
    const type = activity.type?.value;
    if (!type || !mustBeAbroad('pupil-exchange-abroad', type) || !activity.host) return;
    const hostCountry = hostOf(partners, activity)?.country?.value;
    if (!hostCountry) return;
    for (const group of activity.participants) {
      if (!group.from || senderOf(partners, group)?.country?.value !== hostCountry) continue;
      report(
        group.from.span,
        tr.t('sameCountry', {
          sender: group.from.value,
          host: activity.host.value,
          country: countryName(hostCountry, tr.locale),
          activity: inlineLabel(ACTIVITY_TYPES[type], tr.locale),
        }),
        { country: hostCountry, host: activity.host.value },
      );
    }
  },
};
