/**
 * The entry point VS Code's extension host calls for `--extensionTestsPath`
 * (@vscode/test-electron): runs test/vscode/suite/scenarios.ts with mocha.
 * scripts/vscode-test/run.mjs bundles both into out/vscode-test/.
 *
 * With PARTNERSHIP_VSCODE_TEST_RESULT set, it also writes the results there
 * as JSON (a run inside code-server reads them from that file).
 */
import { renameSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';

interface Outcome {
  readonly title: string;
  readonly ok: boolean;
  readonly error?: string;
}

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 60_000, reporter: 'spec' });
  mocha.addFile(path.join(__dirname, 'scenarios.js'));
  const outcomes: Outcome[] = [];
  return new Promise((resolve, reject) => {
    try {
      const runner = mocha.run((failures) => {
        const resultFile = process.env.PARTNERSHIP_VSCODE_TEST_RESULT;
        if (resultFile) {
          // Written whole, then renamed: a reader never sees half a file.
          writeFileSync(`${resultFile}.partial`, `${JSON.stringify({ failures, outcomes }, null, 2)}\n`);
          renameSync(`${resultFile}.partial`, resultFile);
        }
        if (failures > 0) reject(new Error(`${failures} of ${outcomes.length} VS Code tests failed`));
        else resolve();
      });
      runner.on('pass', (test) => outcomes.push({ title: test.fullTitle(), ok: true }));
      runner.on('fail', (test, error: Error) => outcomes.push({ title: test.fullTitle(), ok: false, error: error.stack ?? error.message }));
    } catch (error) {
      reject(error);
    }
  });
}
