/**
 * Where two texts first differ, for a failure message: the line number and both lines, as they
 * are (`(none)` past the end of the shorter text).
 */
export function firstDifference(expected: string, actual: string): string {
  const expectedLines = expected.split('\n');
  const actualLines = actual.split('\n');
  const count = Math.max(expectedLines.length, actualLines.length);
  for (let index = 0; index < count; index++) {
    if (expectedLines[index] === actualLines[index]) continue;
    const show = (line: string | undefined) => line ?? '(none)';
    return `line ${index + 1} differs\n  committed: ${show(expectedLines[index])}\n  generated: ${show(actualLines[index])}`;
  }
  return 'the texts are equal';
}
