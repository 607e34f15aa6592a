/// <reference types="mocha" />
/**
 * The end-to-end scenarios through the VS Code API, for @vscode/test-electron
 * (`npm run test:vscode`, on machines that can download VS Code): the same
 * five as the code-server test (test/e2e/scenarios.mjs), on the same example,
 * with the same expectations (test/e2e/expectations.ts). Waits on
 * `vscode.languages.onDidChangeDiagnostics`, never on a fixed sleep.
 */
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  ACTIVITY_TYPE_IDS,
  DURATION_LINE,
  DURATION_TEXT,
  FILE,
  TYPE_LINE,
  durationFix,
  expectedProblems,
  ruleSummary,
  sameProblems,
  type Problem,
} from '../../e2e/expectations';

const EXTENSION_ID = 'partnership-tools.partnership-applications';
const SEVERITY: Record<vscode.DiagnosticSeverity, Problem['severity']> = {
  [vscode.DiagnosticSeverity.Error]: 'error',
  [vscode.DiagnosticSeverity.Warning]: 'warning',
  [vscode.DiagnosticSeverity.Information]: 'information',
  [vscode.DiagnosticSeverity.Hint]: 'hint',
};

function asProblem(diagnostic: vscode.Diagnostic): Problem {
  const code = typeof diagnostic.code === 'object' ? diagnostic.code.value : diagnostic.code;
  return {
    severity: SEVERITY[diagnostic.severity],
    message: diagnostic.message,
    source: diagnostic.source ?? '',
    code: String(code),
    line: diagnostic.range.start.line + 1,
    column: diagnostic.range.start.character + 1,
  };
}

/** Resolves with the document's diagnostics once `predicate` holds, checking on every diagnostics change event. */
function waitForDiagnostics(uri: vscode.Uri, predicate: (problems: Problem[]) => boolean, what: string, timeoutMs = 30_000): Promise<Problem[]> {
  const current = () => vscode.languages.getDiagnostics(uri).map(asProblem);
  return new Promise((resolve, reject) => {
    const finish = (problems: Problem[]) => {
      subscription.dispose();
      clearTimeout(timer);
      resolve(problems);
    };
    const subscription = vscode.languages.onDidChangeDiagnostics((event) => {
      if (!event.uris.some((changed) => changed.toString() === uri.toString())) return;
      const problems = current();
      if (predicate(problems)) finish(problems);
    });
    const timer = setTimeout(() => {
      subscription.dispose();
      reject(new Error(`timed out waiting for ${what}; the document has ${JSON.stringify(current(), null, 1)}`));
    }, timeoutMs);
    const now = current();
    if (predicate(now)) finish(now);
  });
}

function hoverText(hovers: vscode.Hover[]): string {
  return hovers
    .flatMap((hover) => hover.contents)
    .map((content) => (typeof content === 'string' ? content : content.value))
    .join('\n');
}

async function revert(editor: vscode.TextEditor): Promise<void> {
  await vscode.window.showTextDocument(editor.document);
  await vscode.commands.executeCommand('workbench.action.files.revert');
  assert.equal(editor.document.isDirty, false);
}

