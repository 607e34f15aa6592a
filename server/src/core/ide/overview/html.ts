import { createHash } from 'node:crypto';
import { countryName } from '../../format/countries';
import { translator, type Translator } from '../../base/i18n';
import type { Locale, Severity } from '../../base/types';
import { ACTIVITY_TYPES, FIELDS, ORGANISATION_TYPES, ROLES, type ActivityType } from '../../format/vocabulary';
import { escapeHtml as e } from './escape';
import type { CountryPartners, Overview, OverviewActivity } from './model';
import { styleSheet, WEBVIEW_SCRIPT } from './style';
import { timelineSvg } from './timeline';

export interface OverviewFile {
  /** The file as the user knows it (a path on the command line, a workspace-relative path in the editor). */
  readonly path: string;
  readonly overview: Overview;
}

export interface RenderOptions {
  readonly locale: Locale;
  /**
   * `report`: a standalone file for a browser (light and dark by
   * prefers-color-scheme, printable, no script). `webview`: for a VS Code
   * webview (its theme's variables; with a nonce, a script that posts
   * `{ type: 'reveal', file, line }` when a `data-line` element is clicked).
   */
  readonly mode: 'report' | 'webview';
  /** The webview's `cspSource`, allowed as a style source. */
  readonly cspSource?: string;
  /** A fresh random nonce per rendering, for the inline style and script (webview mode). */
  readonly nonce?: string;
  /** Problems outside any file's overview (a path that could not be read), shown at the top. */
  readonly notices?: readonly string[];
}

/**
 * One self-contained HTML document for the files' overviews: nothing is
 * fetched (no script, font or image from anywhere), and the Content-Security-
 * Policy allows only the inline style (by its hash, or the nonce) and, in a
 * webview with a nonce, the inline script. Every user value is escaped.
 */
