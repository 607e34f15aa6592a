/** Literal text inside a snippet placeholder: `$`, `}` and `\` are escaped. */
function escapeSnippet(text: string): string {
  return text.replace(/[\\$}]/g, (char) => `\\${char}`);
}

/** The text a snippet inserts once its tab stops are left at their defaults. */
export function snippetToText(snippet: string): string {
  let out = '';
  for (let i = 0; i < snippet.length; i++) {
    const char = snippet[i];
    if (char === '\\' && i + 1 < snippet.length) {
      out += snippet[++i];
    } else if (char === '$' && snippet[i + 1] === '{') {
      const colon = snippet.indexOf(':', i);
      i = colon; // the default text follows; its closing brace is skipped below
    } else if (char === '$' && /\d/.test(snippet[i + 1] ?? '')) {
      while (/\d/.test(snippet[i + 1] ?? '')) i++;
    } else if (char === '}') {
      // the end of a placeholder (literal braces are escaped)
    } else {
      out += char;
    }
  }
  return out;
}

/** Builds snippet text with numbered tab stops. */
export class SnippetWriter {
  private stops = 0;

  stop(text: string): string {
    this.stops++;
    return `\${${this.stops}:${escapeSnippet(text)}}`;
  }
}
