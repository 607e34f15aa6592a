/**
 * The report's one style sheet. Colours are custom properties: in a browser
 * they follow `prefers-color-scheme`; in a VS Code webview they are VS Code's
 * own theme variables, so the overview looks like the editor around it. The
 * activity-type colours are six of the Okabe–Ito palette (distinguishable with
 * the common colour-vision deficiencies; its yellow, unreadable on white, is
 * replaced by a brown), readable on light and dark backgrounds.
 */
const COMMON = `
:root { --type-blended-mobility: #0072b2; --type-short-term-pupil-exchange: #e69f00; --type-intensive-study-programme: #8c6d31;
  --type-long-term-pupil-mobility: #cc79a7; --type-long-term-teaching-assignment: #56b4e9; --type-long-term-youth-worker-mobility: #d55e00;
  --type-short-term-staff-training: #009e73; --type-unknown: #888; }
* { box-sizing: border-box; }
body { margin: 0; padding: 1rem 1.5rem 3rem; background: var(--bg); color: var(--fg); font-family: var(--font); font-size: 14px; line-height: 1.45; }
h1 { font-size: 1.5rem; margin: 0 0 .25rem; }
h2 { font-size: 1.25rem; margin: 2rem 0 .25rem; border-bottom: 1px solid var(--border); padding-bottom: .25rem; overflow-wrap: anywhere; }
h3 { font-size: 1.05rem; margin: 1.5rem 0 .5rem; }
p { margin: .25rem 0; }
.muted { color: var(--muted); }
table { border-collapse: collapse; margin: .25rem 0 1rem; }
th, td { border: 1px solid var(--border); padding: .2rem .5rem; text-align: left; vertical-align: top; }
th { background: var(--header-bg); font-weight: 600; }
td.number, th.number { text-align: right; font-variant-numeric: tabular-nums; }
tfoot td, tfoot th, td.total, th.total { font-weight: 600; }
.swatch { display: inline-block; width: .8em; height: .8em; border-radius: 2px; margin-right: .4em; vertical-align: -.05em; }
.scroll { overflow-x: auto; max-width: 100%; }
svg.timeline { display: block; font-family: var(--font); font-size: 11px; }
svg.timeline .month { fill: var(--outside-bg); stroke: var(--grid); stroke-width: .5; pointer-events: none; }
svg.timeline .month.in-period { fill: var(--bg); }
svg.timeline .month-label { fill: var(--muted); text-anchor: middle; pointer-events: none; }
svg.timeline .year-label { fill: var(--fg); font-weight: 600; }
svg.timeline .activity-label { fill: var(--fg); }
svg.timeline .unscheduled-label { fill: var(--muted); font-style: italic; }
svg.timeline .activity { cursor: default; }
svg.timeline .bar { stroke: none; }
svg.timeline .has-problem .bar { stroke: var(--error); stroke-width: 2; stroke-dasharray: 4 2; }
svg.timeline .has-problem.sev-warning .bar { stroke: var(--warning); }
svg.timeline .bar.outside-period { stroke: var(--error); stroke-width: 2; }
svg.timeline .problem-mark circle { fill: var(--error); }
svg.timeline .sev-warning .problem-mark circle, svg.timeline .sev-information .problem-mark circle, svg.timeline .sev-hint .problem-mark circle { fill: var(--warning); }
svg.timeline .problem-mark text { fill: #fff; font-weight: 700; text-anchor: middle; }
svg.timeline .activity:focus { outline: none; }
svg.timeline .activity:focus .activity-label { text-decoration: underline; }
.legend { list-style: none; padding: 0; margin: .5rem 0; display: flex; flex-wrap: wrap; gap: .25rem 1rem; }
.diagnostics { list-style: none; padding: 0; }
.diagnostic { padding: .3rem .5rem; border-left: 4px solid var(--error); margin: .25rem 0; background: var(--header-bg); }
.diagnostic.sev-warning { border-color: var(--warning); }
.diagnostic.sev-information, .diagnostic.sev-hint { border-color: var(--info); }
.diagnostic .where { font-variant-numeric: tabular-nums; font-weight: 600; margin-right: .5em; }
.diagnostic code { color: var(--muted); }
.matrix td.zero { color: var(--muted); }
.notices { padding: 0; list-style: none; }
.notice { padding: .3rem .5rem; border-left: 4px solid var(--error); margin: .25rem 0; }
${typeRules()}
`;

