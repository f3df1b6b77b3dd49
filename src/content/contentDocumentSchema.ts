import { z } from 'zod';
import { CONTENT_KINDS, type ContentDocument } from '../domain/content';
import { CHANNELS } from '../domain/customer';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function isCalendarDate(value: string): boolean {
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value;
}

/** A `YYYY-MM-DD` date; YAML 1.1 timestamps (parsed as Date) are accepted and normalised. */
export const isoDateSchema = z.preprocess(
  (value) =>
    value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value,
  z.string({ invalid_type_error: 'must be a date like 2026-03-01' }).superRefine((value, context) => {
    // One message per bad date: the format first, then whether the day exists.
    if (!ISO_DATE.test(value))
      context.addIssue({ code: 'custom', message: 'must be a date like 2026-03-01' });
    else if (!isCalendarDate(value))
      context.addIssue({ code: 'custom', message: 'is not a real calendar date' });
  }),
);

const isIsoDate = (value: string | undefined): value is string =>
  value !== undefined && ISO_DATE.test(value) && isCalendarDate(value);

/** Front matter of an approved content document (everything but the Markdown body). */
export const contentFrontMatterSchema = z
  .object({
    id: z
      .string({ required_error: 'is required' })
      .regex(/^[a-z0-9][a-z0-9-]{1,79}$/, 'must be 2-80 lowercase letters, digits or hyphens'),
    title: z.string({ required_error: 'is required' }).trim().min(1, 'must not be empty').max(200),
    kind: z.enum(CONTENT_KINDS),
    validFrom: isoDateSchema.optional(),
    validTo: isoDateSchema.optional(),
    channels: z.array(z.enum(CHANNELS)).min(1, 'must list at least one channel'),
    tags: z.array(z.string().trim().min(1).max(60)).max(40).default([]),
  })
  .strict()
  .refine((doc) => !isIsoDate(doc.validFrom) || !isIsoDate(doc.validTo) || doc.validFrom <= doc.validTo, {
    path: ['validTo'],
    message: 'must not be before validFrom',
  });

export type ContentFrontMatter = z.infer<typeof contentFrontMatterSchema>;

/** A whole document, e.g. as stored in the saved index file. */
export const contentDocumentSchema = z
  .object({
    id: z.string().min(1),
    title: z.string().min(1),
    kind: z.enum(CONTENT_KINDS),
    validFrom: isoDateSchema.optional(),
    validTo: isoDateSchema.optional(),
    channels: z.array(z.enum(CHANNELS)).min(1),
    tags: z.array(z.string()),
    body: z.string().min(1),
  })
  .strict();

/** Builds the domain object without `undefined` optional keys (exactOptionalPropertyTypes). */
export function toContentDocument(frontMatter: ContentFrontMatter, body: string): ContentDocument {
  const document: ContentDocument = {
    id: frontMatter.id,
    title: frontMatter.title,
    kind: frontMatter.kind,
    channels: [...new Set(frontMatter.channels)],
    tags: frontMatter.tags,
    body,
  };
  if (frontMatter.validFrom !== undefined) document.validFrom = frontMatter.validFrom;
  if (frontMatter.validTo !== undefined) document.validTo = frontMatter.validTo;
  return document;
}
