import { randomBytes } from 'node:crypto';
import { overviewOf, type Overview } from '../core';
import { renderOverviewHtml } from '../core';
import type { ServerContext } from './context';
import { guarded } from './handler-guard';

/** `partnership/overview`: the overview of an open application, as data and as the webview's page. */
export const OVERVIEW_REQUEST = 'partnership/overview';

export interface OverviewParams {
  readonly textDocument: { readonly uri: string };
  /** `false`: the model only, no HTML (an editor that draws its own view). Default `true`. */
  readonly html?: boolean;
  /** `false`: the HTML only, no model (a webview that only shows the page: half the answer's size). Default `true`. */
  readonly overview?: boolean;
  /** The webview's `cspSource`, allowed as a style source in the page's Content-Security-Policy. */
  readonly cspSource?: string;
}

export interface OverviewResult {
  readonly uri: string;
  /** The document version the overview was made from. */
  readonly version: number;
  /** Unless `overview: false` was asked. */
  readonly overview?: Overview;
  /**
   * A complete HTML document for a webview: its script (allowed by a fresh
   * nonce) posts `{ type: 'reveal', line }` (0-based) when an activity,
   * partner or diagnostic is clicked.
   */
  readonly html?: string;
}

export function registerOverview(context: ServerContext): void {
  context.connection.onRequest(
    OVERVIEW_REQUEST,
    guarded(context, OVERVIEW_REQUEST, null, (params: OverviewParams | undefined): OverviewResult | null => {
      const uri = params?.textDocument?.uri;
      const document = typeof uri === 'string' ? context.documents.get(uri) : undefined;
      if (!document) return null;
      const locale = context.configuration.config.locale;
      const overview = overviewOf(context.analyse(document), { locale });
      if (params?.html === false) return { uri: document.uri, version: document.version, overview };
      const html = renderOverviewHtml([{ path: fileName(document.uri), overview }], {
        locale,
        mode: 'webview',
        nonce: randomBytes(16).toString('hex'),
        ...(typeof params?.cspSource === 'string' ? { cspSource: params.cspSource } : {}),
      });
      if (params?.overview === false) return { uri: document.uri, version: document.version, html };
      return { uri: document.uri, version: document.version, overview, html };
    }),
  );
}

/** The last segment of the document's URI, as the user sees it in the editor's tab. */
function fileName(uri: string): string {
  const last = uri.split(/[/\\]/).pop() ?? uri;
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}
