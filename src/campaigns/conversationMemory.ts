import type { TableEntity, TableStore } from '../ports/TableStore';

export const CONVERSATIONS_TABLE = 'Conversations';
/** Conversations whose last written address is remembered, at most (oldest forgotten first). */
const MAX_ADDRESSES = 10_000;

interface ConversationRow extends TableEntity {
  currentCampaign: string;
}

interface ReferenceRow extends TableEntity {
  json: string;
}

/**
 * What a conversation is about: the last campaign drafted or discussed there, so "how is it doing?" or
 * "launch it" resolve without an id. Stored in Azure Tables so every bot instance shares it.
 */
export class ConversationMemory {
  /** The address last written per conversation, without its message id (see `saveAddress`). */
  private readonly addresses = new Map<string, string>();

  constructor(private readonly store: TableStore) {}

  async init(): Promise<void> {
    await this.store.ensureTable(CONVERSATIONS_TABLE);
  }

  async currentCampaign(conversationId: string): Promise<string | undefined> {
    const row = await this.store.get<ConversationRow>(
      CONVERSATIONS_TABLE,
      encodeKey(conversationId),
      'state',
    );
    return row?.entity.currentCampaign;
  }

  /** The channel's address of a conversation (opaque JSON), so the bot can update its messages later. */
  async saveAddress(conversationId: string, address: object): Promise<void> {
    // The same address as this process last wrote (but for the message it was taken from): nothing to write.
    const { activityId: _activityId, ...where } = address as { activityId?: unknown };
    const key = JSON.stringify(where);
    if (this.addresses.get(conversationId) === key) return;
    await this.store.upsert<ReferenceRow>(CONVERSATIONS_TABLE, {
      partitionKey: encodeKey(conversationId),
      rowKey: 'address',
      json: JSON.stringify(address),
    });
    this.addresses.delete(conversationId);
    this.addresses.set(conversationId, key);
    if (this.addresses.size > MAX_ADDRESSES) this.addresses.delete(this.addresses.keys().next().value!);
  }

  async address(conversationId: string): Promise<object | undefined> {
    const row = await this.store.get<ReferenceRow>(CONVERSATIONS_TABLE, encodeKey(conversationId), 'address');
    return row ? (JSON.parse(row.entity.json) as object) : undefined;
  }

  async remember(conversationId: string, campaignId: string): Promise<void> {
    await this.store.upsert<ConversationRow>(CONVERSATIONS_TABLE, {
      partitionKey: encodeKey(conversationId),
      rowKey: 'state',
      currentCampaign: campaignId,
    });
  }
}

/** Teams conversation ids contain characters (`/`, `#`, `?`) that are not allowed in table keys. */
function encodeKey(value: string): string {
  return Buffer.from(value, 'utf8').toString('base64url');
}
