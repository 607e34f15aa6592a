// cursorContext on text being typed: where a key or value goes, the path to it,
// the typed prefix and what a completion replaces.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { cursorContext, type CursorContext } from '../server/src/core/syntax/cursor-context';
import { parseApplication } from '../server/src/core/syntax/parse';
import { withCursor } from './helpers/fixture';

/** The context in a comparable form: `replace` as the text it covers. */
function contextAt(marked: string): Record<string, unknown> {
  const { text, offset } = withCursor(marked);
  const context: CursorContext = cursorContext(parseApplication(text), offset);
  if (context.kind === 'none') return { kind: 'none' };
  const summary: Record<string, unknown> = {
    kind: context.kind,
    path: context.path,
    prefix: context.prefix,
    replace: text.slice(context.replace.start, context.replace.end),
    indent: context.indent,
  };
  if (context.needsSpace) summary.needsSpace = true;
  if (context.kind === 'key') summary.existingKeys = context.existingKeys;
  if (context.kind === 'item') summary.index = context.index;
  return summary;
}

const ACTIVITY = `activities:
  - id: C1
    type: short-term-pupil-exchange
    host: de-school
`;

describe('cursor context', () => {
  const cases: [string, string, Record<string, unknown>][] = [
    ['an empty value after "key: "', 'project:\n  field: $0\n  title: x\n', { kind: 'value', path: ['project', 'field'], prefix: '', replace: '', indent: 2 }],
    ['right after the colon', 'project:\n  field:$0', { kind: 'value', path: ['project', 'field'], prefix: '', replace: '', indent: 2, needsSpace: true }],
    ['inside a value', 'project:\n  field: hi$0gher\n', { kind: 'value', path: ['project', 'field'], prefix: 'hi', replace: 'higher', indent: 2 }],
    ['at the end of a value', `${ACTIVITY}    participants:\n      - from: se-school\n        role: pup$0\n`, { kind: 'value', path: ['activities', 0, 'participants', 0, 'role'], prefix: 'pup', replace: 'pup', indent: 8 }],
    ['in a quoted value', 'project:\n  title: "Demo$0 x"\n', { kind: 'value', path: ['project', 'title'], prefix: 'Demo', replace: '"Demo x"', indent: 2 }],
    ['on a key', 'project:\n  ti$0tle: x\n  field: vet\n', { kind: 'key', path: ['project'], prefix: 'ti', replace: 'title', indent: 2, existingKeys: ['field'] }],
    ['a half-typed key at the end', `${ACTIVITY}    dur$0`, { kind: 'key', path: ['activities', 0], prefix: 'dur', replace: 'dur', indent: 4, existingKeys: ['id', 'type', 'host'] }],
    ['a half-typed key before another key', 'activities:\n  - id: C1\n    ty$0\n    host: x\n    duration: 7 days\n', { kind: 'key', path: ['activities', 0], prefix: 'ty', replace: 'ty', indent: 4, existingKeys: ['id', 'duration', 'host'] }],
    ['a blank line in a mapping', 'activities:\n  - id: C1\n    $0\n    host: x\n', { kind: 'key', path: ['activities', 0], prefix: '', replace: '', indent: 4, existingKeys: ['id', 'host'] }],
    ['a blank line at the end of a nested mapping', `${ACTIVITY}    participants:\n      - from: a\n        $0\n`, { kind: 'key', path: ['activities', 0, 'participants', 0], prefix: '', replace: '', indent: 8, existingKeys: ['from'] }],
    ['a blank line one level up', `${ACTIVITY}    participants:\n      - from: a\n    $0\n`, { kind: 'key', path: ['activities', 0], prefix: '', replace: '', indent: 4, existingKeys: ['id', 'type', 'host', 'participants'] }],
    ['a blank line at the root', `project:\n  title: x\n$0\n`, { kind: 'key', path: [], prefix: '', replace: '', indent: 0, existingKeys: ['project'] }],
    ['an empty file', '$0', { kind: 'key', path: [], prefix: '', replace: '', indent: 0, existingKeys: [] }],
    ['a file of comments', '# notes\n$0\n# more\n', { kind: 'key', path: [], prefix: '', replace: '', indent: 0, existingKeys: [] }],
    ['under a key with no value yet', 'project:\n  $0', { kind: 'key', path: ['project'], prefix: '', replace: '', indent: 2, existingKeys: [] }],
    ['a word under a key with no value yet', 'project:\n  ti$0', { kind: 'key', path: ['project'], prefix: 'ti', replace: 'ti', indent: 2, existingKeys: [] }],
    ['a fresh "- " in a list of mappings', `${ACTIVITY}  - $0\n`, { kind: 'key', path: ['activities', 1], prefix: '', replace: '', indent: 4, existingKeys: [] }],
    ['a dash without its space', `${ACTIVITY}  -$0\n`, { kind: 'key', path: ['activities', 1], prefix: '', replace: '', indent: 4, needsSpace: true, existingKeys: [] }],
    ['a word after "- "', `${ACTIVITY}  - ty$0\n`, { kind: 'key', path: ['activities', 1], prefix: 'ty', replace: 'ty', indent: 4, existingKeys: [] }],
    ['a fresh "- " in a list of values', 'project:\n  priorities:\n    - equity-and-inclusion\n    - $0\n', { kind: 'value', path: ['project', 'priorities', 1], prefix: '', replace: '', indent: 6 }],
    ['a blank line at a list\'s dash column', `${ACTIVITY}  $0\n`, { kind: 'item', path: ['activities'], index: 1, prefix: '', replace: '', indent: 2 }],
    ['under a list key with no value yet', `${ACTIVITY}    participants:\n      $0\n`, { kind: 'item', path: ['activities', 0, 'participants'], index: 0, prefix: '', replace: '', indent: 6 }],
    ['a word under a list key with no value yet', `${ACTIVITY}    participants:\n      fr$0\n`, { kind: 'item', path: ['activities', 0, 'participants'], index: 0, prefix: 'fr', replace: 'fr', indent: 6 }],
    ['a new item of a flow list', 'project:\n  priorities: [equity-and-inclusion, $0]\n', { kind: 'value', path: ['project', 'priorities', 1], prefix: '', replace: '', indent: 14 }],
    ['an item of a flow list', 'project:\n  priorities: [equ$0ity]\n', { kind: 'value', path: ['project', 'priorities', 0], prefix: 'equ', replace: 'equity', indent: 15 }],
    ['Windows line ends', 'project:\r\n  field: $0\r\n  title: x\r\n', { kind: 'value', path: ['project', 'field'], prefix: '', replace: '', indent: 2 }],
    ['a syntax error elsewhere', 'project:\n  title: [x\n  field: $0\npartners: {\n', { kind: 'value', path: ['project', 'field'], prefix: '', replace: '', indent: 2 }],
    ['a duplicate key elsewhere', 'project:\n  title: a\n  title: b\n  field: v$0\n', { kind: 'value', path: ['project', 'field'], prefix: 'v', replace: 'v', indent: 2 }],
    ['in a comment', 'project:\n  title: x # the type: $0\n', { kind: 'none' }],
    ['after a value, past its end', 'project:\n  title: x   $0\n', { kind: 'none' }],
    ['in the indentation before a key', 'project:\n $0 title: x\n', { kind: 'none' }],
    ['inside a block scalar', 'project:\n  summary: |\n    Some $0text\n  title: x\n', { kind: 'value', path: ['project', 'summary'], prefix: '    Some ', replace: '    Some text', indent: 2 }],
  ];
  for (const [name, marked, expected] of cases) {
    test(name, () => assert.deepEqual(contextAt(marked), expected));
  }

  test('never throws, whatever the text and offset', () => {
    const texts = ['', ':', '- - -', '{[', '"', 'a: &x [*x]', 'a:\n\t- b', '? a\n: b', '--- \n...\n---', 'a: !!binary x'];
    for (const text of texts) {
      for (let offset = -1; offset <= text.length + 1; offset++) {
        assert.doesNotThrow(() => cursorContext(parseApplication(text), offset));
      }
    }
  });
});
