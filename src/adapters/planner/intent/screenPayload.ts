/**
 * The text a screening request asks to check ("is this copy OK: Buy now!", 「…」は大丈夫？): the first
 * quotation, else whatever follows the first colon. Read from `folded` (lower case, accents kept).
 */

/** The most text screen_content accepts in one call. */
export const MAX_SCREEN_TEXT = 20_000;

const QUOTED =
  /["“”„«»]\s*([^"“”„«»]{2,}?)\s*["“”„«»]|「([^」]+)」|『([^』]+)』|(?:^|(?<=[\s(:]))'([^']{2,})'(?=$|[\s).,!?:;])/u;
const AFTER_COLON = /[:：]\s*(.{3,})$/su;
const SURROUNDING = /^[\s:："'「『]+|[\s"'」』]+$/gu;

export function findScreenPayload(clean: string): string | undefined {
  const quoted = QUOTED.exec(clean);
  const text =
    quoted?.slice(1).find((group) => group !== undefined) ?? AFTER_COLON.exec(clean)?.[1] ?? undefined;
  const cleaned = text?.replace(SURROUNDING, '').trim().slice(0, MAX_SCREEN_TEXT);
  return cleaned === undefined || cleaned === '' ? undefined : cleaned;
}
