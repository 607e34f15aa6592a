// Completion and hover through the language server: the built server over
// stdio (English, then Swedish through settings), and startServer in process
// for a client without snippet support.
import assert from 'node:assert/strict';
import { afterEach, describe, test } from 'node:test';
import type { CompletionItem, CompletionList, Hover, MarkupContent } from 'vscode-languageserver';
import { DE_SCHOOL, endOf, positionOf as positionIn, pupilExchange, rangeOf, schoolApplication, SE_SCHOOL } from './helpers/applications';
import { withCursor } from './helpers/fixture';
import { LspTestClient } from './helpers/lsp-client';

const URI = 'file:///work/completion.partnership.yaml';

// The shared application with the German school as host, and a second activity being typed.
const TEXT = schoolApplication({
  partners: [SE_SCHOOL, DE_SCHOOL],
  activities: [pupilExchange({ host: 'de-school' }), '  - id: C2\n    type: \n'],
});

/** The 0-based position of `needle` in TEXT plus `delta` characters. */
function positionOf(needle: string, delta = 0, occurrence = 0): { line: number; character: number } {
  return positionIn(TEXT, needle, delta, occurrence);
}

/** The empty last line, where the test types a new activity. */
const LAST_LINE = endOf(TEXT);

const SNIPPET_CAPABILITIES = {
  textDocument: { completion: { completionItem: { snippetSupport: true } } },
};

function sorted(list: CompletionList): CompletionItem[] {
  return [...list.items].sort((a, b) => (a.sortText ?? a.label).localeCompare(b.sortText ?? b.label) || a.label.localeCompare(b.label));
}

let clients: LspTestClient[] = [];
afterEach(() => {
  for (const client of clients) client.dispose();
  clients = [];
});

