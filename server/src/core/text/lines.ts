/**
 * Offsets to 1-based line and column, in UTF-16 code units as ESLint counts them. A line ends at
 * \n, \r\n or a lone \r. A leading byte order mark is not a column: editors do not show it (VS
 * Code's document of a file has no BOM), so column 1 of line 1 is the first character after it.
 */
export interface LineColumn {
  line: number;
  column: number;
}

/** \r\n, \n or a lone \r: one line break each. Global: `lastIndex` is where the next line starts. */
const BREAK = /\r\n?|\n/g;

export class LineIndex {
  private readonly starts: readonly number[];
  /** Length of the text (the text itself is not kept: a closed article costs only its line starts). */
  readonly length: number;
  /** 1 when the text starts with a BOM. */
  private readonly bom: number;

  constructor(text: string) {
    this.length = text.length;
    this.bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    // from one line break to the next by a native search (an article is mostly long lines)
    BREAK.lastIndex = 0;
    const starts = [0];
    for (let m = BREAK.exec(text); m !== null; m = BREAK.exec(text)) starts.push(BREAK.lastIndex);
    // cut to its length: an array grown by push keeps room for 17 at least (a closed article
    // keeps its index as long as the corpus is open)
    this.starts = starts.slice();
  }

  get lineCount(): number {
    return this.starts.length;
  }

  position(offset: number): LineColumn {
    const o = Math.max(0, Math.min(offset, this.length));
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= o) lo = mid;
      else hi = mid - 1;
    }
    const skip = lo === 0 ? this.bom : 0;
    return { line: lo + 1, column: Math.max(0, o - this.starts[lo] - skip) + 1 };
  }

  /** Offset of a 1-based line and column (clamped to the line). */
  offset(line: number, column: number): number {
    const l = Math.max(1, Math.min(line, this.starts.length));
    const start = this.starts[l - 1] + (l === 1 ? this.bom : 0);
    const end = l < this.starts.length ? this.starts[l] : this.length;
    return Math.min(start + Math.max(0, column - 1), end);
  }

  lineStart(line: number): number {
    return this.starts[Math.max(0, Math.min(line - 1, this.starts.length - 1))];
  }
}
