import { randomBytes } from 'node:crypto';
import { AuditLog } from '../../audit/auditLog';
import { CampaignRepository } from '../../campaigns/campaignRepository';
import { PeopleDirectory } from '../../governance/peopleDirectory';
import type { TableStore } from '../../ports/TableStore';
import { Pseudonymizer } from '../../privacy/pseudonymizer';
import { AggregateRepository } from '../aggregates/aggregateRepository';
import { DefinitionRepository } from './definitionRepository';
import { experimentSettings, type ExperimentSettings } from './experimentSettings';
import { RouteDirectory } from './routeDirectory';

/** Everything the experimentation use cases (launch, ingest, simulate, report, tools) work with. */
export interface ExperimentServices {
  definitions: DefinitionRepository;
  aggregates: AggregateRepository;
  routes: RouteDirectory;
  campaigns: CampaignRepository;
  audit: AuditLog;
  /** Display names of the employees behind the ids in the records (reports show names). */
  people: PeopleDirectory;
  /** Customer ids are pseudonymized with it before they reach any sketch, log or output. */
  pseudonymizer: Pseudonymizer;
  clock: () => Date;
  settings: ExperimentSettings;
  /** `bytes` random bytes as hex (seeds, route codes); crypto-random unless a test fixes it. */
  randomHex: (bytes: number) => string;
}

export interface ExperimentServiceOptions {
  pseudonymizer: Pseudonymizer;
  clock?: () => Date;
  settings?: Partial<ExperimentSettings>;
  randomHex?: (bytes: number) => string;
  /** Shared instances when the caller already has them (the bot's composition root). */
  campaigns?: CampaignRepository;
  audit?: AuditLog;
  people?: PeopleDirectory;
}

/** Builds the repositories over one table store. Call `initExperimentServices` once before use. */
export function createExperimentServices(
  store: TableStore,
  options: ExperimentServiceOptions,
): ExperimentServices {
  const clock = options.clock ?? (() => new Date());
  return {
    definitions: new DefinitionRepository(store),
    aggregates: new AggregateRepository(store),
    routes: new RouteDirectory(store),
    campaigns: options.campaigns ?? new CampaignRepository(store),
    audit: options.audit ?? new AuditLog(store, clock),
    people: options.people ?? new PeopleDirectory(store, clock),
    pseudonymizer: options.pseudonymizer,
    clock,
    settings: experimentSettings(options.settings),
    randomHex: options.randomHex ?? ((bytes) => randomBytes(bytes).toString('hex')),
  };
}

/** Creates the tables the experiment services use (idempotent). */
export async function initExperimentServices(services: ExperimentServices): Promise<void> {
  await Promise.all([
    services.definitions.init(),
    services.aggregates.init(),
    services.routes.init(),
    services.campaigns.init(),
    services.audit.init(),
    services.people.init(),
  ]);
}
