import type { Field, Partner } from '../../model/model';
import type { ActivityRule, ActivityRuleContext, MessageRef, Messages } from '../rule';
import { allowedTypes, type Party, type Situation } from '../../format/constraints';
import { hostOf, senderOf } from '../../model/facts';
import { partnerChoiceFixes } from '../fixes/partner-choice';
import { ACTIVITY_TYPES, type OrganisationType } from '../../format/vocabulary';
import { inlineLabel } from '../../format/wording';

/** The partner that is not a school and its organisation type. */
export type PupilSchoolsData = { readonly partner: string; readonly partnerType: string };

const MESSAGES = {
  hostNotSchool: {
    en: '`{host}` is registered as `{hostType}`: in {activity} the host must be a `school` or `vet-school`.',
    sv: '`{host}` är angiven som `{hostType}`: i {activity} måste värdorganisationen vara en `school` eller `vet-school`.',
  },
  senderNotSchool: {
    en: '`{sender}` is registered as `{senderType}`: in {activity} every sending partner must be a `school` or `vet-school`.',
    sv: '`{sender}` är angiven som `{senderType}`: i {activity} måste varje sändande partner vara en `school` eller `vet-school`.',
  },
} as const satisfies Messages;

export const pupilSchools: ActivityRule<typeof MESSAGES, PupilSchoolsData> = {
  id: 'pupil-schools',
  severity: 'error',
  kind: 'activity',
  messages: MESSAGES,
  fixes: partnerChoiceFixes,
  guideSection: 'Inlärare',
  docs: {
    en: {
      summary: 'Pupil exchanges are hosted and sent by schools (`school` or `vet-school`).',
      details:
        'Short-term exchanges of groups of pupils are organised between schools of the partnership, and in a long-term study mobility a pupil of a participating school spends time at a partner school abroad. So the host and every sending partner of these activities must be a `school` or `vet-school`. Other partners (a municipality, an NGO, a university) can take part in the project, but not host or send pupils in these activities.',
    },
    sv: {
      summary: 'Elevutbyten tas emot och skickas av skolor (`school` eller `vet-school`).',
      details:
        'Kortare utbyten för elevgrupper anordnas mellan skolor i partnerskapet, och vid längre utbyten i studiesyfte tillbringar en elev från en deltagande skola tid vid en partnerskola utomlands. Därför måste värdorganisationen och varje sändande partner i dessa verksamheter vara en `school` eller `vet-school`. Andra partner (en kommun, en ideell organisation, ett lärosäte) kan delta i projektet, men inte ta emot eller skicka elever i dessa verksamheter.',
    },
  },
  fixDocs: {
    en: 'Use partner `X` as host (or as sender) for each partner that is a `school` or `vet-school` and breaks no other host or sender requirement there. Another partner is a choice between partners, not a correction of what was written, so Fix all never applies it, and it is preferred only when there is one candidate.',
    sv: 'Använd partnern `X` som värdorganisation (eller som sändande partner) för varje partner som är en `school` eller `vet-school` och inte bryter mot något annat krav på värdorganisation eller sändare där. En annan partner är ett val mellan partner, inte en rättelse av det som skrevs, så Fix all tillämpar den aldrig, och den är förvald bara när det finns en enda kandidat.',
  },
  check(context) {
    const { field, partners, activity, tr } = context;
    const type = activity.type?.value;
    if (!type) return;
    const situation: Situation = { field, type, purpose: activity.purpose?.value };
    if (!allowedTypes('pupil-schools', 'host', situation) && !allowedTypes('pupil-schools', 'sender', situation)) return;
    const activityName = inlineLabel(ACTIVITY_TYPES[type], tr.locale);
    const host = hostOf(partners, activity);
    if (activity.host && isNotAllowed(host, situation, 'host')) {
      report(
        context,
        activity.host,
        host,
        tr.t('hostNotSchool', { host: activity.host.value, hostType: host.type.value, activity: activityName }),
      );
    }
    for (const group of activity.participants) {
      const sender = senderOf(partners, group);
      if (!group.from || !isNotAllowed(sender, situation, 'sender')) continue;
      report(
        context,
        group.from,
        sender,
        tr.t('senderNotSchool', { sender: group.from.value, senderType: sender.type.value, activity: activityName }),
      );
    }
  },
};

type TypedPartner = Partner & { readonly type: Field<OrganisationType> };

/** A known partner with a valid type that the rule does not allow (a school); unknown partners and broken types stay silent. */
function isNotAllowed(partner: Partner | undefined, situation: Situation, party: Party): partner is TypedPartner {
  const allowed = allowedTypes('pupil-schools', party, situation);
  return allowed !== undefined && partner?.type !== undefined && !allowed.has(partner.type.value);
}

function report(context: ActivityRuleContext<typeof MESSAGES, PupilSchoolsData>, reference: Field<string>, partner: TypedPartner, message: MessageRef): void {
  context.report(reference.span, message, { partner: reference.value, partnerType: partner.type.value });
}
