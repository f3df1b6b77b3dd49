/**
 * Derives, from a regular-expression source, a set of literal strings such that every match contains at
 * least one of them ("(?:kill|murder) (?:you|him)" → {"kill", "murder"}). Screening runs hundreds of
 * patterns per text; testing only those whose literals occur in the text keeps throughput high.
 * Supports the syntax the lexicons use: groups, lookarounds, alternation, quantifiers, classes, escapes.
 * Returns undefined when no such set can be derived (the pattern must then always run).
 */

type Node =
  | { kind: 'char'; char: string }
  | { kind: 'other' }
  | { kind: 'look' }
  | { kind: 'group'; alternatives: Item[][] };

interface Item {
  node: Node;
  min: number;
  max: number;
}

const MIN_LITERAL = 3;

class Parser {
  private index = 0;
  constructor(private readonly source: string) {}

  parse(): Item[][] {
    const alternatives = this.alternatives();
    return this.index === this.source.length ? alternatives : [[{ node: { kind: 'other' }, min: 1, max: 1 }]];
  }

  private peek(): string | undefined {
    return this.source[this.index];
  }

  private alternatives(): Item[][] {
    const branches: Item[][] = [this.sequence()];
    while (this.peek() === '|') {
      this.index += 1;
      branches.push(this.sequence());
    }
    return branches;
  }

  private sequence(): Item[] {
    const items: Item[] = [];
    for (let char = this.peek(); char !== undefined && char !== '|' && char !== ')'; char = this.peek()) {
      const node = this.atom();
      const [min, max] = this.quantifier();
      items.push({ node, min, max });
    }
    return items;
  }

  private atom(): Node {
    const char = this.source[this.index] as string;
    this.index += 1;
    if (char === '(') {
      let look = false;
      if (this.source.startsWith('?:', this.index)) this.index += 2;
      else if (/^\?<?[=!]/.test(this.source.slice(this.index, this.index + 3))) {
        look = true;
        this.index += this.source[this.index + 1] === '<' ? 3 : 2;
      } else if (this.source.startsWith('?<', this.index)) {
        this.index = this.source.indexOf('>', this.index) + 1;
      }
      const alternatives = this.alternatives();
      this.index += 1; // ')'
      return look ? { kind: 'look' } : { kind: 'group', alternatives };
    }
    if (char === '[') {
      while (this.index < this.source.length && this.source[this.index] !== ']') {
        this.index += this.source[this.index] === '\\' ? 2 : 1;
      }
      this.index += 1;
      return { kind: 'other' };
    }
    if (char === '\\') {
      const escaped = this.source[this.index] ?? '';
      this.index += 1;
      if ((escaped === 'p' || escaped === 'P') && this.peek() === '{') {
        this.index = this.source.indexOf('}', this.index) + 1;
        return { kind: 'other' };
      }
      return /[dDwWsSbB]/.test(escaped) || /\d/.test(escaped)
        ? { kind: 'other' }
        : { kind: 'char', char: escaped };
    }
    if (char === '^' || char === '$') return { kind: 'look' };
    if (char === '.') return { kind: 'other' };
    return { kind: 'char', char };
  }

  private quantifier(): [number, number] {
    const char = this.peek();
    let bounds: [number, number] = [1, 1];
    if (char === '?') bounds = [0, 1];
    else if (char === '*') bounds = [0, Infinity];
    else if (char === '+') bounds = [1, Infinity];
    else if (char === '{') {
      const close = this.source.indexOf('}', this.index);
      const [low, high] = this.source.slice(this.index + 1, close).split(',');
      bounds = [Number(low), high === undefined ? Number(low) : high === '' ? Infinity : Number(high)];
      this.index = close;
    } else {
      return bounds;
    }
    this.index += 1;
    if (this.peek() === '?') this.index += 1;
    return bounds;
  }
}

/** Picks the most selective of several necessary sets: fewest short strings. */
function better(a: string[], b: string[]): string[] {
  const score = (set: string[]): number => set.reduce((sum, literal) => sum + 1 / literal.length, 0);
  return score(b) < score(a) ? b : a;
}

function ofAlternatives(alternatives: Item[][]): string[] | undefined {
  const union: string[] = [];
  for (const branch of alternatives) {
    const set = ofSequence(branch);
    if (set === undefined) return undefined;
    union.push(...set);
  }
  return [...new Set(union)];
}

function ofSequence(items: Item[]): string[] | undefined {
  let best: string[] | undefined;
  let run = '';
  const endRun = (): void => {
    if (run.trim().length >= MIN_LITERAL) best = best === undefined ? [run] : better(best, [run]);
    run = '';
  };
  for (const { node, min, max } of items) {
    if (node.kind === 'look') continue;
    if (node.kind === 'char') {
      if (min === 0) {
        endRun();
        continue;
      }
      run += node.char;
      if (max !== 1 || min !== 1) endRun();
      continue;
    }
    endRun();
    if (node.kind === 'group' && min >= 1) {
      const set = ofAlternatives(node.alternatives);
      if (set !== undefined) best = best === undefined ? set : better(best, set);
    }
  }
  endRun();
  return best;
}

export function requiredLiterals(source: string): string[] | undefined {
  try {
    return ofAlternatives(new Parser(source).parse());
  } catch {
    return undefined;
  }
}
