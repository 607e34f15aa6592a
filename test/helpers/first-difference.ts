/**
 * Where two texts first differ, for a failure message: the line number and both lines
 * (`(none)` past the end of the shorter text), quoted so that whitespace shows.
 */
export function firstDifference(expected: string, actual: string): string {
  const expectedLines = expected.split('\n');
  const actualLines = actual.split('\n');
  const count = Math.max(expectedLines.length, actualLines.length);
  for (let index = 0; index < count; index++) {
    if (expectedLines[index] === actualLines[index]) continue;
    const show = (line: string | undefined) => (line === undefined ? '(none)' : JSON.stringify(line));
    return `line ${index + 1} differs: committed ${show(expectedLines[index])}, generated ${show(actualLines[index])}`;
  }
  return 'the texts are equal';
}
