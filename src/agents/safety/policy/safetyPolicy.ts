import { z } from 'zod';

const severityLevel = z.number().int().min(0).max(7);

/** A list of terms; YAML's empty `blocklist:` (null) reads as an empty list. */
const termList = z
  .array(z.string().trim().min(1, 'must not be empty').max(200, 'must be at most 200 characters'))
  .max(5000)
  .nullish()
  .transform((terms) => terms ?? []);

const stringList = z
  .array(z.string().trim().min(1, 'must not be empty'))
  .nullish()
  .transform((values) => values ?? []);

/**
 * The brand safety policy (config/policy.yaml). Unknown keys are ignored so that the file can carry
 * notes or settings for other tools; every key has a default.
 */
export const safetyPolicySchema = z.object({
  version: z.literal(1).default(1),
  severity: z
    .object({
      /** Block when any category is strictly above this (Azure's 0–7 scale). */
      blockAbove: severityLevel.default(4),
      /** Review when any category is at least this. */
      reviewAtLeast: severityLevel.default(3),
    })
    .nullish()
    .transform((severity) => severity ?? { blockAbove: 4, reviewAtLeast: 3 }),
  /** Brand-unsafe words and phrases; a match blocks with reason `blocklist`. */
  blocklist: termList,
  /** Competitor names, never to be mentioned in our copy; a match blocks with reason `blocklist`. */
  competitors: termList,
  /** Claims legal has banned ("clinically proven"); a match blocks with reason `blocklist`. */
  bannedClaims: termList,
  pii: z
    .object({
      /** The brand's own contact details: not personal data when they appear in copy. */
      allow: z
        .object({
          emails: stringList,
          domains: stringList,
          phones: stringList,
          addresses: stringList,
        })
        .nullish()
        .transform((allow) => allow ?? { emails: [], domains: [], phones: [], addresses: [] }),
    })
    .nullish()
    .transform((pii) => pii ?? { allow: { emails: [], domains: [], phones: [], addresses: [] } }),
});

export type SafetyPolicy = z.output<typeof safetyPolicySchema>;
export type PiiAllowList = SafetyPolicy['pii']['allow'];

/**
 * Built-in policy for the sample brand, used when no policy file exists. config/policy.yaml carries the
 * same content (a test keeps them in step).
 */
export const DEFAULT_SAFETY_POLICY: SafetyPolicy = {
  version: 1,
  severity: { blockAbove: 4, reviewAtLeast: 3 },
  blocklist: [
    'guaranteed returns',
    'risk-free',
    'get rich quick',
    'miracle cure',
    'garantierte Rendite',
    'risikofrei',
    'ganancias garantizadas',
    'rentabilidad garantizada',
    'sin riesgo',
    'rendement garanti',
    'sans risque',
  ],
  competitors: ['Fabrikam', 'Northwind Traders', 'Wingtip Toys'],
  bannedClaims: ['clinically proven', 'FDA approved'],
  pii: {
    allow: {
      emails: ['support@contoso-outfitters.example', 'privacy@contoso-outfitters.example'],
      domains: ['contoso-outfitters.example'],
      phones: ['+1 800 555 0199', '+44 20 7946 0000'],
      addresses: ['1 Contoso Way, Redmond'],
    },
  },
};
