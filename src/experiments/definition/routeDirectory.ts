import type { TableEntity, TableStore } from '../../ports/TableStore';
import { isAppError } from '../../shared/errors';

export const ROUTES_TABLE = 'ExperimentRoutes';
const ROUTES_PARTITION = 'route';

/** Where a message's engagement belongs. */
export interface MessageRoute {
  campaignId: string;
  arm: string;
}

interface RouteRow extends TableEntity {
  campaignId: string;
  arm: string;
}

/**
 * Route codes → (campaign, arm): one row per experiment arm, never per message or customer. Codes are
 * registered at launch; the webhook resolves them (cached: a route never changes once written).
 */
export class RouteDirectory {
  private readonly cache = new Map<string, MessageRoute | undefined>();

  constructor(private readonly store: TableStore) {}

  async init(): Promise<void> {
    await this.store.ensureTable(ROUTES_TABLE);
  }

  /** Registers all codes atomically; false when one is already taken (the caller draws new codes). */
  async register(routes: ReadonlyArray<MessageRoute & { code: string }>): Promise<boolean> {
    try {
      await this.store.transact<RouteRow>(
        ROUTES_TABLE,
        routes.map((route) => ({
          kind: 'insert' as const,
          entity: {
            partitionKey: ROUTES_PARTITION,
            rowKey: route.code,
            campaignId: route.campaignId,
            arm: route.arm,
          },
        })),
      );
      return true;
    } catch (error) {
      if (isAppError(error) && (error.code === 'CONFLICT' || error.code === 'UNAVAILABLE')) {
        // A batch insert that hits an existing key fails as a whole; make sure that is what happened.
        const taken = await Promise.all(
          routes.map((route) => this.store.get(ROUTES_TABLE, ROUTES_PARTITION, route.code)),
        );
        if (taken.some((row) => row !== undefined)) return false;
      }
      throw error;
    }
  }

  async unregister(codes: readonly string[]): Promise<void> {
    for (const code of codes) await this.store.delete(ROUTES_TABLE, ROUTES_PARTITION, code);
  }

  async resolve(code: string): Promise<MessageRoute | undefined> {
    const key = code.toLowerCase();
    if (this.cache.has(key)) return this.cache.get(key);
    const row = await this.store.get<RouteRow>(ROUTES_TABLE, ROUTES_PARTITION, key);
    const route = row ? { campaignId: row.entity.campaignId, arm: row.entity.arm } : undefined;
    // Unknown codes are not cached: the route may be registered a moment later by a launch in progress.
    if (route) this.cache.set(key, route);
    return route;
  }
}