function typeRules(): string {
  const types = [
    'blended-mobility', 'short-term-pupil-exchange', 'intensive-study-programme', 'long-term-pupil-mobility',
    'long-term-teaching-assignment', 'long-term-youth-worker-mobility', 'short-term-staff-training', 'unknown',
  ];
  return types.map((type) => `.type-${type} .bar, .swatch.type-${type} { fill: var(--type-${type}); background: var(--type-${type}); }`).join('\n');
}

const REPORT = `
:root { color-scheme: light dark; --bg: #fff; --fg: #1f1f1f; --muted: #5f6368; --border: #d0d0d0; --header-bg: #f4f4f4; --outside-bg: #e8e8e8;
  --grid: #c8c8c8; --error: #c5221f; --warning: #a15c00; --info: #1a73e8;
  --font: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif; }
@media (prefers-color-scheme: dark) {
  :root { --bg: #1e1e1e; --fg: #e3e3e3; --muted: #a8a8a8; --border: #444; --header-bg: #262626; --outside-bg: #2f2f2f; --grid: #3c3c3c;
    --error: #f28b82; --warning: #fdd663; --info: #8ab4f8; }
}
@media print {
  :root { --bg: #fff; --fg: #000; --muted: #444; --border: #999; --header-bg: #eee; --outside-bg: #e4e4e4; --grid: #bbb; }
  body { padding: 0; font-size: 11pt; }
  .scroll { overflow: visible; }
  section.file { break-before: page; }
  section.file:first-of-type { break-before: auto; }
  table, svg, .diagnostic { break-inside: avoid; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;

const WEBVIEW = `
:root { --bg: var(--vscode-editor-background); --fg: var(--vscode-editor-foreground); --muted: var(--vscode-descriptionForeground);
  --border: var(--vscode-panel-border, var(--vscode-editorWidget-border, #8884)); --header-bg: var(--vscode-editorWidget-background);
  --outside-bg: var(--vscode-editorWidget-background); --grid: var(--vscode-editorIndentGuide-background1, #8883);
  --error: var(--vscode-editorError-foreground); --warning: var(--vscode-editorWarning-foreground); --info: var(--vscode-editorInfo-foreground);
  --font: var(--vscode-font-family); }
body { font-size: var(--vscode-font-size); }
[data-line] { cursor: pointer; }
svg.timeline .activity { cursor: pointer; }
[data-line]:focus-visible { outline: 1px solid var(--vscode-focusBorder); }
.diagnostic:hover, svg.timeline .activity:hover .activity-label { color: var(--vscode-textLink-activeForeground); fill: var(--vscode-textLink-activeForeground); }
`;

export function styleSheet(mode: 'report' | 'webview'): string {
  return COMMON + (mode === 'report' ? REPORT : WEBVIEW);
}

/**
 * The webview's one script: a click (or Enter) on anything with `data-line`
 * asks the extension to reveal that line. It posts
 * `{ type: 'reveal', file, line }` (`file` from the enclosing `data-file`).
 */
export const WEBVIEW_SCRIPT = `
(function () {
  const vscode = acquireVsCodeApi();
  function reveal(event) {
    const target = event.target instanceof Element ? event.target.closest('[data-line]') : null;
    if (!target) return;
    const file = target.closest('[data-file]');
    vscode.postMessage({ type: 'reveal', file: file ? file.getAttribute('data-file') : undefined, line: Number(target.getAttribute('data-line')) });
  }
  document.addEventListener('click', reveal);
  document.addEventListener('keydown', function (event) { if (event.key === 'Enter' || event.key === ' ') reveal(event); });
})();
`;
