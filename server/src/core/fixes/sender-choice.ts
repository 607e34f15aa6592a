import type { Activity, Application, Group, Partner } from '../model';
import type { OrganisationType } from '../vocabulary';
import { replaceScalar, sameSpan } from './edits';
import type { Fix, FixProvider } from './types';

/** Who may send pupils to an exchange: pupil-schools' organisation types. */
const SCHOOLS: ReadonlySet<OrganisationType> = new Set(['school', 'vet-school']);

/**
 * pupil-exchange-abroad: one "Use partner X as sender" for each partner that may send the
 * reported group (a school or VET school in another country than the host), in the partners'
 * order. It is a choice between partners, so "Fix all" never applies it; it is preferred only
 * when it is the only candidate. (When the shared constraints module lands, its sender
 * requirements replace SCHOOLS.)
 */
export const senderChoiceFixes: FixProvider = ({ text, app, finding, tr }) => {
  const place = groupWithFromAt(app, finding.span);
  if (!place?.group.from || !place.activity.host) return [];
  const hostCountry = app.partnerById.get(place.activity.host.value)?.country?.value;
  if (!hostCountry) return [];
  const current = place.group.from.value;
  const ids = referable(app)
    .filter((partner) => partner.id.value !== current)
    .filter((partner) => partner.type && SCHOOLS.has(partner.type.value))
    .filter((partner) => partner.country && partner.country.value !== hostCountry)
    .map((partner) => partner.id.value);
  return ids.map(
    (id): Fix => ({
      title: tr.t('Use partner `{0}` as sender', id),
      edits: [replaceScalar(text, place.group.from!.span, id, true)],
      isPreferred: ids.length === 1,
      fixAll: false,
    }),
  );
};

function groupWithFromAt(app: Application, span: { start: number; end: number }): { activity: Activity; group: Group } | undefined {
  for (const activity of app.activities?.items ?? []) {
    const group = activity.participants.find((candidate) => candidate.from && sameSpan(candidate.from.span, span));
    if (group) return { activity, group };
  }
  return undefined;
}

/** The partners an id names (a duplicated id names only its first partner). */
function referable(app: Application): (Partner & { id: NonNullable<Partner['id']> })[] {
  return (app.partners?.items ?? []).filter(
    (partner): partner is Partner & { id: NonNullable<Partner['id']> } => partner.id !== undefined && app.partnerById.get(partner.id.value) === partner,
  );
}
