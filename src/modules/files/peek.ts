// peekStream: reads the first bytes of a stream (to sniff them) and gives back a stream of the whole content.
import { Readable } from 'node:stream';

export interface Peeked {
  /** Up to `n` first bytes (fewer if the stream is shorter). */
  head: Buffer;
  /** The whole content again, first bytes included; destroying it destroys the source. */
  stream: Readable;
}

export function peekStream(source: Readable, n: number): Promise<Peeked> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let length = 0;
    let ended = false;
    // The error listener stays: an error after the peek (the read-ahead may cause one) must not go
    // unhandled; the replay's iteration of the source reports it.
    const cleanup = () => {
      source.off('readable', onReadable);
      source.off('end', onEnd);
    };
    const finish = () => {
      cleanup();
      const head = Buffer.concat(chunks);
      async function* replay() {
        if (head.length > 0) yield head;
        if (!ended) yield* source;
      }
      resolve({ head: head.subarray(0, n), stream: Readable.from(replay(), { objectMode: false }) });
    };
    const onReadable = () => {
      while (length < n) {
        const chunk: Buffer | string | null = source.read();
        if (chunk === null) break;
        const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
        chunks.push(bytes);
        length += bytes.length;
      }
      if (length >= n) finish();
    };
    const onEnd = () => {
      ended = true;
      finish();
    };
    const onError = (e: Error) => {
      cleanup();
      reject(e);
    };
    source.on('readable', onReadable);
    source.on('end', onEnd);
    source.on('error', onError);
  });
}
