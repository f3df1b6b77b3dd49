import type { DefinitionRepository } from '../definition/definitionRepository';
import type { ExperimentDefinition } from '../definition/experimentDefinition';

/** Definitions looked up once per campaign for the length of one import or webhook call. */
export class DefinitionCache {
  private readonly known = new Map<string, ExperimentDefinition | undefined>();

  constructor(private readonly definitions: DefinitionRepository) {}

  /** The cached answer, or undefined-and-not-cached (call `load`). */
  has(campaignId: string): boolean {
    return this.known.has(campaignId);
  }

  peek(campaignId: string): ExperimentDefinition | undefined {
    return this.known.get(campaignId);
  }

  async load(campaignId: string): Promise<ExperimentDefinition | undefined> {
    if (!this.known.has(campaignId)) this.known.set(campaignId, await this.definitions.find(campaignId));
    return this.known.get(campaignId);
  }
}
