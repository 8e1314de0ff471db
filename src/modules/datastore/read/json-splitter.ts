// Streaming reader of a JSON array of objects: finds each top-level element of the array in the text as it
// arrives and parses that element alone, so a large file is never held whole in memory.

export class JsonArraySplitter {
  private buf = '';
  private pos = 0;
  private depth = 0;
  private inString = false;
  private escaped = false;
  private started = false;
  private elementStart = -1;
  /** Set when the text is not an array of values. */
  error: string | null = null;
  done = false;

  constructor(private readonly onElement: (value: unknown, index: number) => void) {}
  private index = 0;

  push(chunk: string): void {
    if (this.error || this.done) return;
    this.buf += chunk;
    const b = this.buf;
    let i = this.pos;
    for (; i < b.length; i++) {
      const c = b.charCodeAt(i);
      if (this.inString) {
        if (this.escaped) this.escaped = false;
        else if (c === 92) this.escaped = true;
        else if (c === 34) this.inString = false;
        continue;
      }
      if (!this.started) {
        if (c === 91) {
          this.started = true;
          this.depth = 1;
        } else if (!isSpace(c) && c !== 0xfeff) {
          this.error = 'not_an_array';
          return;
        }
        continue;
      }
      if (c === 34) {
        if (this.depth === 1 && this.elementStart < 0) this.elementStart = i;
        this.inString = true;
      } else if (c === 123 || c === 91) {
        if (this.depth === 1 && this.elementStart < 0) this.elementStart = i;
        this.depth++;
      } else if (c === 125 || c === 93) {
        this.depth--;
        if (this.depth === 0) {
          this.emit(b, i);
          this.done = true;
          break;
        }
      } else if (c === 44 && this.depth === 1) {
        this.emit(b, i);
      } else if (this.depth === 1 && this.elementStart < 0 && !isSpace(c)) this.elementStart = i;
      if (this.error) return;
    }
    // Drop what has been consumed, keeping the current element's text.
    const keep = this.elementStart >= 0 ? this.elementStart : i;
    this.buf = b.slice(keep);
    if (this.elementStart >= 0) this.elementStart = 0;
    this.pos = i - keep;
  }

  end(): void {
    if (!this.error && !this.done) this.error = this.started ? 'unterminated' : 'not_an_array';
  }

  private emit(b: string, at: number): void {
    if (this.elementStart < 0) return; // `[]` or a stray comma
    const text = b.slice(this.elementStart, at);
    this.elementStart = -1;
    try {
      this.onElement(JSON.parse(text), this.index++);
    } catch {
      this.error = 'invalid_json';
    }
  }
}

const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13;
