// The test infrastructure itself: the one fixture parser, the golden diff and the fix property.
// A mistake here would let every feature test pass for the wrong reason.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, test } from 'node:test';
import { checkText } from '../server/src/core/check/check';
import { pupilExchange, schoolApplication } from './helpers/applications';
import { editedSpans, findingsLeft, mapOffset } from './helpers/fix-property';
import { parseFixture, withCursor } from './helpers/fixture';
import { lineDiff } from './helpers/golden';

describe('the fixture parser', () => {
  test('cursors are removed and take no room in the columns of the marks', () => {
    const fixture = parseFixture('partners:\n#^^^^^^^ write\n  - id: $0de-$0school\n#       ^^^^^^^^^ read: the id\n');
    assert.equal(fixture.text, 'partners:\n#^^^^^^^ write\n  - id: de-school\n#       ^^^^^^^^^ read: the id\n');
    assert.deepEqual(fixture.cursors, [fixture.text.indexOf('de-school'), fixture.text.indexOf('school')]);
    assert.deepEqual(
      fixture.marks.map(({ label, range, text }) => ({ label, range, text })),
      [
        { label: 'write', range: '0:0-0:8', text: undefined },
        { label: 'read', range: '2:8-2:17', text: 'the id' },
      ],
    );
  });

  test('carets under carets mark the same line; explicit ranges are taken as written', () => {
    const fixture = parseFixture('    duration: 4 days\n#             ^^^^^^ duration-range: Duration 4 days ...\n#             ^ other-rule\n# expect 3:0-4:2 schema: två rader\n');
    assert.deepEqual(
      fixture.marks.map(({ label, range, text }) => [label, range, text]),
      [
        ['duration-range', '0:14-0:20', 'Duration 4 days ...'],
        ['other-rule', '0:14-0:15', undefined],
        ['schema', '3:0-4:2', 'två rader'],
      ],
    );
  });

  test('settings and directives; prose comments are neither', () => {
    const fixture = parseFixture(
      '# fixture: locale=sv rules=coordinator:off docs=1+day limit=5\n# fix: Ändra `2 days`\n# offers: A [preferred]\n# offers: B\n# fix-all\n# fix the rest later\n# renamed: prose\n# prepare-error sv: Nej.\n',
    );
    assert.equal(fixture.locale, 'sv');
    assert.deepEqual(fixture.rules, { coordinator: 'off' });
    assert.deepEqual([...fixture.options], [['docs', '1+day'], ['limit', '5']]);
    assert.deepEqual([...fixture.directives], [
      ['fix', ['Ändra `2 days`']],
      ['offers', ['A [preferred]', 'B']],
      ['fix-all', ['']],
      ['prepare-error sv', ['Nej.']],
    ]);
  });

  test('a malformed setting fails instead of being ignored', () => {
    assert.throws(() => parseFixture('# fixture: locale=de\n'), /unknown locale "de"/);
    assert.throws(() => parseFixture('# fixture: rules=no-such-rule:off\n'), /unknown rule id "no-such-rule"/);
    assert.throws(() => parseFixture('# fixture: lokale=sv\n'), /unknown setting "lokale=sv"/);
  });

  test('withCursor wants exactly one cursor', () => {
    assert.deepEqual(withCursor('a: $0b'), { text: 'a: b', offset: 3 });
    assert.throws(() => withCursor('a: b'), /0 \$0 cursor markers/);
    assert.throws(() => withCursor('$0a: $0b'), /2 \$0 cursor markers/);
  });
});

describe('the fixture folders', () => {
  // A golden under another name (an old `.after.yaml`, a typo in the feature) would never be
  // compared: every file beside the fixtures is a golden, in the one scheme, of a fixture there.
  test('hold only fixtures and goldens named <name>.<feature>.<locale>.<ext> after one of them', () => {
    const root = join(__dirname, 'fixtures');
    const golden = /^(.+)\.(completion|hover|fix|rename|symbols|hints|lenses|overview)\.(en|sv)\.(txt|md|yaml|json)$/;
    // The overview goldens of the examples sit in fixtures/overview/examples, their fixtures in examples/.
    const fixtureDir = (dir: string) => (relative(root, dir) === join('overview', 'examples') ? join(__dirname, '..', 'examples') : dir);
    const stray: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else if (!name.endsWith('.partnership.yaml')) {
          const match = golden.exec(name);
          if (!match || !existsSync(join(fixtureDir(dir), `${match[1]}.partnership.yaml`))) stray.push(relative(root, path));
        }
      }
    };
    walk(root);
    assert.deepEqual(stray, []);
  });
});

