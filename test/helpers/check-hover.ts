import { checkText } from '../../server/src/core/check/check';
import { hoverAt } from '../../server/src/core/ide/hover';
import { onlyCursor, readFixture, rangeText } from './fixture';
import { compareGolden, goldenPath } from './golden';

/**
 * Hover fixtures. `<name>.partnership.yaml` is an application with one `$0`
 * cursor (and optionally `# fixture: locale=sv`); `<name>.hover.<locale>.md` beside it
 * is the golden hover: a first line `<!-- range L:C-L:C -->` (0-based, the
 * hovered node's span) and then the exact markdown, or `<!-- no hover -->`.
 * `UPDATE_EXPECT=1` rewrites the golden.
 */
export function checkHover(fixturePath: string): void {
  const fixture = readFixture(fixturePath);
  const offset = onlyCursor(fixture, fixturePath);
  const result = checkText(fixture.text, { locale: fixture.locale, rules: {} });
  const hover = hoverAt(result, offset, fixture.locale);
  const actual = hover
    ? `<!-- range ${rangeText(hover.span, fixture.lines)} -->\n\n${hover.markdown}\n`
    : '<!-- no hover -->\n';
  compareGolden(goldenPath(fixturePath, 'hover', fixture.locale, 'md'), actual);
}
