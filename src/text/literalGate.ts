import { requiredLiterals } from './requiredLiterals';

const LETTER_FREQUENCY = 'etaoinsrhldcumfpgwybvkxjqz';

/** The least common three-character window of a literal: the one to index it by. */
function keyOf(literal: string): string {
  let key = literal.slice(0, 3);
  let best = -1;
  for (let index = 0; index + 3 <= literal.length; index += 1) {
    const window = literal.slice(index, index + 3);
    const rarity = [...window].reduce((sum, char) => {
      const rank = LETTER_FREQUENCY.indexOf(char);
      return sum + (rank < 0 ? (char === ' ' ? 0 : 30) : rank);
    }, 0);
    if (rarity > best) {
      best = rarity;
      key = window;
    }
  }
  return key;
}

/**
 * Indexes patterns by the literals every match must contain, so that for a given text only the patterns
 * whose literals occur in it are tested. Patterns with no derivable literal are always candidates.
 */
export class LiteralGate<T> {
  private readonly always: number[] = [];
  private readonly byKey = new Map<string, Array<{ literal: string; entry: number }>>();

  constructor(
    private readonly entries: readonly T[],
    sourceOf: (entry: T) => string,
  ) {
    entries.forEach((entry, index) => {
      const literals = requiredLiterals(sourceOf(entry));
      if (literals === undefined || literals.length === 0) {
        this.always.push(index);
        return;
      }
      for (const literal of literals) {
        const key = keyOf(literal);
        const bucket = this.byKey.get(key) ?? [];
        bucket.push({ literal, entry: index });
        this.byKey.set(key, bucket);
      }
    });
  }

  /** The entries that may match `text`, in their original order. */
  candidates(text: string): T[] {
    const selected = new Set<number>(this.always);
    const seenKeys = new Set<string>();
    for (let index = 0; index + 3 <= text.length; index += 1) {
      const key = text.slice(index, index + 3);
      if (seenKeys.has(key)) continue;
      seenKeys.add(key);
      const bucket = this.byKey.get(key);
      if (bucket === undefined) continue;
      for (const { literal, entry } of bucket) {
        if (!selected.has(entry) && text.includes(literal)) selected.add(entry);
      }
    }
    return [...selected].sort((a, b) => a - b).map((index) => this.entries[index] as T);
  }
}
