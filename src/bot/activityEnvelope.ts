import { z } from 'zod';
import { formatZodError } from '../shared/zodMessage';

/**
 * The least an activity must have before the Bot Framework adapter sees it: botbuilder assumes these fields and
 * answers a `{}` body with a 500. Everything else is validated where it is used.
 */
const activityEnvelope = z
  .object({
    type: z.string().min(1, 'is required').max(64),
    channelId: z.string().max(256).optional(),
    serviceUrl: z.string().max(2048).optional(),
    conversation: z
      .object({ id: z.string().max(1024) })
      .passthrough()
      .optional(),
    from: z
      .object({ id: z.string().max(1024).optional(), aadObjectId: z.string().max(256).optional() })
      .passthrough()
      .optional(),
  })
  .passthrough();

export type ActivityCheck = { ok: true } | { ok: false; error: string };

export function checkActivityEnvelope(body: unknown): ActivityCheck {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return { ok: false, error: 'body: must be a Bot Framework activity (a JSON object)' };
  }
  const parsed = activityEnvelope.safeParse(body);
  return parsed.success ? { ok: true } : { ok: false, error: formatZodError(parsed.error) };
}
