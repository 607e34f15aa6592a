// The language server's entry point (bundled to dist/server/main.js, run by
// bin/partnership-language-server.js): `partnership-language-server --stdio`.
// The transport comes from the command line as vscode-languageserver reads it
// (--stdio, --node-ipc, --socket=N, --pipe=NAME); without one, stdio.
import { setFlagsFromString } from 'node:v8';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { errorText } from './lsp/log';
import { startServer } from './lsp/server';
import { warmUp } from './core/check/incremental/warm-up';

// The `yaml` package reads process.env.LOG_TOKENS for every token it parses, and a read of Node's
// process.env goes to the operating system's environment each time. Nothing here changes the
// environment: a plain copy makes those reads ordinary property reads (5-15% of parse time).
process.env = { ...process.env };

const TRANSPORTS = ['--stdio', '--node-ipc', '--socket', '--pipe'];
if (!process.argv.slice(2).some((arg) => TRANSPORTS.includes(arg.split('=')[0]))) process.argv.push('--stdio');

const connection = createConnection(ProposedFeatures.all);

// Never die on a stray error: log it and keep serving. When the client has
// gone (stdout closed), there is nobody left to serve.
let reporting = false;
const report = (error: unknown) => {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'EPIPE' || code === 'ERR_STREAM_DESTROYED') process.exit(1);
  if (reporting) return;
  reporting = true;
  try {
    connection.console.error(`internal error: ${errorText(error)}`);
  } catch {
    // nothing more to do
  } finally {
    reporting = false;
  }
};
process.on('uncaughtException', report);
process.on('unhandledRejection', report);
// vscode-jsonrpc listens for errors on stdout itself, so a write to a closed stdout (EPIPE) is not
// uncaught: without this the server would keep running with nobody reading it.
if (process.argv.includes('--stdio')) process.stdout.on('error', report);

// V8 lets its heap grow by a factor it chooses (up to 4) before collecting old objects again; a
// server that parses a large application once and then keeps a fraction of it does better with a
// tighter one: at 5 000 activities about 15% less resident memory (205 -> 173 MB), keystrokes as fast.
setFlagsFromString('--heap-growing-percent=25');

// Compile the checker before the first request (core/incremental/warm-up.ts): about 20 ms of the
// start, for a first document checked about as fast as the `yaml` package alone parses it.
try {
  warmUp();
} catch (error) {
  report(error);
}

startServer(connection);
