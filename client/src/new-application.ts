// "Partnership: New Application": asks for the field, the language and where
// to put it; the text comes from the server (partnership/newApplication).
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';

interface FieldChoice {
  readonly id: string;
  readonly label: string;
}

interface NewApplication {
  readonly text: string;
  readonly fileName: string;
}

export async function newApplication(client: LanguageClient): Promise<void> {
  const fields = await client.sendRequest<FieldChoice[]>('partnership/applicationFields', {});
  const field = await vscode.window.showQuickPick(
    fields.map((choice) => ({ label: choice.label, description: choice.id, id: choice.id })),
    { title: vscode.l10n.t('New Application'), placeHolder: vscode.l10n.t('The project\'s field'), ignoreFocusOut: true },
  );
  if (!field) return;
  const language = await vscode.window.showQuickPick(
    [
      { label: 'English', id: 'en' },
      { label: 'Svenska', id: 'sv' },
    ],
    { title: vscode.l10n.t('New Application'), placeHolder: vscode.l10n.t('The language of the application'), ignoreFocusOut: true },
  );
  if (!language) return;
  const where = await vscode.window.showQuickPick(
    [
      { label: vscode.l10n.t('New untitled file'), save: false },
      { label: vscode.l10n.t('Save as…'), save: true },
    ],
    { title: vscode.l10n.t('New Application'), placeHolder: vscode.l10n.t('Where to create it'), ignoreFocusOut: true },
  );
  if (!where) return;
  const created = await client.sendRequest<NewApplication>('partnership/newApplication', { field: field.id, locale: language.id });
  const document = where.save ? await saved(created) : await untitled(created);
  if (document) await vscode.window.showTextDocument(document);
}

function untitled(created: NewApplication): Thenable<vscode.TextDocument> {
  return vscode.workspace.openTextDocument({ language: 'partnership-application', content: created.text });
}

async function saved(created: NewApplication): Promise<vscode.TextDocument | undefined> {
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  const target = await vscode.window.showSaveDialog({
    defaultUri: folder ? vscode.Uri.joinPath(folder, created.fileName) : undefined,
    filters: { [vscode.l10n.t('Partnership application')]: ['partnership.yaml'] },
  });
  if (!target) return undefined;
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(created.text));
  return vscode.workspace.openTextDocument(target);
}