describe('completion and hover over stdio', () => {
  test('completes values and snippets and hovers, in English and then in Swedish', async () => {
    const client = LspTestClient.spawn();
    clients.push(client);
    await client.initialize({ locale: 'en', capabilities: SNIPPET_CAPABILITIES });
    await client.open(URI, TEXT);

    // `type: ` of the second activity: the seven types, relevant ones for school education first.
    const typePosition = positionOf('type: \n', 6);
    const types = (await client.request('textDocument/completion', {
      textDocument: { uri: URI },
      position: typePosition,
      context: { triggerKind: 2, triggerCharacter: ' ' },
    })) as CompletionList;
    assert.equal(types.isIncomplete, false);
    assert.deepEqual(
      sorted(types).map((item) => item.label),
      [
        'blended-mobility',
        'short-term-pupil-exchange',
        'long-term-pupil-mobility',
        'long-term-teaching-assignment',
        'short-term-staff-training',
        'intensive-study-programme',
        'long-term-youth-worker-mobility',
      ],
    );
    const exchange = types.items.find((item) => item.label === 'short-term-pupil-exchange')!;
    assert.equal(exchange.kind, 20); // EnumMember
    assert.equal(exchange.detail, 'Short-term exchanges of groups of pupils');
    assert.deepEqual(exchange.textEdit, {
      range: { start: typePosition, end: typePosition },
      newText: 'short-term-pupil-exchange',
    });
    assert.match((exchange.documentation as MarkupContent).value, /\*\*Roles and durations:\*\*\n- `pupil` \(Pupils\): 3 days to 2 months/);

    // A fresh "- " under activities: the snippets, laid out for the cursor's column.
    await client.edit(URI, 2, { start: LAST_LINE, end: LAST_LINE }, '  - \n');
    const snippets = (await client.request('textDocument/completion', {
      textDocument: { uri: URI },
      position: { line: LAST_LINE.line, character: 4 },
      context: { triggerKind: 2, triggerCharacter: ' ' },
    })) as CompletionList;
    const blended = snippets.items.find((item) => item.label === 'New activity: blended-mobility')!;
    assert.equal(blended.kind, 15); // Snippet
    assert.equal(blended.insertTextFormat, 2);
    assert.equal(blended.insertTextMode, 1); // asIs: the indentation is already right
    assert.deepEqual(blended.textEdit, {
      range: { start: { line: LAST_LINE.line, character: 4 }, end: { line: LAST_LINE.line, character: 4 } },
      newText: [
        'id: ${1:C3}',
        '    type: blended-mobility',
        '    title: ${2:Activity title}',
        '    host: ${3:se-school}',
        '    duration: ${4:1 week}',
        '    virtual: ${5:Online work before and after the stay}',
        '    participants:',
        '      - from: ${6:de-school}',
        '        role: ${7:pupil}',
        '        count: ${8:10}',
      ].join('\n'),
    });

    // A space in a title is not a place for completion.
    const prose = await client.request('textDocument/completion', {
      textDocument: { uri: URI },
      position: positionOf('Demokrati i', 10),
      context: { triggerKind: 2, triggerCharacter: ' ' },
    });
    assert.equal(prose, null);

    // Hover on the first activity's type.
    const hoverPosition = positionOf('short-term-pupil-exchange', 3);
    const hover = (await client.request('textDocument/hover', { textDocument: { uri: URI }, position: hoverPosition })) as Hover;
    const markdown = hover.contents as MarkupContent;
    assert.equal(markdown.kind, 'markdown');
    assert.match(markdown.value, /^\*\*Kortare utbyten för elevgrupper\*\* \/ \*Short-term exchanges of groups of pupils\*\n\nGroups of pupils/);
    assert.deepEqual(hover.range, rangeOf(TEXT, 'short-term-pupil-exchange'));

    // Swedish through the settings.
    await client.changeConfiguration({ partnership: { locale: 'sv' } });
    const svHover = (await client.request('textDocument/hover', { textDocument: { uri: URI }, position: hoverPosition })) as Hover;
    assert.match((svHover.contents as MarkupContent).value, /\n\nElevgrupper \(även yrkesutbildningselever\)/);
    assert.match((svHover.contents as MarkupContent).value, /\*\*Roller och varaktighet:\*\*\n- `pupil` \(Elever\): 3 dagar till 2 månader/);
    const svTypes = (await client.request('textDocument/completion', {
      textDocument: { uri: URI },
      position: typePosition,
    })) as CompletionList;
    assert.equal(svTypes.items.find((item) => item.label === 'short-term-pupil-exchange')?.detail, 'Kortare utbyten för elevgrupper');

    // Nothing to say on blank space.
    assert.equal(await client.request('textDocument/hover', { textDocument: { uri: URI }, position: LAST_LINE }), null);
    assert.equal(await client.shutdownAndExit(), 0);
  });
});

describe('completion in process', () => {
  test('a client without snippet support gets the snippet as plain text', async () => {
    const client = LspTestClient.inProcess();
    clients.push(client);
    await client.initialize({ locale: 'sv' });
    const { text, offset } = withCursor('project:\n  title: Unga röster\n  field: youth\nyouth-initiatives:\n  - $0\n');
    await client.open(URI, text);
    const line = text.slice(0, offset).split('\n').length - 1;
    const list = (await client.request('textDocument/completion', {
      textDocument: { uri: URI },
      position: { line, character: 4 },
    })) as CompletionList;
    const snippet = list.items.find((item) => item.label === 'Nytt ungdomsinitiativ')!;
    assert.equal(snippet.insertTextFormat, 1);
    assert.equal(
      snippet.textEdit?.newText,
      [
        'id: Y1',
        '    title: Initiativets titel',
        '    groups:',
        '      - country: SE',
        '        members: 8',
        '        minors: true',
        '      - country: FI',
        '        members: 8',
        '    coach: Coachens namn',
      ].join('\n'),
    );
    assert.deepEqual(
      sorted(list).map((item) => item.label),
      ['Nytt ungdomsinitiativ', 'id', 'groups', 'title', 'coach'],
    );
  });
});
