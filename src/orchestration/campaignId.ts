import { randomBytes } from 'node:crypto';

/** Readable, lower-case campaign ids such as `win-back-spring-sale-3f9a`, valid as table partition keys. */
export function newCampaignId(
  goal: string,
  topic: string,
  random: () => string = () => randomBytes(2).toString('hex'),
): string {
  const slug = `${goal} ${topic}`
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .split('-')
    .filter((word, index, words) => word !== '' && words.indexOf(word) === index)
    .slice(0, 5)
    .join('-');
  return `${slug || 'campaign'}-${random()}`;
}
