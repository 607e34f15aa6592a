import { t } from '../i18n';
import { editDistance } from '../suggest';
import { stringsOf } from './duration';
import { replaceScalar, shownSource } from './edits';
import type { Fix, FixProvider } from './types';

/**
 * participant-role: one fix per role the activity type allows, the closest to the written role
 * (in edit distance) first and preferred; ties keep the guide's order. Which role the group really
 * has is the user's to say, so "Fix all" applies it only when the type allows a single role.
 */
export const participantRoleFixes: FixProvider = ({ text, finding }) => {
  const allowed = stringsOf(finding.data?.['allowed']);
  const written = shownSource(text, finding.span).toLowerCase();
  const ranked = allowed
    .map((role, order) => ({ role, order, distance: editDistance(written, role) }))
    .sort((a, b) => a.distance - b.distance || a.order - b.order);
  return ranked.map(({ role }, index): Fix => ({
    title: t('Change role to `{0}`', role),
    edits: [replaceScalar(text, finding.span, role, true)],
    isPreferred: index === 0,
    fixAll: allowed.length === 1,
  }));
};
