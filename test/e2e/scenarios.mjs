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

/** A clean example for the overview: five activities, C1 to C5, and a line after the last one. */
const OVERVIEW_FILE = 'school-democracy.partnership.yaml';

/** The activity the overview scenario types, on one line as flow YAML (so the editor's auto-indent does not change it). */
const TYPED_ACTIVITY =
  '  - { id: C6, type: short-term-staff-training, title: Typed in the editor, host: se-school, start: 2028-05-08, end: 2028-05-12, participants: [{ from: de-school, role: teacher, count: 2 }] }';

SCENARIOS.push(
  {
    id: 'f',
    title: 'New Application asks for the field and the language and opens a complete application with no diagnostics',
    async run({ wb, text }) {
      await wb.openFile(FILE);
      await wb.runCommand('Partnership: New Application', { asks: "The project's field" });
      await wb.pick('Youth', { asks: 'The language of the application' });
      await wb.pick('Svenska', { asks: 'Where to create it' });
      await wb.pick('New untitled file');
      // An untitled tab is named after its first line, the skeleton's comment.
      await wb.page.locator('.tab.active[aria-label*="Untitled-"]').waitFor({ timeout: 30_000 });
      await wb.waitForLine(4, (line) => line.text === '  field: youth', 'the new application\'s `field: youth`');
      await wb.waitForLine(6, (line) => line.text.startsWith('  duration: 24 månader'), 'the Swedish unit words');
      // The server has the new file once it answers a hover on it; its diagnostics are published before that answer.
      await wb.goTo(4, 10);
      await wb.hover(4, 'youth', ['Youth']);
      await wb.escape();
      await wb.parkMouse();
      const lines = [];
      for (let number = 1; number <= 30; number++) {
        const line = await wb.line(number);
        if (!line) break;
        if (line.decorations.some((name) => name.startsWith('squiggly-'))) throw new Error(`line ${number} of the new application has a squiggle: ${JSON.stringify(line)}`);
        lines.push(line.text);
      }
      // The Problems panel lists the example's diagnostics and nothing for the new file.
      await wb.showProblems();
      await wb.waitForProblems((rows) => sameProblems(rows, expectedProblems(text, 'en')), 'only the example\'s diagnostics');
      await wb.runCommand('View: Revert and Close Editor');
      return `${lines.length} visible lines, no squiggle: ${lines.slice(1, 4).join(' / ')} ...`;
    },
  },
  {
    id: 'g',
    title: 'the overview beside the editor shows a typed activity, and a click selects its line',
    async run({ wb, shot, root }) {
      const source = readFileSync(join(root, 'examples', OVERVIEW_FILE), 'utf8').split('\n');
      const lineOf = (prefix) => source.findIndex((line) => line.startsWith(prefix)) + 1;
      const insertAt = lineOf('x-internal-reference:') - 1; // the blank line after the last activity
      await wb.openFile(OVERVIEW_FILE);
      await wb.runCommand('Partnership: Open Overview to the Side');
      const view = wb.webview();
      for (const id of ['C1', 'C2', 'C3', 'C4', 'C5']) await view.locator(`[data-activity="${id}"]`).first().waitFor({ timeout: 60_000 });
      if ((await view.locator('[data-activity="C6"]').count()) !== 0) throw new Error('C6 is in the overview before it was typed');
      // The editor kept the focus: type the new activity on the blank line, as a person types.
      await wb.goTo(insertAt, 1);
      await wb.page.keyboard.type(TYPED_ACTIVITY);
      await wb.waitForLine(insertAt, (line) => line.text === TYPED_ACTIVITY, 'the typed activity, exactly');
      const typed = view.locator('[data-activity="C6"]').first();
      await typed.waitFor({ timeout: 30_000 });
      if ((await typed.getAttribute('data-line')) !== String(insertAt - 1)) throw new Error(`C6's data-line is ${await typed.getAttribute('data-line')}, not ${insertAt - 1}`);
      // For the README: the editor scrolled back to the line's start, no panel below it, C6 in view in the overview.
      await wb.page.keyboard.press('Home');
      await wb.runCommand('View: Hide Panel');
      await typed.scrollIntoViewIfNeeded();
      await shot('overview');
      try {
        // A click on C1's row selects its line (the cursor at its first character), then C6's.
        // (On the row's label: the month columns lie over the bars' area.)
        await view.locator('[data-activity="C1"] text').first().click();
        await wb.waitForCursor(lineOf('  - id: C1'), 3);
        await view.locator('[data-activity="C6"] text').first().click();
        await wb.waitForCursor(insertAt, 3);
      } finally {
        await wb.runCommand('File: Revert File');
        await wb.waitForLine(insertAt, (line) => line.text === '', 'the reverted blank line');
      }
      await view.locator('[data-activity="C6"]').first().waitFor({ state: 'detached', timeout: 30_000 });
      return `C6 appeared at line ${insertAt}; clicks moved the cursor to lines ${lineOf('  - id: C1')} and ${insertAt}`;
    },
  },
);

export function readExample(root) {
  return readFileSync(join(root, 'examples', FILE), 'utf8');
}
