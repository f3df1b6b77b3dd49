import type { TableEntity, TableStore } from '../../ports/TableStore';
import { conflict, isAppError, notFound } from '../../shared/errors';
import type { ExperimentDefinition } from './experimentDefinition';

export const EXPERIMENTS_TABLE = 'Experiments';
/** One partition for all definitions: they are few, small and listed together ("which tests are running?"). */
const DEFINITIONS_PARTITION = 'definition';

interface DefinitionRow extends TableEntity {
  json: string;
}

/** Experiment definitions, one row per campaign. Written once at launch (the insert is the launch lock). */
export class DefinitionRepository {
  constructor(private readonly store: TableStore) {}

  async init(): Promise<void> {
    await this.store.ensureTable(EXPERIMENTS_TABLE);
  }

  /** Stores a new definition; CONFLICT when the campaign already has one (launched twice or concurrently). */
  async create(definition: ExperimentDefinition): Promise<void> {
    try {
      await this.store.insert<DefinitionRow>(EXPERIMENTS_TABLE, {
        partitionKey: DEFINITIONS_PARTITION,
        rowKey: definition.campaignId,
        json: JSON.stringify(definition),
      });
    } catch (error) {
      if (isAppError(error) && error.code === 'CONFLICT') {
        throw conflict(`Campaign "${definition.campaignId}" has already been launched.`);
      }
      throw error;
    }
  }

  async find(campaignId: string): Promise<ExperimentDefinition | undefined> {
    const row = await this.store.get<DefinitionRow>(EXPERIMENTS_TABLE, DEFINITIONS_PARTITION, campaignId);
    return row ? (JSON.parse(row.entity.json) as ExperimentDefinition) : undefined;
  }

  async get(campaignId: string): Promise<ExperimentDefinition> {
    const definition = await this.find(campaignId);
    if (!definition) {
      throw notFound(
        `Campaign "${campaignId}" has no experiment yet. Launch it once its variants are approved.`,
      );
    }
    return definition;
  }

  /** Every launched experiment, most recent first. */
  async list(): Promise<ExperimentDefinition[]> {
    const rows = await this.store.listPartition<DefinitionRow>(EXPERIMENTS_TABLE, DEFINITIONS_PARTITION);
    return rows
      .map((row) => JSON.parse(row.entity.json) as ExperimentDefinition)
      .sort((a, b) => b.launchedAt.localeCompare(a.launchedAt));
  }
}
