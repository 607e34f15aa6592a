import { residenceAllowed } from '../../format/constraints';
import { countryName } from '../../format/countries';
import { hostOf } from '../../model/facts';
import { residenceFixes } from '../fixes/partner-choice';
import type { ActivityRule, Messages } from '../rule';

/** The host's country (where the group lives) and the host's id. */
export type HostCountryResidenceData = { readonly country: string; readonly host: string };

const MESSAGES = {
  livesInHostCountry: {
    en: 'The participants live in {country}, the country of the host `{host}`: a long-term teaching or training assignment must take place outside the country of residence.',
    sv: 'Deltagarna bor i {country}, där värdorganisationen `{host}` ligger: ett längre undervisnings- eller fortbildningsuppdrag måste ske utanför bosättningslandet.',
  },
} as const satisfies Messages;

export const hostCountryResidence: ActivityRule<typeof MESSAGES, HostCountryResidenceData> = {
  id: 'host-country-residence',
  severity: 'error',
  kind: 'activity',
  messages: MESSAGES,
  guideSection: 'Undervisning och fortbildning (2–12 månader)',
  docs: {
    en: {
      summary: 'In a long-term teaching or training assignment, the host country may not be the participants\' country of residence.',
      details:
        'The guide sends staff on a teaching or training assignment of 2 to 12 months abroad and adds that the host country must not be the participant\'s country of residence. A group whose `residence` is the host partner\'s country is reported, even when the sending partner is elsewhere; choose a host in another country or other participants.',
    },
    sv: {
      summary: 'Vid längre undervisnings- och fortbildningsuppdrag får värdlandet inte vara deltagarnas bosättningsland.',
      details:
        'Handledningen skickar personal på undervisnings- eller fortbildningsuppdrag på 2–12 månader utomlands och tillägger att värdlandet inte får vara deltagarens bosättningsland. En grupp vars `residence` är värdorganisationens land rapporteras, även när den sändande partnern finns någon annanstans; välj en värdorganisation i ett annat land eller andra deltagare.',
    },
  },
  fixDocs: {
    en: 'Set `residence: XX` to the sending partner\'s country, when that is not the host\'s. It is preferred but never in Fix all: either the host or the group\'s country of residence is wrong, and only you know which.',
    sv: 'Sätter `residence: XX` till den sändande partnerns land, när det inte är värdorganisationens. Den är förvald men ingår aldrig i Fix all: antingen värdorganisationen eller gruppens bosättningsland är fel, och bara du vet vilket.',
  },
  fixes: residenceFixes,
  check({ tr, partners, activity, report }) {
    const type = activity.type?.value;
    if (!type || !activity.host) return;
    const hostCountry = hostOf(partners, activity)?.country?.value;
    if (!hostCountry) return;
    for (const group of activity.participants) {
      if (!group.residence || residenceAllowed(type, group.residence.value, { country: hostCountry })) continue;
      report(
        group.residence.span,
        tr.t('livesInHostCountry', { country: countryName(hostCountry, tr.locale), host: activity.host.value }),
        { country: hostCountry, host: activity.host.value },
      );
    }
  },
};
