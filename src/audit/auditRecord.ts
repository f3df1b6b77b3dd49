import { createHash } from 'node:crypto';

export const AUDIT_ACTIONS = [
  'plan',
  'tool_call',
  'generation',
  'variant_created',
  'variant_revised',
  'safety_verdict',
  'approval',
  'rejection',
  'launch',
  'assignment_defined',
  'report_generated',
  'erasure',
  'turn_error',
  // Issue 16: a send list was materialized (`cpo export`): who, which campaign, how many members, which file format.
  'send_list_exported',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** What a caller records. `details` must hold pseudonymized customer references only. */
export interface AuditEvent {
  action: AuditAction;
  actor: string;
  campaignId?: string;
  details: Record<string, unknown>;
}

/** One row of the audit table. `hash` covers every other field, `prevHash` links to the previous row. */
export interface AuditRecord {
  partitionKey: string;
  rowKey: string;
  seq: number;
  at: string;
  actor: string;
  action: string;
  campaignId: string;
  details: string;
  prevHash: string;
  hash: string;
  [key: string]: string | number | boolean | Date | undefined;
}

export const GENESIS_HASH = '0'.repeat(64);

/** Row keys sort lexicographically in Azure Tables, so sequence numbers are zero-padded. */
export function rowKeyOf(seq: number): string {
  return String(seq).padStart(12, '0');
}

/** SHA-256 over the record's fields in a fixed order (a canonical encoding independent of property order). */
export function hashRecord(record: Omit<AuditRecord, 'hash' | 'partitionKey' | 'rowKey'>): string {
  const canonical = JSON.stringify([
    record.seq,
    record.at,
    record.actor,
    record.action,
    record.campaignId,
    record.details,
    record.prevHash,
  ]);
  return createHash('sha256').update(canonical, 'utf8').digest('hex');
}
