import { Readable, Writable } from 'node:stream';

/** A writable that keeps everything written, for CLI stdout/stderr in tests. */
export class MemoryWritable extends Writable {
  private chunks: string[] = [];

  override _write(
    chunk: Buffer | string,
    _encoding: BufferEncoding,
    callback: (error?: Error | null) => void,
  ): void {
    this.chunks.push(typeof chunk === 'string' ? chunk : chunk.toString('utf8'));
    callback();
  }

  text(): string {
    return this.chunks.join('');
  }
}

export function readableOf(text: string, chunkSize = 64): Readable {
  const chunks: string[] = [];
  for (let start = 0; start < text.length; start += chunkSize)
    chunks.push(text.slice(start, start + chunkSize));
  return Readable.from(chunks.map((chunk) => Buffer.from(chunk, 'utf8')));
}

export async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const items: T[] = [];
  for await (const item of iterable) items.push(item);
  return items;
}
