export const CHANNELS = ['email', 'sms', 'push'] as const;
export type Channel = (typeof CHANNELS)[number];

export const LIFECYCLE_STAGES = ['new', 'active', 'at_risk', 'lapsed', 'churned'] as const;
export type LifecycleStage = (typeof LIFECYCLE_STAGES)[number];

/** One row of the customer base. Raw identifiers and PII never leave the process un-pseudonymized. */
export interface Customer {
  id: string;
  email: string;
  firstName: string;
  region: string;
  lifecycleStage: LifecycleStage;
  /** Days since the last purchase. */
  recencyDays: number;
  /** Orders in the last 12 months. */
  frequency: number;
  /** Spend in the last 12 months, in the store currency. */
  monetary: number;
  preferredChannels: Channel[];
  emailOptIn: boolean;
  smsOptIn: boolean;
  pushOptIn: boolean;
}
