import type { Field, Partner } from '../model';
import type { ActivityRule, ActivityRuleContext, MessageRef, Messages, RuleContext } from '../rule';
import { hostOf, senderOf } from '../facts';
import { ACTIVITY_TYPES, type ActivityType, type OrganisationType } from '../vocabulary';
import { inlineLabel } from '../wording';

const PUPIL_TYPES: ReadonlySet<ActivityType> = new Set(['short-term-pupil-exchange', 'long-term-pupil-mobility']);
const SCHOOLS: ReadonlySet<OrganisationType> = new Set(['school', 'vet-school']);

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
    en: 'None yet: another host or sending partner is a choice between partners, not a correction of what was written.',
    sv: 'Ingen ännu: en annan värdorganisation eller sändande partner är ett val mellan partner, inte en rättelse av det som skrevs.',
  },
  check(context) {
    const { partners, activity, tr } = context;
    const type = activity.type?.value;
    if (!type || !PUPIL_TYPES.has(type)) return;
    const activityName = inlineLabel(ACTIVITY_TYPES[type], tr.locale);
    const host = hostOf(partners, activity);
    if (activity.host && isNotSchool(host)) {
      report(
        context,
        activity.host,
        host,
        tr.t('hostNotSchool', { host: activity.host.value, hostType: host.type.value, activity: activityName }),
      );
    }
    for (const group of activity.participants) {
      const sender = senderOf(partners, group);
      if (!group.from || !isNotSchool(sender)) continue;
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

/** A known partner with a valid type that is not a school; unknown partners and broken types stay silent. */
function isNotSchool(partner: Partner | undefined): partner is TypedPartner {
  return partner?.type !== undefined && !SCHOOLS.has(partner.type.value);
}

function report(context: ActivityRuleContext<typeof MESSAGES, PupilSchoolsData>, reference: Field<string>, partner: TypedPartner, message: MessageRef): void {
  context.report(reference.span, message, { partner: reference.value, partnerType: partner.type.value });
}
