// The language server's entry point (bundled to dist/server/main.js, run by
// bin/partnership-language-server.js): `partnership-language-server --stdio`.
// The transport comes from the command line as vscode-languageserver reads it
// (--stdio, --node-ipc, --socket=N, --pipe=NAME); without one, stdio.
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { errorText } from './lsp/log';
import { startServer } from './lsp/server';

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

startServer(connection);
