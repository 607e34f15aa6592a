import type { Application, Field } from '../../model/model';
import { replaceScalar } from './edits';
import type { DuplicateIdData, IdKind } from '../rules/duplicate-id';
import type { FixProvider } from './types';

/**
 * The next id of the same shape that `taken` does not hold: a trailing number counts up, keeping
 * its width (`C1` gives `C2`, or `C3` when `C2` is taken; `A09` gives `A10`); an id without one
 * gains `-2`, `-3`... (`fi-school` gives `fi-school-2`). The result keeps the partner id pattern
 * whenever `id` has it.
 */
export function nextFreeId(id: string, taken: ReadonlySet<string>): string {
  const numbered = /^(.*?)(\d+)$/.exec(id);
  const prefix = numbered ? numbered[1] : `${id}-`;
  const width = numbered ? numbered[2].length : 1;
  let next = numbered ? Number(numbered[2]) + 1 : 2;
  const candidate = () => `${prefix}${String(next).padStart(width, '0')}`;
  while (taken.has(candidate())) next++;
  return candidate();
}

function idsOf(app: Application, kind: IdKind): (Field<string> | undefined)[] {
  switch (kind) {
    case 'partner':
      return (app.partners?.items ?? []).map((partner) => partner.id);
    case 'activity':
      return (app.activities?.items ?? []).map((activity) => activity.id);
    case 'youth-initiative':
      return (app.youthInitiatives?.items ?? []).map((initiative) => initiative.id);
  }
}

/**
 * duplicate-id: the later id (the one reported) becomes the next free id of its shape. Nothing
 * names an activity or a youth initiative by id, so renaming one corrects what was written, and
 * "Fix all" applies it (two renamed to the same id claim it, so the second waits a pass). A
 * partner's id is what `host` and `from` name: renaming it changes which partner they mean, so
 * that is the user's call, never preferred nor in "Fix all".
 */
export const duplicateIdFixes: FixProvider<DuplicateIdData> = ({ text, finding, app, tr, data }) => {
  if (!data) return [];
  const { kind, id } = data;
  const taken = new Set(idsOf(app, kind).flatMap((field) => (field ? [field.value] : [])));
  const renamed = nextFreeId(id, taken);
  const safe = kind !== 'partner';
  return [
    {
      title: tr.t('Rename to `{0}`', renamed),
      edits: [replaceScalar(text, finding.span, renamed, true)],
      isPreferred: safe,
      fixAll: safe,
      claim: `id:${kind}:${renamed}`,
    },
  ];
};
