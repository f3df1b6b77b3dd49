import { createHash } from 'node:crypto';
import type { TableEntity, TableStore } from '../ports/TableStore';

export const PEOPLE_TABLE = 'People';
/** Few rows (the organisation's Teams users who talk to the bot): one partition, read by point lookups. */
const PEOPLE_PARTITION = 'person';
const MAX_NAME_LENGTH = 120;
/** How long "never seen" is believed before the table is asked again (another bot instance may see them). */
const UNKNOWN_FOR_MS = 60_000;
/** Ids remembered as never seen, at most (oldest forgotten first). */
const MAX_UNKNOWN = 10_000;

/** A Teams user (an employee: marketer, approver, manager), never a customer. */
export interface KnownPerson {
  id: string;
  name: string;
}

interface PersonRow extends TableEntity {
  id: string;
  name: string;
  seenAt: string;
}

/** Any characters may appear in a user id; a row key may not hold '/', '\\', '#' or '?'. */
function rowKeyOf(id: string): string {
  return createHash('sha256').update(id).digest('hex').slice(0, 40);
}

/** A display name worth keeping: not empty, not the id itself, one line, bounded. */
function cleanName(person: KnownPerson): string | undefined {
  const name = person.name.replace(/\s+/g, ' ').trim().slice(0, MAX_NAME_LENGTH);
  return name === '' || name === person.id ? undefined : name;
}

/**
 * Display names of the Teams users the bot has seen, so reports and cards say "Megan Bowen" where the
 * records hold an AAD object id. Ids stay the key everywhere else (roles, approvals, the audit trail); a name
 * here is only what Teams last called that person. `remember` writes only when the name is new or changed.
 */
export class PeopleDirectory {
  private readonly cache = new Map<string, string>();
  /** Ids the table had no name for, with when that was read: lists of old campaigns ask for them often. */
  private readonly unknown = new Map<string, number>();

  constructor(
    private readonly store: TableStore,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  async init(): Promise<void> {
    await this.store.ensureTable(PEOPLE_TABLE);
  }

  /** Records the person's current display name (call it on every turn with the activity's `from`). */
  async remember(person: KnownPerson): Promise<void> {
    const name = cleanName(person);
    if (name === undefined || this.cache.get(person.id) === name) return;
    await this.store.upsert<PersonRow>(PEOPLE_TABLE, {
      partitionKey: PEOPLE_PARTITION,
      rowKey: rowKeyOf(person.id),
      id: person.id,
      name,
      seenAt: this.clock().toISOString(),
    });
    this.cache.set(person.id, name);
    this.unknown.delete(person.id);
  }

  /** The person's display name, or undefined when the bot has never seen them. */
  async nameOf(id: string): Promise<string | undefined> {
    const cached = this.cache.get(id);
    if (cached !== undefined) return cached;
    const missedAt = this.unknown.get(id);
    if (missedAt !== undefined && Date.now() - missedAt < UNKNOWN_FOR_MS) return undefined;
    const row = await this.store.get<PersonRow>(PEOPLE_TABLE, PEOPLE_PARTITION, rowKeyOf(id));
    if (!row || row.entity.id !== id) {
      this.unknown.delete(id);
      this.unknown.set(id, Date.now());
      if (this.unknown.size > MAX_UNKNOWN) this.unknown.delete(this.unknown.keys().next().value!);
      return undefined;
    }
    this.unknown.delete(id);
    this.cache.set(id, row.entity.name);
    return row.entity.name;
  }

  /** Names for these ids; an unknown id maps to `fallback(id)` (default: the id itself). */
  async namesOf(
    ids: Iterable<string>,
    fallback: (id: string) => string = (id) => id,
  ): Promise<Map<string, string>> {
    const unique = [...new Set(ids)];
    const names = await Promise.all(
      unique.map(async (id) => [id, (await this.nameOf(id)) ?? fallback(id)] as const),
    );
    return new Map(names);
  }
}
