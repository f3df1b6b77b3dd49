import { z } from 'zod';

/** Campaign ids as every tool and table key accepts them: lower case letters, digits, - and _. */
export const campaignIdSchema = z
  .string()
  .min(1)
  .max(80)
  .regex(/^[a-z0-9][a-z0-9-_]*$/, 'campaign ids are lower case letters, digits, - and _');
