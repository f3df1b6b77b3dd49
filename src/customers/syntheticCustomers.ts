import type { Channel, Customer, LifecycleStage } from '../domain/customer';
import { SeededRandom } from '../shared/seededRandom';

/**
 * Invented first names (nature words and a few accented forms to exercise UTF-8). Combined with
 * `@example.com` addresses and sequential ids, no row can describe a real person.
 */
const FIRST_NAMES = [
  'Aspen',
  'Birch',
  'Brook',
  'Cedar',
  'Clover',
  'Fern',
  'Hazel',
  'Indigo',
  'Juniper',
  'Lark',
  'Maple',
  'Moss',
  'Orion',
  'Pebble',
  'Quill',
  'River',
  'Rowan',
  'Sage',
  'Sky',
  'Storm',
  'Thistle',
  'Willow',
  'Wren',
  'Yarrow',
  'Zephyr',
  'Zoë',
  'Chloé',
  'Jörg',
  'Aiko',
  'Mateo',
  'Inês',
  'Søren',
] as const;

const REGIONS: ReadonlyArray<readonly [string, number]> = [
  ['NA', 40],
  ['EMEA', 30],
  ['APAC', 20],
  ['LATAM', 10],
];

/** Share of each lifecycle stage; recency and frequency ranges below are consistent with the stage. */
const STAGES: ReadonlyArray<readonly [LifecycleStage, number]> = [
  ['new', 10],
  ['active', 35],
  ['at_risk', 20],
  ['lapsed', 20],
  ['churned', 15],
];

function asciiLocalPart(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ø/g, 'o')
    .replace(/[^a-zA-Z]/g, '')
    .toLowerCase();
}

function customerId(sequence: number): string {
  return `C${String(sequence).padStart(6, '0')}`;
}

function recencyAndFrequency(random: SeededRandom, stage: LifecycleStage): [number, number] {
  switch (stage) {
    case 'new':
      return [random.int(0, 30), 1];
    case 'active': {
      // Exponential-ish recency: most active customers bought in the last few weeks.
      const recency = Math.min(90, Math.floor(-Math.log(1 - random.next()) * 25));
      const frequency = random.chance(0.08) ? random.int(15, 40) : random.int(2, 14);
      return [recency, frequency];
    }
    case 'at_risk':
      return [random.int(91, 180), random.int(1, 8)];
    case 'lapsed':
      return [random.int(181, 365), random.int(1, 3)];
    case 'churned':
      return [random.int(366, 900), 0];
  }
}

function averageOrderValue(random: SeededRandom): number {
  // Log-normal around $70, the typical Contoso Outfitters basket.
  return Math.exp(Math.log(70) + 0.5 * random.normal());
}

function optIns(random: SeededRandom): Record<Channel, boolean> {
  return { email: random.chance(0.82), sms: random.chance(0.45), push: random.chance(0.35) };
}

function preferred(random: SeededRandom, optedIn: Record<Channel, boolean>): Channel[] {
  const channels = (['email', 'sms', 'push'] as const).filter((channel) => optedIn[channel]);
  if (channels.length <= 1) return channels;
  const chosen = channels.filter(() => random.chance(0.6));
  return chosen.length > 0 ? chosen : [random.pick(channels)];
}

export interface SyntheticCustomerOptions {
  count: number;
  seed: number;
  /** Sequence number of the first id (default 1 → C000001). */
  firstSequence?: number;
}

/** Lazily generates a deterministic synthetic customer base; nothing is retained between rows. */
export function* generateSyntheticCustomers(
  options: SyntheticCustomerOptions,
): Generator<Customer, void, undefined> {
  const random = new SeededRandom(options.seed);
  const first = options.firstSequence ?? 1;
  for (let sequence = first; sequence < first + options.count; sequence += 1) {
    const id = customerId(sequence);
    const firstName = random.pick(FIRST_NAMES);
    const stage = random.weighted(STAGES);
    const [recencyDays, frequency] = recencyAndFrequency(random, stage);
    const monetary = Math.round(frequency * averageOrderValue(random) * 100) / 100;
    const optedIn = optIns(random);
    yield {
      id,
      email: `${asciiLocalPart(firstName)}.${id.toLowerCase()}@example.com`,
      firstName,
      region: random.weighted(REGIONS),
      lifecycleStage: stage,
      recencyDays,
      frequency,
      monetary,
      preferredChannels: preferred(random, optedIn),
      emailOptIn: optedIn.email,
      smsOptIn: optedIn.sms,
      pushOptIn: optedIn.push,
    };
  }
}
