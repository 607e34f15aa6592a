import type { Connection } from 'vscode-languageserver';

/** Log lines for the client's output channel (`window/logMessage`); not user-facing text. */
export interface Log {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
  /** Logs `message` the first time `key` is seen, then stays quiet about it. */
  once(key: string, level: 'info' | 'warn' | 'error', message: string): void;
}

/** Enough for every distinct settings problem and rule failure; a runaway stream of new keys stops being remembered. */
const MAX_REMEMBERED = 1000;

export function createLog(connection: Connection): Log {
  const seen = new Set<string>();
  const write = (level: 'info' | 'warn' | 'error', message: string) => {
    try {
      connection.console[level](message);
    } catch {
      // The client has gone; there is nobody to tell.
    }
  };
  return {
    info: (message) => write('info', message),
    warn: (message) => write('warn', message),
    error: (message) => write('error', message),
    once(key, level, message) {
      if (seen.has(key)) return;
      if (seen.size < MAX_REMEMBERED) seen.add(key);
      write(level, message);
    },
  };
}

export function errorText(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}
