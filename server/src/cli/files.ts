import { readdirSync, readFileSync, realpathSync, statSync, type Dirent } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Translator } from '../core';

/** A file to check: `display` is the path as the user gave it (or joined onto the folder they gave). */
export interface FileTarget {
  readonly display: string;
  readonly absolute: string;
}

/**
 * The files to check and, in the same order as the PATHs, a clear message for
 * each path (or folder inside one) that could not be read: each means exit status 2.
 */
export type Discovered = { readonly file: FileTarget } | { readonly problem: string };

export const APPLICATION_FILE = /\.partnership\.ya?ml$/;

/** Folders never searched: dependencies and hidden folders (`.git`, `.vscode`, ...). */
function isSkippedFolder(name: string): boolean {
  return name === 'node_modules' || name.startsWith('.');
}

/** Code-unit order, the same on every machine and locale. */
function compareNames(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Expands the PATHs into the files to check. A file given explicitly is checked
 * whatever its name; a folder is searched recursively for application files, in
 * sorted order. PATHs keep the order they were given in, and a file reached
 * twice is checked once.
 */
export function discoverFiles(paths: readonly string[], cwd: string, tr: Translator): Discovered[] {
  const out: Discovered[] = [];
  const seen = new Set<string>();

  for (const path of paths) {
    const absolute = resolve(cwd, path);
    let stats;
    try {
      stats = statSync(absolute);
    } catch (error) {
      out.push({ problem: readProblem(path, error, tr) });
      continue;
    }
    const found: Discovered[] = [];
    if (stats.isFile()) {
      found.push({ file: { display: path, absolute } });
    } else if (stats.isDirectory()) {
      walk(absolute, path, found, tr);
      // An empty folder is a mistake a CI maintainer wants to see (an unreadable one is already reported).
      if (found.length === 0) {
        found.push({ problem: tr.t('No application files (*.partnership.yaml, *.partnership.yml) found in {0}.', path) });
      }
    } else {
      found.push({ problem: tr.t('Cannot read {0}: it is neither a file nor a folder.', path) });
    }
    for (const entry of found) {
      if ('file' in entry) {
        const key = realPath(entry.file.absolute);
        if (seen.has(key)) continue;
        seen.add(key);
      }
      out.push(entry);
    }
  }
  return out;
}

function walk(folder: string, display: string, out: Discovered[], tr: Translator): void {
  let entries: Dirent[];
  try {
    entries = readdirSync(folder, { withFileTypes: true });
  } catch (error) {
    out.push({ problem: readProblem(display, error, tr) });
    return;
  }
  entries.sort((a, b) => compareNames(a.name, b.name));
  for (const entry of entries) {
    const absolute = join(folder, entry.name);
    const shown = join(display, entry.name);
    if (entry.isDirectory()) {
      if (!isSkippedFolder(entry.name)) walk(absolute, shown, out, tr);
    } else if (APPLICATION_FILE.test(entry.name)) {
      if (entry.isFile()) {
        out.push({ file: { display: shown, absolute } });
      } else if (entry.isSymbolicLink()) {
        // A link to a file is followed; a link to a folder is not (no cycles), and a broken link is an error.
        try {
          if (statSync(absolute).isFile()) out.push({ file: { display: shown, absolute } });
        } catch (error) {
          out.push({ problem: readProblem(shown, error, tr) });
        }
      }
    }
  }
}

function realPath(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

function errorCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : undefined;
}

/** The message for a path that cannot be read, in the user's language where the reason is a common one. */
export function readProblem(path: string, error: unknown, tr: Translator): string {
  switch (errorCode(error)) {
    case 'ENOENT':
    case 'ENOTDIR':
      return tr.t('Cannot read {0}: no such file or folder.', path);
    case 'EACCES':
    case 'EPERM':
      return tr.t('Cannot read {0}: permission denied.', path);
    case 'ELOOP':
      return tr.t('Cannot read {0}: too many levels of symbolic links.', path);
    default:
      return tr.t('Cannot read {0}: {1}', path, error instanceof Error ? error.message : String(error));
  }
}

export type ReadResult = { readonly text: string } | { readonly problem: string };

/**
 * Reads an application file as UTF-8 text. A UTF-8 byte order mark is dropped
 * (editors do the same, so positions match theirs); UTF-16, binary files (NUL
 * bytes) and invalid UTF-8 are refused with a message saying what to do.
 */
export function readApplicationFile(target: FileTarget, tr: Translator): ReadResult {
  let bytes: Buffer;
  try {
    bytes = readFileSync(target.absolute);
  } catch (error) {
    return { problem: readProblem(target.display, error, tr) };
  }
  return decodeApplication(target.display, bytes, tr);
}

export function decodeApplication(display: string, bytes: Uint8Array, tr: Translator): ReadResult {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    return { problem: tr.t('Cannot check {0}: it is UTF-16 text. Save it as UTF-8.', display) };
  }
  if (bytes.includes(0)) {
    return { problem: tr.t('Cannot check {0}: it contains NUL bytes, so it is a binary file, not UTF-8 text.', display) };
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    const offset = firstInvalidUtf8(bytes);
    return {
      problem:
        offset < 0
          ? tr.t('Cannot check {0}: it is not valid UTF-8 text. Save it as UTF-8.', display)
          : tr.t('Cannot check {0}: it is not valid UTF-8 text (the first invalid byte is on line {1}). Save it as UTF-8.', display, lineOf(bytes, offset)),
    };
  }
  return { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
}

/** 1-based line of a byte offset (lines end at LF, CRLF or CR, as in LineIndex). */
function lineOf(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a) line++;
    else if (bytes[i] === 0x0d && bytes[i + 1] !== 0x0a) line++;
  }
  return line;
}

/** The offset of the first byte that is not part of a well-formed UTF-8 sequence, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  const continuation = (i: number, low = 0x80, high = 0xbf) => i < bytes.length && bytes[i] >= low && bytes[i] <= high;
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    let size: number;
    if (b < 0x80) size = 1;
    else if (b >= 0xc2 && b <= 0xdf) size = continuation(i + 1) ? 2 : 0;
    else if (b === 0xe0) size = continuation(i + 1, 0xa0) && continuation(i + 2) ? 3 : 0;
    else if (b === 0xed) size = continuation(i + 1, 0x80, 0x9f) && continuation(i + 2) ? 3 : 0;
    else if (b >= 0xe1 && b <= 0xef) size = continuation(i + 1) && continuation(i + 2) ? 3 : 0;
    else if (b === 0xf0) size = continuation(i + 1, 0x90) && continuation(i + 2) && continuation(i + 3) ? 4 : 0;
    else if (b >= 0xf1 && b <= 0xf3) size = continuation(i + 1) && continuation(i + 2) && continuation(i + 3) ? 4 : 0;
    else if (b === 0xf4) size = continuation(i + 1, 0x80, 0x8f) && continuation(i + 2) && continuation(i + 3) ? 4 : 0;
    else size = 0;
    if (size === 0) return i;
    i += size;
  }
  return -1;
}
