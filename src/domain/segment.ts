import type { Channel } from './customer';

/** A cohort of customers with a human explanation of why they belong together. */
export interface Segment {
  id: string;
  name: string;
  /** Plain-language explanation: the rule and what the members have in common. */
  explanation: string;
  size: number;
  /** Aggregate, non-identifying traits the generator may use (e.g. "avg 132 days since last order"). */
  traits: string[];
  /** The method used: RFM scores, behaviour rules or attribute filters. */
  method: 'rfm' | 'behavior' | 'attributes';
  /** Criteria as data, so the segment can be re-evaluated and audited. */
  criteria: Record<string, string | number | boolean>;
  /** Channels the members can be reached on (opted in). */
  reachableChannels: Channel[];
}
