import { t } from '../i18n';
import type { Field, Partner } from '../model';
import type { Rule, RuleContext } from '../rule';
import { allowedTypes, type Party, type Situation } from '../constraints';
import { hostOf, senderOf } from '../facts';
import { ACTIVITY_TYPES, type OrganisationType } from '../vocabulary';
import { inlineLabel } from '../wording';

export const pupilSchools: Rule = {
  id: 'pupil-schools',
  severity: 'error',
  scope: 'activity',
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
        'Kortare utbyten för elevgrupper anordnas mellan skolor i partnerskapet, och vid längre utbyten i studiesyfte tillbringar en elev från en deltagande skola tid vid en partnerskola utomlands. Därför måste värden och varje sändande partner i dessa verksamheter vara en `school` eller `vet-school`. Andra partner (en kommun, en ideell organisation, ett lärosäte) kan delta i projektet, men inte ta emot eller skicka elever i dessa verksamheter.',
    },
  },
  check(context) {
    const { app } = context;
    for (const activity of app.activities?.items ?? []) {
      const type = activity.type?.value;
      if (!type) continue;
      const situation: Situation = { field: app.project?.field?.value, type, purpose: activity.purpose?.value };
      if (!allowedTypes('pupil-schools', 'host', situation) && !allowedTypes('pupil-schools', 'sender', situation)) continue;
      const activityName = inlineLabel(ACTIVITY_TYPES[type]);
      const host = hostOf(app, activity);
      if (activity.host && isNotAllowed(host, situation, 'host')) {
        report(
          context,
          activity.host,
          host,
          t(
            '`{0}` is registered as `{1}`: in {2} the host must be a `school` or `vet-school`.',
            activity.host.value,
            host.type.value,
            activityName,
          ),
        );
      }
      for (const group of activity.participants) {
        const sender = senderOf(app, group);
        if (!group.from || !isNotAllowed(sender, situation, 'sender')) continue;
        report(
          context,
          group.from,
          sender,
          t(
            '`{0}` is registered as `{1}`: in {2} every sending partner must be a `school` or `vet-school`.',
            group.from.value,
            sender.type.value,
            activityName,
          ),
        );
      }
    }
  },
};

type TypedPartner = Partner & { readonly type: Field<OrganisationType> };

/** A known partner with a valid type that the rule does not allow (a school); unknown partners and broken types stay silent. */
function isNotAllowed(partner: Partner | undefined, situation: Situation, party: Party): partner is TypedPartner {
  const allowed = allowedTypes('pupil-schools', party, situation);
  return allowed !== undefined && partner?.type !== undefined && !allowed.has(partner.type.value);
}

function report(context: RuleContext, reference: Field<string>, partner: TypedPartner, message: string): void {
  context.report(reference.span, message, { partner: reference.value, partnerType: partner.type.value });
}
