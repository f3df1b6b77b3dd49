/**
 * Campaign/arm resolution for Azure Communication Services (ACS) Email engagement, without per-message state.
 *
 * ACS reports delivery and engagement with `data.messageId`, which is the operation id of the send request —
 * an id the SENDER may choose (the `Operation-Id` request header, a GUID). At launch every arm gets an 8-hex
 * route code (stored in the definition and in the route directory); the sending pipeline sends each email
 * of that arm with an operation id that starts with the code, e.g. `3f9a0c2e-…` (see `messageIdFor`).
 * The webhook reads the code back from `messageId` and resolves it to (campaign, arm) with one lookup per
 * arm — no message, recipient or customer is ever stored.
 */

const ROUTED_MESSAGE_ID = /^([0-9a-f]{8})-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ROUTE_CODE = /^[0-9a-f]{8}$/i;

/** A GUID-shaped ACS operation id for one email of the arm with `routeCode`; `randomHex(n)` gives n random bytes. */
export function messageIdFor(routeCode: string, randomHex: (bytes: number) => string): string {
  if (!ROUTE_CODE.test(routeCode))
    throw new RangeError(`route code must be 8 hex digits, got "${routeCode}"`);
  const random = randomHex(12);
  // Version-4 layout (version nibble 4, variant bits 10xx) so strict GUID parsers accept it.
  const variant = ((Number.parseInt(random.slice(7, 8), 16) & 0x3) | 0x8).toString(16);
  return `${routeCode.toLowerCase()}-${random.slice(0, 4)}-4${random.slice(4, 7)}-${variant}${random.slice(8, 11)}-${random.slice(11, 23)}`;
}

/** The route code a message id starts with, or undefined when it is not one of ours. */
export function routeCodeOf(messageId: string): string | undefined {
  return ROUTED_MESSAGE_ID.exec(messageId.trim())?.[1]?.toLowerCase();
}
