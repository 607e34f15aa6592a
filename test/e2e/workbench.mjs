// Drives the VS Code workbench (code-server in Chromium, through
// playwright-core) the way a user does: keyboard shortcuts, Quick Open, the
// Problems panel, hovering text with the mouse. Reads what a user sees from
// the DOM. Every wait is on a DOM condition with a timeout, never a fixed sleep.

export const TIMEOUT = 30_000;

export class Workbench {
  /** @param {import('playwright-core').Page} page */
  constructor(page) {
    this.page = page;
  }

  /** Loads the workbench and waits until the Explorer shows the workspace. */
  async load(url) {
    await this.page.goto(url);
    await this.page.locator('.monaco-workbench .explorer-folders-view').waitFor({ timeout: 90_000 });
  }

  /**
   * Runs a command from the Command Palette by its exact label. A command that
   * asks a question in a quick pick of its own names its placeholder as `asks`:
   * then the palette does not close, it turns into that question.
   */
  async runCommand(label, { asks } = {}) {
    await this.page.keyboard.press('F1');
    const input = this.page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible', timeout: TIMEOUT });
    await input.fill(`>${label}`);
    const row = this.page.locator('.quick-input-list .monaco-list-row', { has: this.page.locator(`.label-name`, { hasText: new RegExp(`^${escapeRegExp(label)}$`) }) }).first();
    await row.waitFor({ timeout: TIMEOUT });
    await row.click();
    await this.parkMouse();
    if (asks) {
      await this.page.locator(`.quick-input-widget input[placeholder="${asks}"]`).waitFor({ state: 'visible', timeout: TIMEOUT });
      return;
    }
    await this.page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: TIMEOUT });
  }

  /**
   * Chooses `label` in the open quick pick (a command's question), by typing it
   * as a user filters the list; `asks`: the placeholder of the question that
   * follows (else the quick pick must close).
   */
  async pick(label, { asks } = {}) {
    const input = this.page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible', timeout: TIMEOUT });
    await input.fill(label);
    const row = this.page.locator('.quick-input-list .monaco-list-row', { has: this.page.locator('.label-name', { hasText: new RegExp(`^${escapeRegExp(label)}$`) }) }).first();
    await row.waitFor({ timeout: TIMEOUT });
    await row.click();
    await this.parkMouse();
    if (asks) await this.page.locator(`.quick-input-widget input[placeholder="${asks}"]`).waitFor({ state: 'visible', timeout: TIMEOUT });
    else await this.page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: TIMEOUT });
  }

  /**
   * The page inside the newest webview (a webview is an iframe holding the
   * extension's page in its `#active-frame`), for reading and clicking it.
   */
  webview() {
    return this.page.frameLocator('iframe.webview.ready').last().frameLocator('#active-frame');
  }

  /** Waits until the status bar shows the cursor (or the selection's active end) at `line`, `column` (1-based). */
  async waitForCursor(line, column) {
    await this.page
      .locator('.statusbar-item', { hasText: new RegExp(`^Ln ${line}, Col ${column}\\b`) })
      .first()
      .waitFor({ timeout: TIMEOUT });
  }

  /** Opens a workspace file with Quick Open (Ctrl+P) and waits for its editor. */
  async openFile(name) {
    await this.page.keyboard.press('Control+P');
    const input = this.page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible', timeout: TIMEOUT });
    await input.fill(name);
    const row = this.page.locator('.quick-input-list .monaco-list-row', { hasText: name }).first();
    await row.waitFor({ timeout: TIMEOUT });
    await row.click();
    await this.parkMouse();
    await this.page.locator(`.tab.active[aria-label^="${name}"]`).waitFor({ timeout: TIMEOUT });
    await this.page.locator('.part.editor .monaco-editor .view-lines').first().waitFor({ timeout: TIMEOUT });
  }

  /** Moves the cursor with Go to Line (Ctrl+G), 1-based, and waits for the status bar to show it. */
  async goTo(line, column = 1) {
    await this.page.keyboard.press('Control+G');
    const input = this.page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible', timeout: TIMEOUT });
    await input.fill(`:${line}:${column}`);
    await this.page.keyboard.press('Enter');
    await this.page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: TIMEOUT });
    await this.page
      .locator('.statusbar-item', { hasText: new RegExp(`^Ln ${line}, Col ${column}\\b`) })
      .first()
      .waitFor({ timeout: TIMEOUT });
  }

  /** What the active editor shows on a (visible) line: its text and the decorations on it. */
  async line(line) {
    return this.page.evaluate((lineNumber) => {
      const editor = document.querySelector('.part.editor .editor-group-container.active .monaco-editor');
      if (!editor) return undefined;
      const margin = [...editor.querySelectorAll('.margin-view-overlays > div')].find(
        (div) => div.querySelector('.line-numbers')?.textContent?.trim() === String(lineNumber),
      );
      if (!margin) return undefined;
      const top = margin.style.top;
      const view = [...editor.querySelectorAll('.view-lines > .view-line')].find((div) => div.style.top === top);
      const overlay = [...editor.querySelectorAll('.view-overlays > div')].find((div) => div.style.top === top);
      return {
        text: (view?.textContent ?? '').replace(/\u00a0/g, ' '),
        decorations: overlay ? [...overlay.querySelectorAll('*')].flatMap((element) => [...element.classList]) : [],
      };
    }, line);
  }

  /** Waits until `predicate(line)` holds for what the editor shows on `line`; returns that. */
  async waitForLine(line, predicate, what, timeout = TIMEOUT) {
    const deadline = Date.now() + timeout;
    let last;
    for (;;) {
      last = await this.line(line);
      if (last && predicate(last)) return last;
      if (Date.now() > deadline) throw new Error(`line ${line}: timed out waiting for ${what}; it shows ${JSON.stringify(last)}`);
      await this.page.waitForTimeout(100);
    }
  }

  /** Opens the Problems panel (Ctrl+Shift+M). */
  async showProblems() {
    await this.page.keyboard.press('Control+Shift+M');
    await this.page.locator('.markers-panel').waitFor({ state: 'visible', timeout: TIMEOUT });
  }

  /** The Problems panel's diagnostic rows: { severity, message, source, code, line, column }. */
  async problems() {
    return this.page.evaluate(() =>
      [...document.querySelectorAll('.markers-panel .monaco-list-row')]
        .filter((row) => row.querySelector('.marker-message'))
        .map((row) => {
          const text = (selector) => row.querySelector(selector)?.textContent ?? undefined;
          const icon = row.querySelector('.marker-icon');
          const position = /\[Ln (\d+), Col (\d+)\]/.exec(text('.marker-line') ?? '');
          return {
            severity: ['error', 'warning', 'info'].find((name) => icon?.classList.contains(name)),
            message: text('.marker-message'),
            source: text('.marker-source'),
            code: text('.marker-code'),
            line: position ? Number(position[1]) : undefined,
            column: position ? Number(position[2]) : undefined,
          };
        }),
    );
  }

  /** Waits until the Problems panel's rows satisfy `predicate`; returns them. */
  async waitForProblems(predicate, what, timeout = TIMEOUT) {
    const deadline = Date.now() + timeout;
    let rows;
    for (;;) {
      rows = await this.problems();
      if (predicate(rows)) return rows;
      if (Date.now() > deadline) throw new Error(`Problems panel: timed out waiting for ${what}; it lists ${JSON.stringify(rows, null, 1)}`);
      await this.page.waitForTimeout(200);
    }
  }

  /** Moves the mouse over `text` on a visible line of the editor and returns the hover's text once it holds `expected`. */
  async hover(line, text, expected, timeout = TIMEOUT) {
    const box = await this.page.evaluate(
      ({ lineNumber, needle }) => {
        const editor = document.querySelector('.part.editor .editor-group-container.active .monaco-editor');
        const margin = [...(editor?.querySelectorAll('.margin-view-overlays > div') ?? [])].find(
          (div) => div.querySelector('.line-numbers')?.textContent?.trim() === String(lineNumber),
        );
        const view = [...(editor?.querySelectorAll('.view-lines > .view-line') ?? [])].find((div) => div.style.top === margin?.style.top);
        if (!view) return undefined;
        const walker = document.createTreeWalker(view, NodeFilter.SHOW_TEXT);
        const nodes = [];
        let content = '';
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          nodes.push({ node, start: content.length });
          content += node.textContent.replace(/\u00a0/g, ' ');
        }
        const at = content.indexOf(needle);
        if (at < 0) return undefined;
        const locate = (offset) => {
          const entry = [...nodes].reverse().find((candidate) => candidate.start <= offset);
          return [entry.node, offset - entry.start];
        };
        const range = document.createRange();
        range.setStart(...locate(at));
        range.setEnd(...locate(at + needle.length));
        const rect = range.getBoundingClientRect();
        return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
      },
      { lineNumber: line, needle: text },
    );
    if (!box) throw new Error(`line ${line} does not show ${JSON.stringify(text)}`);
    await this.page.mouse.move(box.x - 40, box.y + 40);
    await this.page.mouse.move(box.x, box.y, { steps: 5 });
    const hover = this.page.locator('.monaco-editor .monaco-hover:not(.hidden)').first();
    const deadline = Date.now() + timeout;
    let shown = '';
    for (;;) {
      shown = (await hover.isVisible()) ? await hover.innerText() : '';
      if (expected.every((part) => shown.includes(part))) return shown;
      if (Date.now() > deadline) throw new Error(`hover over ${JSON.stringify(text)} on line ${line}: timed out waiting for ${JSON.stringify(expected)}; it shows ${JSON.stringify(shown)}`);
      await this.page.waitForTimeout(100);
    }
  }

  /** Moves the mouse to the empty part of the Explorer, where it shows no tooltip or hover. */
  async parkMouse() {
    await this.page.mouse.move(150, 500);
  }

  /** Closes a hover, a suggest list or a menu. */
  async escape() {
    await this.page.keyboard.press('Escape');
  }

  /** Asks for completions (Ctrl+Space) unless the list is already open; returns the labels once they hold `expected`. */
  async suggest(expected, timeout = TIMEOUT) {
    const widget = this.page.locator('.monaco-editor .suggest-widget.visible');
    if (!(await widget.isVisible())) await this.page.keyboard.press('Control+Space');
    await widget.waitFor({ timeout });
    const deadline = Date.now() + timeout;
    let labels = [];
    for (;;) {
      labels = await widget.locator('.monaco-list-row .label-name').allInnerTexts();
      if (expected.every((label) => labels.includes(label))) return labels;
      if (Date.now() > deadline) throw new Error(`completion list: timed out waiting for ${JSON.stringify(expected)}; it lists ${JSON.stringify(labels)}`);
      await this.page.waitForTimeout(100);
    }
  }

  /** Opens the Quick Fix menu (Ctrl+.) and returns its titles once one of them is `title`. */
  async quickFixMenu(title, timeout = TIMEOUT) {
    await this.page.keyboard.press('Control+.');
    const menu = this.page.locator('.action-widget');
    await menu.waitFor({ state: 'visible', timeout });
    const deadline = Date.now() + timeout;
    let titles = [];
    for (;;) {
      titles = (await menu.locator('.monaco-list-row.action').allInnerTexts()).map((text) => text.trim());
      if (titles.includes(title)) return titles;
      if (Date.now() > deadline) throw new Error(`Quick Fix menu: timed out waiting for ${JSON.stringify(title)}; it lists ${JSON.stringify(titles)}`);
      await this.page.waitForTimeout(100);
    }
  }

  /** Chooses an entry of the open Quick Fix menu with the keyboard, as the menu's own hint says (Enter to Apply). */
  async chooseQuickFix(title) {
    const focused = this.page.locator('.action-widget .monaco-list-row.action.focused');
    for (let step = 0; step < 20; step++) {
      if ((await focused.getAttribute('aria-label', { timeout: TIMEOUT })) === title) {
        await this.page.keyboard.press('Enter');
        await this.page.locator('.action-widget').waitFor({ state: 'hidden', timeout: TIMEOUT });
        return;
      }
      await this.page.keyboard.press('ArrowDown');
    }
    throw new Error(`Quick Fix menu: could not reach ${JSON.stringify(title)} with the arrow keys`);
  }

  /** Sets an enumeration setting in the Settings editor (search, then its drop-down), and closes the editor. */
  async setEnumSetting(id, value) {
    await this.runCommand('Preferences: Open Settings (UI)');
    await this.page.locator('.settings-editor').waitFor({ timeout: TIMEOUT });
    await this.page.keyboard.type(id);
    const select = this.page.locator(`.settings-editor select[aria-label="${id}"]`);
    await select.waitFor({ timeout: TIMEOUT });
    await select.selectOption(value);
    if ((await select.inputValue()) !== value) throw new Error(`the ${id} drop-down shows ${await select.inputValue()}, not ${value}`);
    await this.runCommand('View: Close Editor');
    await this.page.locator('.settings-editor').waitFor({ state: 'hidden', timeout: TIMEOUT });
  }

  /** A screenshot once the finite animations (a hover or a list fading in) have ended. */
  async screenshot(path) {
    await this.page.evaluate(() =>
      Promise.race([
        Promise.all(
          document
            .getAnimations()
            .filter((animation) => animation.playState === 'running' && Number.isFinite(animation.effect?.getComputedTiming().iterations))
            .map((animation) => animation.finished.catch(() => undefined)),
        ),
        new Promise((resolve) => setTimeout(resolve, 2000)),
      ]),
    );
    await this.page.screenshot({ path });
  }
}

function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
