import type { Segment } from '../../domain/segment';
import type { AudienceProfile } from '../../ports/LanguageModel';

/** What the generator may know about the audience: the segment's aggregates, never a customer. */
export function audienceProfileOf(segment: Segment): AudienceProfile {
  return {
    segmentName: segment.name,
    explanation: segment.explanation,
    traits: [...segment.traits],
    size: segment.size,
  };
}
