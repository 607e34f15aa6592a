import type { PathSegment } from '../../syntax/cursor-context';

type Pattern = readonly (string | '#')[];

/** Whether `path` has the shape of `pattern` (`#` stands for any list index). */
export function matches(path: readonly PathSegment[], pattern: Pattern): boolean {
  return (
    path.length === pattern.length &&
    pattern.every((segment, i) => (segment === '#' ? typeof path[i] === 'number' : path[i] === segment))
  );
}

export function rank(order: number, index: number): string {
  return `${order}${String(index).padStart(3, '0')}`;
}

export function spaces(count: number): string {
  return ' '.repeat(Math.max(0, count));
}
