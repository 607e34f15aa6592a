// The `partnership-lint` command (bundled to dist/cli/main.js; bin/partnership-lint.js loads it).
import { version } from '../../../package.json';
import { EXIT_TROUBLE, run } from './run';

// The `yaml` package reads process.env.LOG_TOKENS for every token it parses, and a read of Node's
// process.env goes to the operating system's environment each time. Nothing here changes the
// environment: a plain copy makes those reads ordinary property reads (5-15% of parse time).
process.env = { ...process.env };

// `partnership-lint ... | head` closes the pipe early: stop quietly with the status so far instead of
// crashing on EPIPE. Any other failure to write the output means the output is incomplete: exit 2.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    process.exit(error.code === 'EPIPE' ? (process.exitCode ?? 0) : EXIT_TROUBLE);
  });
}

try {
  process.exitCode = run(process.argv.slice(2), {
    cwd: process.cwd(),
    version,
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
  });
} catch (error) {
  // A bug in the CLI itself: say so plainly; never a silent success.
  process.stderr.write(`partnership-lint: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = EXIT_TROUBLE;
}
