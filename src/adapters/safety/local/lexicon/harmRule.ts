import type { SafetyCategory } from '../../../../domain/variant';

/**
 * One lexicon rule of the local screener. Sources are written against the `plain` view of a text
 * (lower case, no diacritics, words separated by single spaces, sentences by " . "), or against
 * `compact` when a word only differs from a harmless one by its diacritics (Spanish "coño" vs "cono").
 */
export interface HarmRule {
  category: SafetyCategory;
  /** 0–7, Azure AI Content Safety's scale: 2 low, 4 medium, 6 high. */
  severity: number;
  /** Shown in findings, e.g. "threat of violence". */
  label: string;
  /** The rule's pattern source, before the whole-word guards (what the literal gate reads). */
  source: string;
  readonly pattern: RegExp;
  /** The same pattern with the `g` flag, to look past negated occurrences. */
  readonly globalPattern: RegExp;
  /** Skipped when the match or the words right before it negate it ("I will never hurt you"). */
  negatable: boolean;
  /** A mention rather than an attack: capped at low severity when the text is supportive (helplines, prevention). */
  mention: boolean;
  view: 'plain' | 'compact';
}

export interface RuleOptions {
  negatable?: boolean;
  mention?: boolean;
  view?: 'plain' | 'compact';
}

export type RuleEntry = readonly [severity: number, source: string, options?: RuleOptions];

/** Whole words only: a rule never matches inside a longer word (Unicode-aware, unlike \b). */
export function wholeWords(source: string, flags = 'u'): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${source})(?![\\p{L}\\p{N}])`, flags);
}

/** An alternation of literal words or phrases, longest first so "blow job" wins over "blow". */
export function anyOf(phrases: readonly string[]): string {
  return `(?:${[...phrases].sort((a, b) => b.length - a.length).join('|')})`;
}

export function defineRules(
  category: SafetyCategory,
  label: string,
  entries: readonly RuleEntry[],
): HarmRule[] {
  return entries.map(
    ([severity, source, options = {}]) => new LexiconRule(category, severity, label, source, options),
  );
}

/**
 * Patterns are compiled on first use: building hundreds of Unicode-class regular expressions cost about a
 * quarter of a second at every process start, and the literal gate means most rules never run on a text.
 */
class LexiconRule implements HarmRule {
  readonly negatable: boolean;
  readonly mention: boolean;
  readonly view: 'plain' | 'compact';
  private compiled: RegExp | undefined;
  private compiledGlobal: RegExp | undefined;

  constructor(
    readonly category: SafetyCategory,
    readonly severity: number,
    readonly label: string,
    readonly source: string,
    options: RuleOptions,
  ) {
    this.negatable = options.negatable ?? false;
    this.mention = options.mention ?? false;
    this.view = options.view ?? 'plain';
  }

  get pattern(): RegExp {
    this.compiled ??= wholeWords(this.source);
    return this.compiled;
  }

  get globalPattern(): RegExp {
    this.compiledGlobal ??= wholeWords(this.source, 'gu');
    return this.compiledGlobal;
  }
}
