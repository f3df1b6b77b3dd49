/**
 * Pasted copy in quotes ("legal wants me to check «Our cream cures eczema in 3 days»") says what to
 * screen, not what to do: its words ("cures", "earn $5,000 a week") would otherwise pull the intent model
 * towards unrelated readings. The model reads the request with each quoted span of three words or more
 * (six characters or more in Japanese) replaced by one marker word, so it learns the frame around it.
 */
export const QUOTED_COPY_MARKER = 'quotedcopy';

/** Opening and closing marks in the six languages; straight quotes close themselves. */
const QUOTED_SPAN =
  /"([^"\n]{3,600})"|“([^”\n]{3,600})”|„([^“”"\n]{3,600})[“”"]|«([^»\n]{3,600})»|「([^」\n]{3,600})」|『([^』\n]{3,600})』|(?<=^|[\s:(])'([^'\n]{3,600})'(?=$|[\s.,;:!?)])/gu;

const CJK = /[\u3040-\u30ff\u3400-\u9fff]/u;

function isCopy(inner: string): boolean {
  const trimmed = inner.trim();
  if (CJK.test(trimmed)) return trimmed.length >= 6;
  return trimmed.split(/\s+/).length >= 3;
}

/** The request with quoted copy replaced by the marker, or the request itself when it quotes none. */
export function withoutQuotedCopy(raw: string): string {
  return raw.replace(QUOTED_SPAN, (span: string, ...groups: unknown[]) => {
    const inner = groups.slice(0, 7).find((group): group is string => typeof group === 'string') ?? '';
    return isCopy(inner) ? ` ${QUOTED_COPY_MARKER} ` : span;
  });
}
