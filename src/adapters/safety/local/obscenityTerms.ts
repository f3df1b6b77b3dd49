import { RegExpMatcher, englishDataset, englishRecommendedTransformers } from 'obscenity';
import type { SafetyCategory } from '../../../domain/variant';

/**
 * English profanity, slurs and explicit terms from the `obscenity` dataset, which resolves stretched
 * letters, confusable characters and leetspeak on its own ("fuuuck", "ｎ1gg3r"). Only the words mapped
 * here count, and only as whole words of the idiom-blanked `plain` view: the dataset also flags
 * "cum laude", "sexy", "retardant" or Spanish "negro", which are fine in copy.
 */
const CATEGORY_OF: Readonly<Record<string, readonly [SafetyCategory, number]>> = {
  nigger: ['hate', 6],
  kike: ['hate', 6],
  chingchong: ['hate', 6],
  abo: ['hate', 5],
  abeed: ['hate', 6],
  africoon: ['hate', 6],
  arabush: ['hate', 6],
  boonga: ['hate', 6],
  fag: ['hate', 5],
  tranny: ['hate', 6],
  spastic: ['hate', 4],
  cunt: ['hate', 4],
  twat: ['hate', 3],
  bitch: ['hate', 3],
  fuck: ['hate', 3],
  bastard: ['hate', 3],
  wank: ['sexual', 5],
  blowjob: ['sexual', 6],
  handjob: ['sexual', 6],
  gangbang: ['sexual', 6],
  deepthroat: ['sexual', 6],
  fellatio: ['sexual', 6],
  fisting: ['sexual', 6],
  jizz: ['sexual', 6],
  hentai: ['sexual', 6],
  bestiality: ['sexual', 7],
  incest: ['sexual', 6],
  buttplug: ['sexual', 6],
  felch: ['sexual', 6],
  lubejob: ['sexual', 6],
  'double penetration': ['sexual', 6],
  'finger bang': ['sexual', 6],
  'jerk off': ['sexual', 6],
  masturbate: ['sexual', 5],
  dildo: ['sexual', 5],
  doggystyle: ['sexual', 6],
  ejaculate: ['sexual', 5],
  orgasm: ['sexual', 5],
  porn: ['sexual', 6],
  pussy: ['sexual', 6],
  slut: ['sexual', 5],
  whore: ['sexual', 5],
  cock: ['sexual', 5],
};

export interface ObscenityHit {
  category: SafetyCategory;
  severity: number;
  word: string;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Matches the mapped dataset words; deterministic and stateless once built. */
export class ObscenityTerms {
  private readonly matcher = new RegExpMatcher({
    ...englishDataset.build(),
    ...englishRecommendedTransformers,
  });

  find(plain: string): ObscenityHit[] {
    const hits: ObscenityHit[] = [];
    for (const match of this.matcher.getAllMatches(plain)) {
      const word = englishDataset.getPayloadWithPhraseMetadata(match).phraseMetadata?.originalWord;
      const mapped = word === undefined ? undefined : CATEGORY_OF[word];
      if (mapped === undefined || word === undefined) continue;
      const before = plain[match.startIndex - 1] ?? ' ';
      const after = plain[match.endIndex + 1] ?? ' ';
      if (WORD_CHAR.test(before) || WORD_CHAR.test(after)) continue;
      hits.push({ category: mapped[0], severity: mapped[1], word });
    }
    return hits;
  }
}
