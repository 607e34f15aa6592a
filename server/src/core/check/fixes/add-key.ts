import type { Item } from '../../model/model';
import { propertyNames, schemaAt } from '../../format/schema-info';
import { insertEntry, mappingOfItem, replaceScalar, scalarText } from './edits';
import { activityWithTypeAt } from './locate';
import type { CoordinatorData } from '../rules/coordinator';
import type { Fix, FixInput, FixProvider, TextEdit } from './types';

/**
 * Fixes that add a key the guide expects (or correct its value when it is written but says the
 * opposite): they state facts only the user knows (how many adults travel, whether ECTS is
 * agreed, which partner coordinates, what the virtual part is), so each is the preferred quick fix
 * but "Fix all" never applies them.
 */

const ACTIVITY_KEYS = propertyNames(schemaAt(['activities', 0]));
const PARTNER_KEYS = propertyNames(schemaAt(['partners', 0]));

/** Sets `key` to `value`: replaces the written value, or adds `key: value` to the item's mapping. */
function setKey(
  input: FixInput,
  item: Item,
  key: string,
  value: string,
  order: readonly string[],
): { edit: TextEdit; added: boolean } | undefined {
  const written = item.raw[key];
  if (written) return { edit: replaceScalar(input.text, written.span, value, true), added: false };
  const edit = insertEntry(input.text, input.lines, mappingOfItem(item), key, scalarText(value), order);
  return edit ? { edit, added: true } : undefined;
}

function keyFix(input: FixInput, item: Item | undefined, key: string, value: string, order: readonly string[]): Fix[] {
  if (!item) return [];
  const set = setKey(input, item, key, value, order);
  if (!set) return [];
  const entry = `${key}: ${value}`;
  const { tr } = input;
  return [{ title: set.added ? tr.t('Add `{0}`', entry) : tr.t('Set `{0}`', entry), edits: [set.edit], isPreferred: true, fixAll: false }];
}

/** blended-virtual: a `virtual` key with a short placeholder text for the user to replace (an empty value would be a schema error). */
export const blendedVirtualFixes: FixProvider = (input) => {
  const { tr } = input;
  const activity = activityWithTypeAt(input.app, input.finding.span);
  if (!activity) return [];
  const set = setKey(input, activity, 'virtual', tr.t('Describe the virtual part'), ACTIVITY_KEYS);
  if (!set) return [];
  return [
    {
      title: set.added ? tr.t('Add `virtual` with a placeholder to replace') : tr.t('Fill `virtual` with a placeholder to replace'),
      edits: [set.edit],
      isPreferred: true,
      fixAll: false,
    },
  ];
};

/** accompanying-adults: `accompanying: 1`, added or replacing `0`. */
export const accompanyingFixes: FixProvider = (input) =>
  keyFix(input, activityWithTypeAt(input.app, input.finding.span), 'accompanying', '1', ACTIVITY_KEYS);

/** isp-ects: `ects: true`, added or replacing `false`. */
export const ectsFixes: FixProvider = (input) =>
  keyFix(input, activityWithTypeAt(input.app, input.finding.span), 'ects', 'true', ACTIVITY_KEYS);

/**
 * coordinator: with no coordinator, the first partner gets `coordinator: true` (added, or
 * replacing `false`); with several, a later mark can be set to `false`.
 */
export const coordinatorFixes: FixProvider<CoordinatorData> = (input) => {
  const { tr, data } = input;
  if (!data) return [];
  const partners = input.app.partners?.items ?? [];
  const first = 'firstPartnerIndex' in data ? data.firstPartnerIndex : undefined;
  if (typeof first === 'number') {
    const partner = partners.find((item) => item.index === first);
    if (!partner) return [];
    const set = setKey(input, partner, 'coordinator', 'true', PARTNER_KEYS);
    if (!set) return [];
    const title = partner.id ? tr.t('Mark `{0}` as coordinator', partner.id.value) : tr.t('Mark the first partner as coordinator');
    return [{ title, edits: [set.edit], isPreferred: true, fixAll: false }];
  }
  const later = 'partnerIndex' in data ? data.partnerIndex : undefined;
  if (typeof later === 'number') {
    const partner = partners.find((item) => item.index === later);
    if (!partner?.coordinator) return [];
    return [
      {
        title: tr.t('Set `{0}`', 'coordinator: false'),
        edits: [replaceScalar(input.text, partner.coordinator.span, 'false', false)],
        isPreferred: false,
        fixAll: false,
      },
    ];
  }
  return [];
};