suite('Partnership Applications in VS Code', () => {
  let uri: vscode.Uri;
  let text: string;
  let editor: vscode.TextEditor;

  suiteSetup(async () => {
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder, 'the tests run with the examples folder open');
    uri = vscode.Uri.joinPath(folder.uri, FILE);
    const document = await vscode.workspace.openTextDocument(uri);
    text = document.getText();
    assert.equal(document.languageId, 'partnership-application');
    editor = await vscode.window.showTextDocument(document);
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is loaded`);
    await extension.activate();
  });

  suiteTeardown(async () => {
    await vscode.workspace.getConfiguration('partnership').update('locale', undefined, vscode.ConfigurationTarget.Global);
  });

  test('(a) the diagnostics are the expected rule ids and messages', async () => {
    const expected = expectedProblems(text, 'en');
    const problems = await waitForDiagnostics(uri, (actual) => sameProblems(actual, expected), `the ${expected.length} diagnostics of the checker`, 60_000);
    assert.deepEqual(
      problems.map((problem) => problem.source),
      expected.map(() => 'partnership'),
    );
  });

  test("(b) the hover over an out-of-range duration explains the rule", async () => {
    const problem = expectedProblems(text, 'en').find((candidate) => candidate.code === 'duration-range')!;
    await waitForDiagnostics(uri, (actual) => actual.some((candidate) => candidate.code === 'duration-range'), 'the duration-range diagnostic');
    const position = new vscode.Position(DURATION_LINE - 1, problem.column);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position);
    const shown = hoverText(hovers);
    assert.ok(shown.includes(ruleSummary('duration-range', 'en')), shown);
    assert.ok(shown.includes('3 days to 2 months'), shown);
  });

  test('(c) completion after `type: ` in an activity lists the activity types', async () => {
    const line = editor.document.lineAt(TYPE_LINE - 1);
    try {
      assert.ok(await editor.edit((edit) => edit.replace(line.range, '    type: ')));
      const position = new vscode.Position(TYPE_LINE - 1, '    type: '.length);
      const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', uri, position);
      const labels = list.items.map((item) => (typeof item.label === 'string' ? item.label : item.label.label));
      for (const type of ACTIVITY_TYPE_IDS) assert.ok(labels.includes(type), `${type} in ${JSON.stringify(labels)}`);
    } finally {
      await revert(editor);
    }
  });

  test('(d) the duration quick fix writes the allowed bound and the diagnostic goes away', async () => {
    const expected = expectedProblems(text, 'en');
    const fix = durationFix(text, 'en');
    const problems = await waitForDiagnostics(uri, (actual) => sameProblems(actual, expected), 'the diagnostics of the example');
    const diagnostic = vscode.languages.getDiagnostics(uri).find((candidate) => asProblem(candidate).code === 'duration-range')!;
    assert.ok(problems.length > 0 && diagnostic);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      uri,
      diagnostic.range,
      vscode.CodeActionKind.QuickFix.value,
    );
    const action = actions.find((candidate) => candidate.title === fix.title);
    assert.ok(action, `${fix.title} in ${JSON.stringify(actions.map((candidate) => candidate.title))}`);
    try {
      if (action.edit) assert.ok(await vscode.workspace.applyEdit(action.edit));
      if (action.command) await vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? []));
      assert.match(editor.document.lineAt(DURATION_LINE - 1).text, new RegExp(`^    duration: ${fix.bound} `));
      await waitForDiagnostics(
        uri,
        (actual) => sameProblems(actual, expected.filter((problem) => problem.code !== 'duration-range')),
        'the other diagnostics, without duration-range',
      );
    } finally {
      await revert(editor);
    }
    assert.ok(editor.document.lineAt(DURATION_LINE - 1).text.includes(`duration: ${DURATION_TEXT}`));
  });

  test('(e) partnership.locale = sv gives Swedish messages and hovers', async () => {
    const swedish = expectedProblems(text, 'sv');
    const english = expectedProblems(text, 'en');
    const settings = vscode.workspace.getConfiguration('partnership');
    await settings.update('locale', 'sv', vscode.ConfigurationTarget.Global);
    try {
      await waitForDiagnostics(uri, (actual) => sameProblems(actual, swedish), 'the Swedish messages');
      const problem = swedish.find((candidate) => candidate.code === 'duration-range')!;
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, new vscode.Position(DURATION_LINE - 1, problem.column));
      assert.ok(hoverText(hovers).includes(ruleSummary('duration-range', 'sv')), hoverText(hovers));
    } finally {
      await settings.update('locale', undefined, vscode.ConfigurationTarget.Global);
    }
    await waitForDiagnostics(uri, (actual) => sameProblems(actual, english), 'the English messages again');
  });
});
