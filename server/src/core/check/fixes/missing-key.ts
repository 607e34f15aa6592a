import type { Translator } from '../../base/i18n';
import type { Application } from '../../model/model';
import { parseYaml } from '../../syntax/parse';
import { resolveSchema, schemaAt } from '../../format/schema-info';
import { allowedRoles } from '../../format/vocabulary';
import { insertEntry, mappingAt, scalarText } from './edits';
import { nextFreeId } from './ids';
import type { Fix, FixInput, TextEdit } from './types';

/** A value to fill in: the plain text every client gets, and the snippet that puts the cursor on it. */
interface Placeholder {
  readonly text: string;
  readonly snippet: string;
}

type Path = readonly (string | number)[];

/** `$`, `}` and `\` are a snippet's own syntax; `,` and `|` too inside a choice. */
function escapeSnippet(text: string, inChoice = false): string {
  return text.replace(inChoice ? /[$}\\,|]/g : /[$}\\]/g, '\\$&');
}

/**
 * A string value as YAML text: scalarText, and double-quoted too where the plain text would read
 * as another type (a partner id `.inf`, `10` or `true` must stay the string it is).
 */
function stringText(value: string): string {
  const shown = scalarText(value);
  if (shown !== value) return shown;
  const doc = parseYaml(value);
  return doc.errors.length === 0 && typeof doc.toJS() === 'string' ? shown : JSON.stringify(value);
}

/** The values a key takes as written: strings (quoted where needed), or YAML literals (`true`, `1`) as they are. */
function choice(values: readonly string[], literal = false): Placeholder | undefined {
  if (values.length === 0) return undefined;
  const texts = literal ? [...values] : values.map(stringText);
  if (texts.length === 1) return { text: texts[0], snippet: `\${1:${escapeSnippet(texts[0])}}` };
  return { text: texts[0], snippet: `\${1|${texts.map((text) => escapeSnippet(text, true)).join(',')}|}` };
}

function text(value: string, literal = false): Placeholder {
  const shown = literal ? value : stringText(value);
  return { text: shown, snippet: `\${1:${escapeSnippet(shown)}}` };
}

/** The ids already used in the list the mapping belongs to (`partners`, `activities`, `youth-initiatives`). */
function idsOfList(app: Application, list: unknown): Set<string> {
  const items =
    list === 'partners' ? app.partners?.items : list === 'activities' ? app.activities?.items : app.youthInitiatives?.items;
  return new Set((items ?? []).flatMap((item) => (item.id ? [item.id.value] : [])));
}

const FIRST_IDS: Readonly<Record<string, string>> = { partners: 'partner-1', activities: 'A1', 'youth-initiatives': 'Y1' };

/** A free-text value named after what it is, so it reads as something to replace. */
function freeText(tr: Translator, key: string): string {
  switch (key) {
    case 'title':
      return tr.t('Project title');
    case 'name':
      return tr.t('Organisation name');
    case 'country':
      return tr.t('Country code');
    default:
      return tr.t('Value to fill in');
  }
}

/**
 * What to write for a missing key: an allowed value where the format lists them (the roles the
 * activity type allows, first; a partner id for `host` and `from`), the next free id for `id`,
 * the lowest count, and otherwise a text that says what belongs there. None for a list or a
 * mapping (the user's own content, not a value).
 */
function placeholderFor({ app, tr }: FixInput, path: Path, key: string): Placeholder | undefined {
  const node = resolveSchema(schemaAt([...path, key]));
  if (!node || node.type === 'array' || node.type === 'object') return undefined;
  if (key === 'role' && path[0] === 'activities') {
    const type = app.activities?.items.find((activity) => activity.index === path[1])?.type?.value;
    const roles = type ? allowedRoles(type) : [];
    if (roles.length > 0) return choice(roles);
  }
  if (node.enum) return choice(node.enum);
  if (key === 'host' || key === 'from') {
    const partners = choice((app.partners?.items ?? []).flatMap((partner) => (partner.id ? [partner.id.value] : [])));
    if (partners) return partners;
  }
  if (key === 'id' && path.length === 2 && FIRST_IDS[path[0]]) {
    const taken = idsOfList(app, path[0]);
    const first = FIRST_IDS[path[0]];
    return text(taken.has(first) ? nextFreeId(first, taken) : first);
  }
  if (node.type === 'integer' || node.type === 'number') return text(String(node.minimum ?? 1), true);
  if (node.type === 'boolean') return choice(['true', 'false'], true);
  return text(freeText(tr, key));
}

/**
 * schema, a missing required key: `key: value` inserted after the mapping's last key (on a line of
 * its own with the mapping's indentation, after the last entry that ends on its line, so trailing
 * comments stay; `, key: value` in a flow mapping), with a value to fill in. The value is invented,
 * so "Fix all" never applies it; the fix carries a snippet so that an editor can put the cursor on
 * the value.
 */
export function missingKeyFixes(input: FixInput, path: Path, key: string): Fix[] {
  const mapping = mappingAt(input.doc, path);
  const value = mapping ? placeholderFor(input, path, key) : undefined;
  if (!mapping || !value) return [];
  const edit = insertEntry(input.text, input.lines, mapping.info, key, value.text, []);
  if (!edit) return [];
  const entry = `${key}: ${value.text}`;
  // The new text ends with the entry, except in an empty flow mapping (` key: value `).
  const at = edit.newText.lastIndexOf(entry);
  const snippet: TextEdit = {
    span: edit.span,
    newText: `${escapeSnippet(edit.newText.slice(0, at))}${key}: ${value.snippet}${escapeSnippet(edit.newText.slice(at + entry.length))}`,
  };
  return [{ title: input.tr.t('Add `{0}`', entry), edits: [edit], isPreferred: true, fixAll: false, snippet: [snippet] }];
}
