import { isDeepStrictEqual } from 'node:util';
import {
  CodeActionKind,
  TextDocumentEdit,
  type CodeAction,
  type CodeActionParams,
  type Diagnostic,
  type Range,
  type SnippetTextEdit,
  type TextEdit as LspTextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CheckResult } from '../core';
import { disableFor, fixAll, fixesFor, type Fix, type TextEdit } from '../core';
import type { LineIndex } from '../core';
import { isRuleId, type Finding } from '../core';
import type { ServerContext } from './context';
import { DIAGNOSTIC_SOURCE, toDiagnostic, toRange } from './convert';
import { guarded } from './handler-guard';

/** The kind of the "Fix all" source action: under `source.fixAll`, so `editor.codeActionsOnSave` can ask for it. */
export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.partnership`;

/** The kinds announced in `codeActionProvider.codeActionKinds`. */
export const CODE_ACTION_KINDS: readonly string[] = [CodeActionKind.QuickFix, CodeActionKind.SourceFixAll, FIX_ALL_KIND];

/**
 * `textDocument/codeAction`: the rule's quick fixes for each diagnostic in the request (matched
 * to the current check by rule id, `data` and range, never by message; when the client sends none
 * of ours, the findings at the requested range), then "Disable RULE for this line" for each; and
 * "Fix all" when the request asks for source actions of kind `source`, `source.fixAll` or
 * `source.fixAll.partnership` (only then: it re-checks the whole file).
 */
export function registerCodeActions(context: ServerContext): void {
  context.connection.onCodeAction(guarded(context, 'codeAction', [], (params: CodeActionParams) => codeActions(context, params)));
}

export function codeActions(context: ServerContext, params: CodeActionParams): CodeAction[] {
  const document = context.documents.get(params.textDocument.uri);
  if (!document) return [];
  const config = context.configuration.config;
  const result = context.analyse(document);
  const only = params.context.only;
  const wants = (kind: string, explicitly: boolean) =>
    only === undefined ? !explicitly : only.some((requested) => kind === requested || kind.startsWith(`${requested}.`));
  const actions: CodeAction[] = [];
  if (wants(CodeActionKind.QuickFix, false)) {
    const fixes: CodeAction[] = [];
    const disables: CodeAction[] = [];
    for (const { finding, diagnostic } of requestedFindings(result, params)) {
      for (const fix of fixesFor(result, finding, config)) fixes.push(quickFix(context, document, result.lines, fix, diagnostic));
      const disable = disableFor(result, finding, config);
      if (!disable) continue;
      // Two findings of one rule on one line share one "Disable" action, naming both diagnostics.
      const edit = workspaceEdit(context, document, result.lines, disable.edits);
      const same = disables.find((action) => action.title === disable.title && isDeepStrictEqual(action.edit, edit));
      if (same) same.diagnostics?.push(diagnostic);
      else disables.push(quickFix(context, document, result.lines, disable, diagnostic));
    }
    actions.push(...fixes, ...disables);
  }
  if (wants(FIX_ALL_KIND, true)) {
    const all = fixAll(document.getText(), config);
    if (all.edits.length > 0) {
      actions.push({ title: all.title, kind: FIX_ALL_KIND, edit: workspaceEdit(context, document, result.lines, all.edits) });
    }
  }
  return actions;
}

function quickFix(context: ServerContext, document: TextDocument, lines: LineIndex, fix: Fix, diagnostic: Diagnostic): CodeAction {
  const action: CodeAction = {
    title: fix.title,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    edit: snippetEdit(context, document, lines, fix) ?? workspaceEdit(context, document, lines, fix.edits),
  };
  if (fix.isPreferred) action.isPreferred = true;
  return action;
}

/**
 * A fix with a value to fill in, as LSP 3.18 snippet edits, so that the cursor lands on the value:
 * only for a client that announces `workspace.workspaceEdit.snippetEditSupport` (snippet edits
 * exist only inside `documentChanges`, so it must take those too). Undefined otherwise.
 */
function snippetEdit(context: ServerContext, document: TextDocument, lines: LineIndex, fix: Fix): WorkspaceEdit | undefined {
  const workspace = context.clientCapabilities.workspace?.workspaceEdit;
  if (!fix.snippet || !workspace?.snippetEditSupport || !workspace.documentChanges) return undefined;
  const edits: SnippetTextEdit[] = fix.snippet.map((edit) => ({
    range: toRange(edit.span, lines),
    snippet: { kind: 'snippet', value: edit.newText },
  }));
  return { documentChanges: [TextDocumentEdit.create({ uri: document.uri, version: document.version }, edits)] };
}

/** Versioned `documentChanges` when the client supports them (a stale edit is then refused), else `changes`. */
function workspaceEdit(context: ServerContext, document: TextDocument, lines: LineIndex, edits: readonly TextEdit[]): WorkspaceEdit {
  const converted: LspTextEdit[] = edits.map((edit) => ({ range: toRange(edit.span, lines), newText: edit.newText }));
  if (context.clientCapabilities.workspace?.workspaceEdit?.documentChanges) {
    return { documentChanges: [TextDocumentEdit.create({ uri: document.uri, version: document.version }, converted)] };
  }
  return { changes: { [document.uri]: converted } };
}

interface Requested {
  readonly finding: Finding;
  readonly diagnostic: Diagnostic;
}

/** The findings the request is about, each with the diagnostic a quick fix names. */
function requestedFindings(result: CheckResult, params: CodeActionParams): Requested[] {
  const ours = params.context.diagnostics.filter(
    (diagnostic) =>
      (diagnostic.source === undefined || diagnostic.source === DIAGNOSTIC_SOURCE) &&
      typeof diagnostic.code === 'string' &&
      isRuleId(diagnostic.code),
  );
  if (ours.length === 0) {
    // No diagnostics of ours in the request (a client that sends none): the findings at the range.
    const start = result.lines.offset(params.range.start);
    const end = result.lines.offset(params.range.end);
    return result.findings
      .filter((finding) => finding.span.start <= end && start <= finding.span.end)
      .map((finding) => ({ finding, diagnostic: toDiagnostic(finding, result.lines) }));
  }
  const requested: Requested[] = [];
  for (const diagnostic of ours) {
    const finding = matchFinding(result, diagnostic);
    if (finding) requested.push({ finding, diagnostic });
  }
  return requested;
}

/**
 * The current finding a client's diagnostic stands for: same rule and same `data` (when the
 * client kept it), at the same range, else the closest such finding (the diagnostic may be from a
 * slightly older version). None when the mistake is gone.
 */
function matchFinding(result: CheckResult, diagnostic: Diagnostic): Finding | undefined {
  const candidates = result.findings.filter((finding) => {
    if (finding.rule !== diagnostic.code) return false;
    if (diagnostic.data === undefined) return true;
    return isDeepStrictEqual(plainData(finding, result.lines), diagnostic.data);
  });
  const exact = candidates.find((finding) => sameRange(toRange(finding.span, result.lines), diagnostic.range));
  if (exact) return exact;
  const target = result.lines.offset(diagnostic.range.start);
  if (diagnostic.data === undefined) return undefined; // without data only the exact range identifies it
  return candidates.sort((a, b) => Math.abs(a.span.start - target) - Math.abs(b.span.start - target))[0];
}

/** The diagnostic's `data` as it arrives back from the client: JSON, without undefined values. */
function plainData(finding: Finding, lines: LineIndex): unknown {
  return JSON.parse(JSON.stringify(toDiagnostic(finding, lines).data)) as unknown;
}

function sameRange(a: Range, b: Range): boolean {
  return (
    a.start.line === b.start.line &&
    a.start.character === b.start.character &&
    a.end.line === b.end.line &&
    a.end.character === b.end.character
  );
}
