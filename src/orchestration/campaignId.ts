import { randomBytes } from 'node:crypto';

/** Goals a campaign id may name; anything else a user typed never becomes part of an id. */
const KNOWN_GOALS = new Set([
  'win-back',
  're-engagement',
  'promotion',
  'welcome',
  'loyalty',
  'announcement',
  'cross-sell',
]);

/**
 * Readable, lower-case campaign ids such as `win-back-email-3f9a`, valid as table partition keys. They are
 * made of a known goal, the channel and random hex only: never of the user's words, which may be personal.
 */
export function newCampaignId(
  goal: string,
  channel: string,
  random: () => string = () => randomBytes(2).toString('hex'),
): string {
  const folded = goal
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-');
  const goalPart = KNOWN_GOALS.has(folded) ? folded : 'campaign';
  const channelPart = ['email', 'sms', 'push'].includes(channel) ? channel : 'message';
  return `${goalPart}-${channelPart}-${random()}`;
}
