import { checkText } from '../../server/src/core/check';
import { hoverAt } from '../../server/src/core/hover';
import { LineIndex } from '../../server/src/core/lines';
import { compareGolden, rangeText } from './check-completion';
import { readEditorFixture } from './editor-fixture';

/**
 * Hover fixtures. `<name>.partnership.yaml` is an application with one `$0`
 * cursor (and optionally `# fixture: locale=sv`); `<name>.hover.md` beside it
 * is the golden hover: a first line `<!-- range L:C-L:C -->` (0-based, the
 * hovered node's span) and then the exact markdown, or `<!-- no hover -->`.
 * `UPDATE_GOLDEN=1` rewrites the golden.
 */
export function checkHover(fixturePath: string): void {
  const fixture = readEditorFixture(fixturePath);
  const result = checkText(fixture.text, { locale: fixture.locale, rules: {} });
  const hover = hoverAt(result, fixture.offset, fixture.locale);
  const actual = hover
    ? `<!-- range ${rangeText(hover.span, new LineIndex(fixture.text))} -->\n\n${hover.markdown}\n`
    : '<!-- no hover -->\n';
  compareGolden(fixturePath.replace(/\.partnership\.ya?ml$/, '.hover.md'), actual);
}