describe('the golden diff', () => {
  test('shows the differing lines, numbered, with context', () => {
    assert.equal(
      lineDiff('a\nb\nc\nd\ne\n', 'a\nb\nC\nd\ne\n', 1),
      ['  2 b', '- 3 c', '+ 3 C', '  4 d'].join('\n'),
    );
    assert.equal(lineDiff('x\n', 'x\ny\n', 0), '+ 2 y');
    // A CRLF golden against LF output: the difference is visible.
    assert.equal(lineDiff('a "b"\r\n', 'a "b"\n', 0), '- 1 a "b"\\r\n+ 1 a "b"');
  });
});

describe('the fix property', () => {
  test('offsets move past edits; an offset inside a replaced span goes to its start or end', () => {
    const edits = [{ span: { start: 2, end: 4 }, newText: 'wxyz' }, { span: { start: 6, end: 6 }, newText: '!' }];
    assert.deepEqual([0, 2, 3, 4, 5, 6, 7].map((offset) => mapOffset(offset, edits, 'start')), [0, 2, 2, 6, 7, 8, 10]);
    assert.deepEqual([0, 2, 3, 4, 5, 6, 7].map((offset) => mapOffset(offset, edits, 'end')), [0, 2, 6, 6, 7, 9, 10]);
    assert.deepEqual(editedSpans(edits), [{ start: 2, end: 6 }, { start: 8, end: 9 }]);
  });

  const twoShortExchanges = schoolApplication({
    period: true,
    activities: [pupilExchange({ id: 'C1', duration: '2 days' }), pupilExchange({ id: 'C2', duration: '2 days' })],
  });
  const before = checkText(twoShortExchanges);
  const [first, second] = before.findings.filter((finding) => finding.rule === 'duration-range');
  const replaceFirst = (newText: string) => [{ span: first.span, newText }];
  const after = (newText: string) => checkText(twoShortExchanges.slice(0, first.span.start) + newText + twoShortExchanges.slice(first.span.end));

  test('a fix into the range leaves nothing; the other exchange\'s finding only moved', () => {
    assert.ok(first && second, 'both exchanges are too short');
    assert.deepEqual(findingsLeft(before, first, replaceFirst('3 days'), after('3 days')), []);
  });

  test('a fix that writes a value outside the range, even by one day, is caught', () => {
    // Its finding has other data (days: 61, not 2): a comparison of data would call it gone.
    const left = findingsLeft(before, first, replaceFirst('61 days'), after('61 days'));
    assert.deepEqual(left.map((finding) => [finding.rule, finding.span]), [
      ['duration-range', { start: first.span.start, end: first.span.start + '61 days'.length }],
    ]);
  });

  // A missing key is reported at the first key of its mapping, an empty `{}` at itself: adding one
  // key to `{}` moves the group's other missing keys onto the new key, inside where they were.
  const emptyGroup = schoolApplication({ period: true, activities: [pupilExchange({ id: 'C1' }) + '      - {}\n'] });
  const emptyBefore = checkText(emptyGroup);
  const missing = (key: string) => emptyBefore.findings.find((finding) => finding.data?.['kind'] === 'missing-key' && finding.data['key'] === key);
  const insertInto = (newText: string) => {
    const at = emptyGroup.lastIndexOf('{}') + 1;
    const edits = [{ span: { start: at, end: at }, newText }];
    return { edits, after: checkText(emptyGroup.slice(0, at) + newText + emptyGroup.slice(at)) };
  };

  test('a key added to `{}` leaves nothing; the other missing keys only moved onto it', () => {
    const from = missing('from');
    assert.ok(from && missing('role') && missing('count'), 'the empty group lacks from, role and count');
    const { edits, after } = insertInto(' from: se-school ');
    assert.deepEqual(
      after.findings.filter((finding) => finding.rule === 'schema').map((finding) => finding.data?.['key']),
      ['role', 'count'],
    );
    assert.deepEqual(findingsLeft(emptyBefore, from, edits, after), []);
  });

  test('a key added to `{}` that makes a finding of its own is caught', () => {
    const from = missing('from');
    assert.ok(from);
    const { edits, after } = insertInto(' from: 5 ');
    const left = findingsLeft(emptyBefore, from, edits, after);
    assert.deepEqual(left.map((finding) => finding.message), ['`from` in participant group 2 of activity `C1` should be text, not the number 5.']);
  });

  test('a fix that edits elsewhere and leaves the finding is caught', () => {
    const title = twoShortExchanges.indexOf('Demokrati');
    const edits = [{ span: { start: title, end: title }, newText: 'Ny ' }];
    const text = twoShortExchanges.slice(0, title) + 'Ny ' + twoShortExchanges.slice(title);
    const left = findingsLeft(before, first, edits, checkText(text));
    assert.deepEqual(left.map((finding) => finding.span.start), [first.span.start + 3]);
  });
});
