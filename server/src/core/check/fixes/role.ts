import { editDistance } from '../../base/suggest';
import { replaceScalar, shownSource } from './edits';
import type { ParticipantRoleData } from '../rules/participant-role';
import type { Fix, FixProvider } from './types';

/**
 * participant-role: one fix per role the activity type allows, the closest to the written role
 * (in edit distance) first; ties keep the guide's order. Which role the group really has is the
 * user's to say (a `teacher` group in a pupil exchange is more likely accompanying adults than
 * pupils), so "Fix all" never applies it, and it is preferred only when the type allows one role.
 */
export const participantRoleFixes: FixProvider<ParticipantRoleData> = ({ text, finding, tr, data }) => {
  const allowed = data?.allowed ?? [];
  const written = shownSource(text, finding.span).toLowerCase();
  const ranked = allowed
    .map((role, order) => ({ role, order, distance: editDistance(written, role) }))
    .sort((a, b) => a.distance - b.distance || a.order - b.order);
  return ranked.map(({ role }, index): Fix => ({
    title: tr.t('Change role to `{0}`', role),
    edits: [replaceScalar(text, finding.span, role, true)],
    isPreferred: allowed.length === 1 && index === 0,
    fixAll: false,
  }));
};
