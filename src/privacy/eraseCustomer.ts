import { createReadStream, createWriteStream } from 'node:fs';
import { rename, unlink } from 'node:fs/promises';
import { once } from 'node:events';
import { parse } from 'csv-parse';
import type { AuditLog } from '../audit/auditLog';
import { notFound } from '../shared/errors';
import type { Pseudonymizer } from './pseudonymizer';

export interface ErasureResult {
  pseudonym: string;
  removedRows: number;
}

/**
 * Right-to-erasure: streams the customer file into a copy without the customer's rows (every other line is
 * kept byte for byte, malformed ones included), swaps it in atomically, and audits the erasure under the
 * customer's pseudonym — the id itself is never written anywhere.
 */
export async function eraseCustomer(
  customerId: string,
  customersFile: string,
  pseudonymizer: Pseudonymizer,
  audit: AuditLog,
  actor: string,
): Promise<ErasureResult> {
  const temporary = `${customersFile}.erasure-${process.pid}.tmp`;
  const output = createWriteStream(temporary);
  const input = createReadStream(customersFile);
  try {
    await once(input, 'open');
  } catch (error) {
    output.destroy();
    await unlink(temporary).catch(() => undefined);
    if ((error as NodeJS.ErrnoException).code === 'ENOENT')
      throw notFound(`The customer file ${customersFile} does not exist.`);
    throw error;
  }
  const parser = input.pipe(
    parse({ raw: true, relax_column_count: true, relax_quotes: true, skip_empty_lines: false }),
  );
  let removedRows = 0;
  for await (const { record, raw } of parser as AsyncIterable<{ record: string[]; raw: string }>) {
    if (record[0] === customerId) {
      removedRows += 1;
      continue;
    }
    if (!output.write(raw)) await once(output, 'drain');
  }
  output.end();
  await once(output, 'finish');
  await rename(temporary, customersFile);
  const pseudonym = pseudonymizer.customer(customerId);
  await audit.append({
    action: 'erasure',
    actor,
    details: { customer: pseudonym, removedRows, store: 'customers' },
  });
  return { pseudonym, removedRows };
}
