// What a user sees of the extension in a real VS Code (code-server), on
// examples/typical-mistakes.partnership.yaml, read from the workbench's DOM.
// scripts/e2e/run.mjs starts code-server with the packaged .vsix and Chromium,
// then runs these in order (E2E_SCENARIOS=a,c runs only those). The expected
// texts come from test/e2e/expectations.ts (the checker itself, through tsx).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
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
} from './expectations.ts';

function squiggleOf(severity) {
  return severity === 'error' ? 'squiggly-error' : 'squiggly-warning';
}

/**
 * The scenarios, run in this order. Each gets { wb, text, shot }: the
 * Workbench (workbench.mjs), the example's text, and shot(name), which keeps
 * a README screenshot (copied to docs/images/ only when every scenario passes).
 * A scenario returns a line to print about what it saw.
 */
export const SCENARIOS = [
  {
    id: 'a',
    title: 'the squiggles and the Problems panel list the expected rule ids and messages',
    async run({ wb, text }) {
      const problems = expectedProblems(text, 'en');
      await wb.openFile(FILE);
      await wb.showProblems();
      await wb.runCommand('View: Toggle Maximized Panel');
      try {
        await wb.waitForProblems((rows) => sameProblems(rows, problems), `the ${problems.length} diagnostics of the checker`, 90_000);
      } finally {
        await wb.runCommand('View: Toggle Maximized Panel');
      }
      for (const problem of problems) {
        await wb.goTo(problem.line, problem.column);
        await wb.waitForLine(problem.line, (line) => line.decorations.includes(squiggleOf(problem.severity)), `a ${squiggleOf(problem.severity)} (${problem.code})`);
      }
      await wb.goTo(5, 3);
      const clean = await wb.line(5);
      if (!clean || clean.decorations.some((name) => name.startsWith('squiggly-'))) throw new Error(`line 5 should have no squiggle: ${JSON.stringify(clean)}`);
      return `${problems.length} problems: ${problems.map((problem) => problem.code).join(', ')}`;
    },
  },
  {
    id: 'b',
    title: "hovering an out-of-range duration shows the diagnostic and the rule's explanation",
    async run({ wb, text, shot }) {
      const problem = expectedProblems(text, 'en').find((row) => row.code === 'duration-range');
      await wb.openFile(FILE);
      await wb.goTo(DURATION_LINE, problem.column);
      const shown = await wb.hover(DURATION_LINE, DURATION_TEXT, [problem.message, 'duration-range', ruleSummary('duration-range', 'en'), '3 days to 2 months']);
      await shot('diagnostics-hover');
      await wb.escape();
      await wb.parkMouse();
      return `hover: ${shown.split('\n').filter(Boolean).slice(0, 3).join(' / ')} ...`;
    },
  },
  {
    id: 'c',
    title: 'typing `type: ` in an activity and asking for completions lists the activity types',
    async run({ wb, shot }) {
      await wb.openFile(FILE);
      await wb.goTo(TYPE_LINE, 5);
      await wb.page.keyboard.press('Shift+End');
      await wb.page.keyboard.type('type: ');
      await wb.waitForLine(TYPE_LINE, (line) => line.text === '    type: ', 'the typed `type: `');
      try {
        const labels = await wb.suggest(ACTIVITY_TYPE_IDS);
        await shot('completion');
        return `completion list: ${labels.join(', ')}`;
      } finally {
        await wb.escape();
        await wb.runCommand('File: Revert File');
        await wb.waitForLine(TYPE_LINE, (line) => line.text.includes('type: blended-mobility'), 'the reverted line');
      }
    },
  },
  {
    id: 'd',
    title: 'the duration quick fix changes the text to the allowed bound and the squiggle goes away',
    async run({ wb, text, shot }) {
      const problems = expectedProblems(text, 'en');
      const problem = problems.find((row) => row.code === 'duration-range');
      const fix = durationFix(text, 'en');
      await wb.openFile(FILE);
      await wb.goTo(DURATION_LINE, problem.column);
      await wb.waitForLine(DURATION_LINE, (line) => line.decorations.includes('squiggly-error'), 'the duration-range squiggle');
      const titles = await wb.quickFixMenu(fix.title);
      await shot('quick-fix');
      await wb.chooseQuickFix(fix.title);
      try {
        await wb.waitForLine(
          DURATION_LINE,
          (line) => line.text.startsWith(`    duration: ${fix.bound} `) && !line.decorations.some((name) => name.startsWith('squiggly-')),
          `\`duration: ${fix.bound}\` without a squiggle`,
        );
        await wb.waitForProblems(
          (rows) => sameProblems(rows, problems.filter((row) => row.code !== 'duration-range')),
          'the other diagnostics, without duration-range',
        );
      } finally {
        await wb.runCommand('File: Revert File');
        await wb.waitForLine(
          DURATION_LINE,
          (line) => line.text.includes(`duration: ${DURATION_TEXT}`) && line.decorations.includes('squiggly-error'),
          'the reverted line and its squiggle',
        );
      }
      return `Quick Fix menu: ${titles.join(' | ')}`;
    },
  },
  {
    id: 'e',
    title: 'setting partnership.locale to Swedish (Settings editor) gives Swedish messages and hovers',
    async run({ wb, text }) {
      const swedish = expectedProblems(text, 'sv');
      const english = expectedProblems(text, 'en');
      await wb.openFile(FILE);
      await wb.setEnumSetting('partnership.locale', 'sv');
      try {
        await wb.waitForProblems((rows) => sameProblems(rows, swedish), 'the Swedish messages');
        const problem = swedish.find((row) => row.code === 'duration-range');
        await wb.goTo(DURATION_LINE, problem.column);
        await wb.hover(DURATION_LINE, DURATION_TEXT, [problem.message, ruleSummary('duration-range', 'sv')]);
        await wb.escape();
        await wb.parkMouse();
      } finally {
        await wb.setEnumSetting('partnership.locale', 'auto');
      }
      await wb.waitForProblems((rows) => sameProblems(rows, english), 'the English messages again after switching back to auto');
      return `e.g. ${swedish[0].message}`;
    },
  },
];

export function readExample(root) {
  return readFileSync(join(root, 'examples', FILE), 'utf8');
}
