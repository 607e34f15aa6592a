/**
 * Offsets to line/character positions as LSP counts them: lines end at
 * `\n`, `\r\n` or `\r`; characters are UTF-16 code units (JavaScript's own
 * string indices), so astral characters count two.
 */
export interface Position {
  readonly line: number;
  readonly character: number;
}

export class LineIndex {
  /** The offset each line starts at (4 bytes a line: a text has far fewer than 2^32 characters). */
  private readonly starts: Uint32Array;

  constructor(private readonly text: string) {
    const starts = [0];
    if (!text.includes('\r')) {
      // The common case, searched natively: every line ends at `\n`.
      for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    } else {
      for (let i = 0; i < text.length; i++) {
        const code = text.charCodeAt(i);
        if (code === 10) starts.push(i + 1);
        else if (code === 13) {
          if (text.charCodeAt(i + 1) === 10) i++;
          starts.push(i + 1);
        }
      }
    }
    this.starts = Uint32Array.from(starts);
  }

  /**
   * The index of `text`, which is `previous`'s text with an edit between its
   * first `prefix` and its last `suffix` characters: the line starts outside
   * the edit are taken over (moved after it), only the edit is searched.
   */
  static edited(previous: LineIndex, text: string, prefix: number, suffix: number): LineIndex {
    const old = previous.starts;
    const delta = text.length - previous.text.length;
    // A line start at `offset` depends on the character before it (and `\r\n` on the one after):
    // search again from one character before the edit to one after it.
    const from = Math.max(0, prefix - 1);
    let oldTo = Math.min(previous.text.length, previous.text.length - suffix + 2);
    // Never between the `\r` and `\n` of one line break.
    if (oldTo < previous.text.length && previous.text.charCodeAt(oldTo - 1) === 13) oldTo++;
    const to = oldTo + delta;
    const searched = new LineIndex(text.slice(from, to)).starts;
    // Old starts up to the edit, the starts found in it, then the old ones after it, moved.
    let before = 0;
    while (before < old.length && old[before] <= from) before++;
    let after = before;
    while (after < old.length && old[after] <= oldTo) after++;
    const starts = new Uint32Array(before + searched.length - 1 + old.length - after);
    starts.set(old.subarray(0, before));
    let at = before;
    for (let k = 1; k < searched.length; k++) starts[at++] = searched[k] + from;
    for (let i = after; i < old.length; i++) starts[at++] = old[i] + delta;
    const index = Object.create(LineIndex.prototype) as LineIndex;
    Object.assign(index, { text, starts });
    return index;
  }

  get lineCount(): number {
    return this.starts.length;
  }

  position(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.starts[mid] <= clamped) low = mid;
      else high = mid - 1;
    }
    return { line: low, character: clamped - this.starts[low] };
  }

  offset(position: Position): number {
    if (position.line < 0) return 0;
    if (position.line >= this.starts.length) return this.text.length;
    const start = this.starts[position.line];
    return Math.min(start + Math.max(0, position.character), this.lineEnd(position.line));
  }

  lineStart(line: number): number {
    return this.starts[Math.max(0, Math.min(line, this.starts.length - 1))];
  }

  /** The offset of the line's end, before its line break. */
  lineEnd(line: number): number {
    const next = line + 1 < this.starts.length ? this.starts[line + 1] : this.text.length;
    let end = next;
    if (end > this.starts[line] && this.text.charCodeAt(end - 1) === 10) end--;
    if (end > this.starts[line] && this.text.charCodeAt(end - 1) === 13) end--;
    return end;
  }

  lineText(line: number): string {
    return this.text.slice(this.lineStart(line), this.lineEnd(line));
  }
}
