// A streaming CSV parser (RFC 4180 plus what real files do): any one-character delimiter, quoted fields with
// delimiters, doubled quotes and line breaks inside, CRLF / LF / CR line ends, a last line without a break.
// Text arrives in chunks of any size; complete records are handed over as arrays of strings.

const QUOTE = 34;
const LF = 10;
const CR = 13;

export class CsvParser {
  private rest = '';
  private readonly delim: number;
  /** A quote appeared inside an unquoted field, or a quoted field was not closed: reported by the caller. */
  malformed = 0;

  constructor(
    delimiter: string,
    private readonly onRecord: (fields: string[]) => void,
  ) {
    this.delim = delimiter.charCodeAt(0);
  }

  push(chunk: string): void {
    const text = this.rest ? this.rest + chunk : chunk;
    this.rest = text.slice(this.parse(text, false));
  }

  end(): void {
    if (this.rest) this.parse(this.rest, true);
    this.rest = '';
  }

  /** Parses complete records of `text`; returns where the unfinished record starts. */
  private parse(text: string, final: boolean): number {
    const n = text.length;
    const delim = this.delim;
    let recordStart = 0;
    let i = 0;
    let fields: string[] = [];
    while (i <= n) {
      if (i === n) {
        if (!final) return recordStart;
        if (fields.length > 0) this.onRecord(fields);
        return n;
      }
      if (text.charCodeAt(i) === QUOTE) {
        // Quoted field: up to the closing quote not followed by another quote.
        let value = '';
        let j = i + 1;
        for (;;) {
          const q = text.indexOf('"', j);
          if (q === -1) {
            if (!final) return recordStart;
            this.malformed++;
            value += text.slice(j);
            j = n;
            break;
          }
          value += text.slice(j, q);
          if (text.charCodeAt(q + 1) === QUOTE) {
            value += '"';
            j = q + 2;
            continue;
          }
          if (q + 1 === n && !final) return recordStart; // a doubled quote may follow in the next chunk
          j = q + 1;
          break;
        }
        // Anything between the closing quote and the delimiter is kept (and counted as malformed).
        let k = j;
        while (k < n) {
          const c = text.charCodeAt(k);
          if (c === delim || c === LF || c === CR) break;
          k++;
        }
        if (k > j) {
          this.malformed++;
          value += text.slice(j, k);
        }
        if (k === n && !final) return recordStart;
        fields.push(value);
        i = k;
      } else {
        let k = i;
        let quoted = false;
        while (k < n) {
          const c = text.charCodeAt(k);
          if (c === delim || c === LF || c === CR) break;
          if (c === QUOTE) quoted = true;
          k++;
        }
        if (k === n && !final) return recordStart;
        if (quoted) this.malformed++;
        fields.push(text.slice(i, k));
        i = k;
      }
      if (i >= n) continue;
      const c = text.charCodeAt(i);
      if (c === delim) {
        i++;
        if (i === n) {
          if (!final) return recordStart;
          fields.push('');
          this.onRecord(fields);
          return n;
        }
        continue;
      }
      // Line end: CRLF, LF or CR.
      if (c === CR) {
        if (i + 1 === n && !final) return recordStart;
        i += text.charCodeAt(i + 1) === LF ? 2 : 1;
      } else i++;
      this.onRecord(fields);
      fields = [];
      recordStart = i;
    }
    return recordStart;
  }
}
