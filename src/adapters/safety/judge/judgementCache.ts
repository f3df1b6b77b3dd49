import { createHash } from 'node:crypto';

/**
 * Judgements by text hash, bounded: the least recently used entry goes first. The key covers the model
 * and the prompt version as well as the text, so a new prompt or model never reuses an old judgement.
 */
export class JudgementCache<T> {
  private readonly entries = new Map<string, T>();

  constructor(private readonly capacity: number) {}

  static key(text: string, model: string, prompt: string): string {
    return createHash('sha256').update(`${model}\u0000${prompt}\u0000${text}`).digest('hex');
  }

  get(key: string): T | undefined {
    const value = this.entries.get(key);
    if (value === undefined) return undefined;
    // Map keeps insertion order: re-inserting marks the entry as most recently used.
    this.entries.delete(key);
    this.entries.set(key, value);
    return value;
  }

  set(key: string, value: T): void {
    this.entries.delete(key);
    this.entries.set(key, value);
    while (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
  }

  get size(): number {
    return this.entries.size;
  }
}
