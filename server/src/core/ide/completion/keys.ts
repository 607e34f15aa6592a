import type { KeyContext } from '../../syntax/cursor-context';
import { schemaDescription } from '../explain';
import { propertyNames, resolveSchema, schemaAt, type SchemaNode } from '../../format/schema-info';
import { isKeyOf, type ActivityType } from '../../format/vocabulary';
import type { Scope } from './scope';
import { matches, rank, spaces } from './shared';
import type { CompletionEntry } from './types';

export function keys(scope: Scope, context: KeyContext): CompletionEntry[] {
  const schema = resolveSchema(schemaAt(context.path));
  if (!schema?.properties) return [];
  const existing = new Set(context.existingKeys);
  const inActivity = matches(context.path, ['activities', '#']);
  const activity = inActivity ? scope.activityAt(context.path[1]) : undefined;
  const type = activity?.type?.value;
  const required = new Set(schema.required ?? []);
  if (type === 'long-term-teaching-assignment') required.add('purpose');
  // An activity needs a duration unless it gives both dates.
  if (inActivity && !(activity?.raw['start'] && activity.raw['end'])) required.add('duration');
  const names = propertyNames(schema);
  const entries: CompletionEntry[] = [];
  names.forEach((name, index) => {
    if (existing.has(name)) return;
    const applies = inActivity ? keyApplies(name, type) : context.path.length === 0 ? rootKeyApplies(scope, name) : 'yes';
    if (applies === 'no') return;
    const property = schema.properties?.[name];
    const order = required.has(name) ? 1 : applies === 'needed' ? 2 : 3;
    entries.push({
      label: name,
      kind: 'key',
      detail: required.has(name) ? scope.tr.t('required') : applies === 'needed' ? scope.tr.t('expected for this activity type') : scope.tr.t('optional'),
      documentation: schemaDescription(scope.tr, property),
      sortText: rank(order, index),
      insertText: keyText(name, property, context),
      snippet: false,
      replace: context.replace,
    });
  });
  return entries;
}

/** Youth initiatives belong to youth projects only (youth-initiative-field): offered when the field is youth or not yet known. */
export function rootKeyApplies(scope: Scope, name: string): 'yes' | 'no' {
  return name === 'youth-initiatives' && scope.field !== undefined && scope.field !== 'youth' ? 'no' : 'yes';
}

/** `key: ` for a scalar; a mapping or list key opens its block on the next line. */
export function keyText(name: string, property: SchemaNode | undefined, context: KeyContext): string {
  if (context.hasColon) return name;
  const lead = context.needsSpace ? ' ' : '';
  const value = resolveSchema(property);
  const inner = spaces(context.indent + 2);
  if (value?.type === 'object') return `${lead}${name}:\n${inner}`;
  if (value?.type === 'array') return `${lead}${name}:\n${inner}- `;
  return `${lead}${name}: `;
}

/**
 * Whether a key makes sense in an activity of `type`: the keys for one
 * activity type only are left out for the others, and marked `needed` where
 * that type's rules ask for them. With the type unknown every key applies.
 */
function keyApplies(name: string, type: ActivityType | undefined): 'yes' | 'no' | 'needed' {
  const only: Readonly<Record<string, ActivityType>> = {
    purpose: 'long-term-teaching-assignment',
    ects: 'intensive-study-programme',
    virtual: 'blended-mobility',
    accompanying: 'short-term-pupil-exchange',
  };
  if (!isKeyOf(only, name)) return 'yes';
  if (!type) return 'yes';
  return only[name] === type ? 'needed' : 'no';
}
