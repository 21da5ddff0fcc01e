/**
 * Writing lines to a stream with backpressure, and a quiet stop on EPIPE
 * (`breach-parse corpus/ | head -1`).
 */
import type { Writable } from 'node:stream';

export class LineWriter {
  /** Set when the reader went away (EPIPE): stop producing output. */
  closed = false;
  private failure: Error | null = null;

  constructor(private readonly stream: Writable) {
    stream.on('error', (err: NodeJS.ErrnoException) => {
      if (err.code === 'EPIPE' || err.code === 'ERR_STREAM_DESTROYED') this.closed = true;
      else this.failure = err;
    });
  }

  /** Writes one whole chunk; resolves when the stream can take more. */
  async write(chunk: string): Promise<void> {
    if (this.failure) throw this.failure;
    if (this.closed) return;
    const ok = this.stream.write(chunk);
    if (ok) return;
    await new Promise<void>((resolve) => {
      const done = () => {
        this.stream.off('drain', done);
        this.stream.off('error', done);
        this.stream.off('close', done);
        resolve();
      };
      this.stream.on('drain', done);
      this.stream.on('error', done);
      this.stream.on('close', done);
    });
    if (this.failure) throw this.failure;
  }

  /** Resolves once everything written so far has been flushed. */
  async flush(): Promise<void> {
    if (this.closed || this.failure) return;
    await new Promise<void>((resolve) => {
      if (!this.stream.write('', () => resolve())) this.stream.once('drain', () => resolve());
    });
  }
}