export function renderOverviewHtml(files: readonly OverviewFile[], options: RenderOptions): string {
  const tr = translator(options.locale);
  const css = styleSheet(options.mode);
  // A malformed nonce is ignored (the style is then allowed by its hash, and there is no script).
  const nonce = options.nonce !== undefined && NONCE.test(options.nonce) ? options.nonce : undefined;
  const script = options.mode === 'webview' && nonce ? WEBVIEW_SCRIPT : undefined;
  const nonceAttribute = nonce ? ` nonce="${nonce}"` : '';
  return [
    '<!DOCTYPE html>',
    `<html lang="${options.locale}">`,
    '<head>',
    '<meta charset="utf-8">',
    // The policy holds single quotes and no user text; its parts are checked in contentSecurityPolicy.
    `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(css, script, nonce, options.cspSource)}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="color-scheme" content="light dark">',
    `<title>${e(tr.t('Partnership overview'))}</title>`,
    `<style${nonceAttribute}>${css}</style>`,
    '</head>',
    `<body class="mode-${options.mode}">`,
    `<header><h1>${e(tr.t('Partnership overview'))}</h1>${summary(files, tr)}${notices(options.notices ?? [])}</header>`,
    ...files.map((file) => fileSection(file, tr)),
    script ? `<script${nonceAttribute}>${script}</script>` : '',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/**
 * A nonce is base64 or base64url. A webview's cspSource is a list of sources (VS Code 1.100 gives
 * `'self' https://*.vscode-cdn.net`): each kept only if it is a keyword or a plain host source, so
 * nothing can end the directive or add one.
 */
const NONCE = /^[A-Za-z0-9+/=_-]{8,}$/;
const SOURCE = /^(?:'self'|[A-Za-z][A-Za-z0-9+.-]*:(?:\/\/[A-Za-z0-9*.:-]+)?[A-Za-z0-9/._-]*)$/;

function contentSecurityPolicy(css: string, script: string | undefined, nonce: string | undefined, source: string | undefined): string {
  const allow = (text: string) => (nonce ? `'nonce-${nonce}'` : `'sha256-${createHash('sha256').update(text).digest('base64')}'`);
  const cspSource = (source ?? '').split(/\s+/).filter((part) => SOURCE.test(part));
  const styleSources = [allow(css), ...cspSource];
  return [
    "default-src 'none'",
    `style-src ${styleSources.join(' ')}`,
    script ? `script-src ${allow(script)}` : "script-src 'none'",
    'img-src data:',
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

function summary(files: readonly OverviewFile[], tr: Translator): string {
  const count = (severity: Severity) => files.reduce((sum, f) => sum + f.overview.diagnostics.filter((d) => d.severity === severity).length, 0);
  const filesText = files.length === 1 ? tr.t('1 file') : tr.t('{0} files', files.length);
  const errors = count('error');
  const warnings = count('warning');
  return `<p class="muted">${e(filesText)} · ${e(errors === 1 ? tr.t('1 error') : tr.t('{0} errors', errors))} · ${e(warnings === 1 ? tr.t('1 warning') : tr.t('{0} warnings', warnings))}</p>`;
}

function notices(messages: readonly string[]): string {
  if (messages.length === 0) return '';
  return `<ul class="notices">${messages.map((m) => `<li class="notice">${e(m)}</li>`).join('')}</ul>`;
}

function fileSection(file: OverviewFile, tr: Translator): string {
  const o = file.overview;
  const heading = o.title ? `${o.title}` : file.path;
  const field = o.field ? FIELDS[o.field][tr.locale] : undefined;
  return [
    `<section class="file" data-file="${e(file.path)}">`,
    `<h2>${e(heading)}</h2>`,
    `<p class="muted">${e(file.path)}${field ? ` · ${e(field)}` : ''}</p>`,
    periodSection(o, tr),
    timelineSection(o, tr),
    partnersSection(o.countries, tr),
    matrixSection(o, tr),
    totalsSection(o, tr),
    diagnosticsSection(o, tr),
    '</section>',
  ].join('\n');
}

function periodSection(o: Overview, tr: Translator): string {
  const { start, end, months } = o.period;
  let text: string;
  if (start && end) text = months === undefined ? `${start} – ${end}` : tr.t('{0} – {1} ({2} months)', start, end, months);
  else if (start) text = tr.t('From {0}; the length is missing or cannot be read.', start);
  else text = tr.t('No start date: the activities are shown on their own dates.');
  return `<section class="period"><h3>${e(tr.t('Project period'))}</h3><p>${e(text)}</p></section>`;
}

function timelineSection(o: Overview, tr: Translator): string {
  if (o.activities.length === 0) return `<section class="timeline-section"><h3>${e(tr.t('Timeline'))}</h3><p class="muted">${e(tr.t('No activities.'))}</p></section>`;
  const types = [...new Set(o.activities.map((a) => a.type).filter((t) => t !== undefined))];
  const legend = types.map((type) => `<li><span class="swatch type-${type}"></span>${e(typeLabel(type, tr))}</li>`).join('');
  return [
    `<section class="timeline-section"><h3>${e(tr.t('Timeline'))}</h3>`,
    `<div class="scroll">${timelineSvg(o, tr)}</div>`,
    `<ul class="legend">${legend}</ul>`,
    `<p class="muted">${e(tr.t('Shaded months are outside the project period; a dashed outline and "!" mark an activity with a diagnostic.'))}</p>`,
    '</section>',
  ].join('\n');
}

function typeLabel(type: ActivityType, tr: Translator): string {
  return ACTIVITY_TYPES[type][tr.locale];
}

function partnersSection(countries: readonly CountryPartners[], tr: Translator): string {
  const rows = countries.flatMap((group) =>
    group.partners.map((p, i) => {
      const countryCell =
        i === 0 ? `<th rowspan="${group.partners.length}">${e(group.country ? `${countryName(group.country, tr.locale)} (${group.country})` : tr.t('Unknown country'))}</th>` : '';
      return `<tr data-line="${p.line}">${countryCell}<td>${e(p.id ?? '')}</td><td>${e(p.name ?? '')}</td><td>${e(p.type ? ORGANISATION_TYPES[p.type][tr.locale] : '')}</td><td>${p.coordinator ? e(tr.t('Coordinator')) : ''}</td><td class="number">${p.sends}</td><td class="number">${p.hosts}</td></tr>`;
    }),
  );
  const head = [tr.t('Country'), tr.t('Id'), tr.t('Name'), tr.t('Organisation type'), tr.t('Role in the project')]
    .map((h) => `<th>${e(h)}</th>`)
    .join('');
  return [
    `<section class="partners"><h3>${e(tr.t('Partners by country'))}</h3>`,
    rows.length === 0
      ? `<p class="muted">${e(tr.t('No partners.'))}</p>`
      : `<table><thead><tr>${head}<th class="number">${e(tr.t('Sends'))}</th><th class="number">${e(tr.t('Hosts'))}</th></tr></thead><tbody>${rows.join('')}</tbody></table>`,
    '</section>',
  ].join('\n');
}

/** Senders down, hosts across: every partner that sends or hosts anyone, in the order of the partner list. */
function matrixSection(o: Overview, tr: Translator): string {
  const known = o.countries.flatMap((c) => c.partners.map((p) => p.id)).filter((id) => id !== undefined);
  const ranks = new Map<string, number>();
  known.forEach((id, i) => ranks.has(id) || ranks.set(id, i));
  const rank = (id: string) => ranks.get(id) ?? known.length;
  const order = (ids: Iterable<string>) => [...new Set(ids)].sort((a, b) => rank(a) - rank(b));
  const senders = order(o.flows.map((f) => f.from));
  const hosts = order(o.flows.map((f) => f.to));
  const title = `<h3>${e(tr.t('Who sends how many participants to whom'))}</h3>`;
  if (senders.length === 0) return `<section class="flows">${title}<p class="muted">${e(tr.t('No participants yet.'))}</p></section>`;
  const counts = new Map(o.flows.map((f) => [JSON.stringify([f.from, f.to]), f.participants]));
  const cell = (from: string, to: string) => counts.get(JSON.stringify([from, to])) ?? 0;
  const rowTotal = (from: string) => hosts.reduce((sum, to) => sum + cell(from, to), 0);
  const colTotal = (to: string) => senders.reduce((sum, from) => sum + cell(from, to), 0);
  const all = senders.reduce((sum, from) => sum + rowTotal(from), 0);
  const head = `<tr><th>${e(tr.t('Sender → host'))}</th>${hosts.map((h) => `<th class="number" data-host="${e(h)}">${e(h)}</th>`).join('')}<th class="number total">${e(tr.t('Total'))}</th></tr>`;
  const body = senders
    .map((from) => {
      const cells = hosts.map((to) => {
        const n = cell(from, to);
        return `<td class="number${n === 0 ? ' zero' : ''}" data-from="${e(from)}" data-to="${e(to)}">${n}</td>`;
      });
      return `<tr><th data-sender="${e(from)}">${e(from)}</th>${cells.join('')}<td class="number total" data-row-total="${e(from)}">${rowTotal(from)}</td></tr>`;
    })
    .join('');
  const foot = `<tr><th>${e(tr.t('Total'))}</th>${hosts.map((to) => `<td class="number" data-column-total="${e(to)}">${colTotal(to)}</td>`).join('')}<td class="number" data-grand-total>${all}</td></tr>`;
  const unassigned = o.totals.unassigned > 0 ? `<p class="muted">${e(tr.t('{0} participants have no readable sender or host and are not in the table.', o.totals.unassigned))}</p>` : '';
  return `<section class="flows">${title}<div class="scroll"><table class="matrix"><thead>${head}</thead><tbody>${body}</tbody><tfoot>${foot}</tfoot></table></div>${unassigned}</section>`;
}

function totalsSection(o: Overview, tr: Translator): string {
  const t = o.totals;
  const roles = t.byRole.map((r) => `<tr data-role="${r.role}"><td>${e(ROLES[r.role][tr.locale])}</td><td class="number">${r.participants}</td></tr>`).join('');
  const types = t.byType
    .map((x) => `<tr data-type="${x.type}"><td><span class="swatch type-${x.type}"></span>${e(typeLabel(x.type, tr))}</td><td class="number">${x.activities}</td><td class="number">${x.participants}</td></tr>`)
    .join('');
  const countries = t.byCountry
    .map((c) => `<tr data-country="${c.country}"><td>${e(`${countryName(c.country, tr.locale)} (${c.country})`)}</td><td class="number">${c.partners}</td><td class="number">${c.sent}</td><td class="number">${c.hosted}</td></tr>`)
    .join('');
  const total = `<tfoot><tr><th>${e(tr.t('Total'))}</th><td class="number" data-total-participants>${t.participants}</td></tr></tfoot>`;
  return [
    `<section class="totals"><h3>${e(tr.t('Participants by role'))}</h3>`,
    `<table class="by-role"><thead><tr><th>${e(tr.t('Role'))}</th><th class="number">${e(tr.t('Participants'))}</th></tr></thead><tbody>${roles}</tbody>${total}</table>`,
    `<h3>${e(tr.t('Participants by activity type'))}</h3>`,
    `<table class="by-type"><thead><tr><th>${e(tr.t('Activity type'))}</th><th class="number">${e(tr.t('Activities'))}</th><th class="number">${e(tr.t('Participants'))}</th></tr></thead><tbody>${types}</tbody></table>`,
    `<h3>${e(tr.t('By country'))}</h3>`,
    `<table class="by-country"><thead><tr><th>${e(tr.t('Country'))}</th><th class="number">${e(tr.t('Partners'))}</th><th class="number">${e(tr.t('Sent'))}</th><th class="number">${e(tr.t('Hosted'))}</th></tr></thead><tbody>${countries}</tbody></table>`,
    '</section>',
  ].join('\n');
}

const SEVERITY_LABELS = (tr: Translator): Readonly<Record<Severity, string>> => ({
  error: tr.t('Error'),
  warning: tr.t('Warning'),
  information: tr.t('Information'),
  hint: tr.t('Hint'),
});

function diagnosticsSection(o: Overview, tr: Translator): string {
  const title = `<h3>${e(tr.t('Diagnostics'))}</h3>`;
  if (o.diagnostics.length === 0) return `<section class="diagnostics-section">${title}<p class="muted">${e(tr.t('No problems found.'))}</p></section>`;
  const labels = SEVERITY_LABELS(tr);
  const items = o.diagnostics.map((d) => {
    const activity: OverviewActivity | undefined = d.activity === undefined ? undefined : o.activities[d.activity];
    const about = activity ? tr.t('in activity {0}', activity.id ?? activity.index + 1) : d.partner ? tr.t('in partner {0}', d.partner) : '';
    return `<li class="diagnostic sev-${d.severity}" data-rule="${d.rule}" data-line="${d.line}" data-severity="${d.severity}" tabindex="0"><span class="where">${e(tr.t('Line {0}', d.line + 1))}</span><span class="severity">${e(labels[d.severity])}:</span> ${e(d.message)} <code>[${d.rule}]</code>${about ? ` <span class="muted">${e(about)}</span>` : ''}</li>`;
  });
  return `<section class="diagnostics-section">${title}<ol class="diagnostics">${items.join('\n')}</ol></section>`;
}
