import { z } from 'zod';
import type { ContentDocument } from '../../../domain/content';
import { CONTENT_KINDS } from '../../../domain/content';
import { CHANNELS } from '../../../domain/customer';

/** A content document as stored in the Azure AI Search index (dates as Edm.DateTimeOffset). */
export interface AzureContentRecord {
  id: string;
  title: string;
  kind: string;
  validFrom: string | null;
  validTo: string | null;
  channels: string[];
  tags: string[];
  body: string;
}

/** `2026-03-01` → `2026-03-01T00:00:00Z` (midnight UTC, so `le`/`ge` comparisons stay inclusive). */
export function toAzureDate(isoDate: string): string {
  return `${isoDate}T00:00:00Z`;
}

const azureDate = z
  .union([z.string(), z.date()])
  .nullish()
  .transform((value) => {
    if (value === null || value === undefined) return undefined;
    const date = value instanceof Date ? value : new Date(value);
    return Number.isNaN(date.getTime()) ? undefined : date.toISOString().slice(0, 10);
  });

/** What the service returns; validated because the index may hold documents written by other tools. */
const azureRecordSchema = z.object({
  id: z.string().min(1),
  title: z.string().min(1),
  kind: z.enum(CONTENT_KINDS),
  validFrom: azureDate,
  validTo: azureDate,
  channels: z
    .array(z.string())
    .nullish()
    .transform((values) =>
      (values ?? []).filter((value): value is (typeof CHANNELS)[number] =>
        (CHANNELS as readonly string[]).includes(value),
      ),
    ),
  tags: z
    .array(z.string())
    .nullish()
    .transform((values) => values ?? []),
  body: z.string().min(1),
});

export function toAzureRecord(document: ContentDocument): AzureContentRecord {
  return {
    id: document.id,
    title: document.title,
    kind: document.kind,
    validFrom: document.validFrom === undefined ? null : toAzureDate(document.validFrom),
    validTo: document.validTo === undefined ? null : toAzureDate(document.validTo),
    channels: document.channels,
    tags: document.tags,
    body: document.body,
  };
}

/** Maps a stored record back to the domain; undefined when the record is not a valid content document. */
export function fromAzureRecord(record: unknown): ContentDocument | undefined {
  const parsed = azureRecordSchema.safeParse(record);
  if (!parsed.success) return undefined;
  const { validFrom, validTo, ...rest } = parsed.data;
  const document: ContentDocument = { ...rest };
  if (validFrom !== undefined) document.validFrom = validFrom;
  if (validTo !== undefined) document.validTo = validTo;
  return document;
}
