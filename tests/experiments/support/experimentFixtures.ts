import { Readable } from 'node:stream';
import type { Campaign, VariantReview } from '../../../src/domain/campaign';
import type { TableStore } from '../../../src/ports/TableStore';
import { Pseudonymizer } from '../../../src/privacy/pseudonymizer';
import {
  createExperimentServices,
  initExperimentServices,
  type ExperimentServices,
} from '../../../src/experiments/definition/experimentServices';
import { launchExperiment, type LaunchOutcome } from '../../../src/experiments/definition/launchExperiment';
import type { ExperimentSettings } from '../../../src/experiments/definition/experimentSettings';
import { createTestTableStore } from '../../support/azuriteStore';
import { sampleCampaign, sampleReview, sampleSegment, sampleVariant } from '../../support/fixtures';

/** The development pseudonym key the CLI uses by default (config/schema.ts). */
export const DEV_PSEUDONYMIZER = new Pseudonymizer('local-development-pseudonym-key-change-me', 'dev1');

export const LAUNCH_TIME = new Date('2026-03-02T09:00:00.000Z');

export const MARKETER = { id: 'marketer-1', name: 'Mia Marketer' };

/** A counter-based hex source, so seeds and route codes are unique but reproducible within a test file. */
export function sequentialHex(start = 1): (bytes: number) => string {
  let counter = start;
  return (bytes) => {
    counter++;
    return (counter.toString(16).padStart(8, '0') + 'a1b2c3d4e5f60718293a4b5c6d7e8f90').slice(0, bytes * 2);
  };
}

export interface ExperimentWorld {
  services: ExperimentServices;
  /** The raw store, to look at rows directly. */
  store: TableStore;
  prefix: string;
  /** Moves the services' clock. */
  setNow(date: Date): void;
}

/** Experiment services on a fresh Azurite prefix, with a settable clock. */
export async function createExperimentWorld(
  settings: Partial<ExperimentSettings> = {},
): Promise<ExperimentWorld> {
  const { store, prefix } = createTestTableStore();
  let now = LAUNCH_TIME;
  const services = createExperimentServices(store, {
    pseudonymizer: DEV_PSEUDONYMIZER,
    clock: () => now,
    settings,
    randomHex: sequentialHex(),
  });
  await initExperimentServices(services);
  return { services, store, prefix, setNow: (date) => (now = date) };
}

export interface CampaignSetup {
  id: string;
  variants?: number;
  /** Review overrides by variant index (0-based). */
  reviews?: Record<number, Partial<VariantReview>>;
  audience?: number;
  campaign?: Partial<Campaign>;
}

/** Stores a campaign whose variants are all approved unless `reviews` says otherwise. */
export async function createCampaign(services: ExperimentServices, setup: CampaignSetup): Promise<Campaign> {
  const campaign = sampleCampaign({
    id: setup.id,
    segment: { ...sampleSegment, size: setup.audience ?? 20000 },
    ...setup.campaign,
  });
  const reviews = Array.from({ length: setup.variants ?? 2 }, (_, index) =>
    sampleReview({
      variant: sampleVariant({
        id: `v${index + 1}`,
        campaignId: setup.id,
        subject: `Subject ${index + 1}`,
        generator: `template:winback-${index + 1}@1`,
      }),
      status: 'approved',
      approvals: [{ by: { id: 'approver-1', name: 'Ada Approver' }, at: '2026-03-01T10:00:00.000Z' }],
      ...setup.reviews?.[index],
    }),
  );
  await services.campaigns.create(campaign, reviews);
  return campaign;
}

export async function launchCampaign(
  services: ExperimentServices,
  setup: CampaignSetup & { holdout?: boolean },
): Promise<LaunchOutcome> {
  await createCampaign(services, setup);
  return launchExperiment(
    { campaignId: setup.id, holdout: setup.holdout ?? false, actor: MARKETER },
    services,
  );
}

export function streamOf(text: string): Readable {
  return Readable.from([Buffer.from(text)]);
}
