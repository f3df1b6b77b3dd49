import { LIFECYCLE_STAGES, type Customer, type LifecycleStage } from '../../domain/customer';

/** Bit flags per customer. */
export const FLAG = { email: 1, sms: 2, push: 4, matchesFilters: 8 } as const;

/**
 * The few numbers segmentation needs per customer, in typed arrays (about 20 bytes a customer):
 * no identifiers, names or emails are kept, so 100k customers cost ~2 MB however wide the rows are.
 */
export class CustomerColumns {
  length = 0;
  recency = new Float64Array(1024);
  frequency = new Float64Array(1024);
  monetary = new Float64Array(1024);
  flags = new Uint8Array(1024);
  stage = new Uint8Array(1024);
  region = new Uint16Array(1024);
  readonly regionNames: string[] = [];
  private readonly regionIndex = new Map<string, number>();

  append(customer: Customer, matchesFilters: boolean): void {
    if (this.length === this.recency.length) this.grow();
    const at = this.length;
    this.recency[at] = customer.recencyDays;
    this.frequency[at] = customer.frequency;
    this.monetary[at] = customer.monetary;
    this.flags[at] =
      (customer.emailOptIn ? FLAG.email : 0) |
      (customer.smsOptIn ? FLAG.sms : 0) |
      (customer.pushOptIn ? FLAG.push : 0) |
      (matchesFilters ? FLAG.matchesFilters : 0);
    this.stage[at] = LIFECYCLE_STAGES.indexOf(customer.lifecycleStage);
    this.region[at] = this.regionId(customer.region);
    this.length += 1;
  }

  stageAt(index: number): LifecycleStage {
    return LIFECYCLE_STAGES[this.stage[index] ?? 0] ?? 'active';
  }

  private regionId(region: string): number {
    const known = this.regionIndex.get(region);
    if (known !== undefined) return known;
    const id = this.regionNames.length;
    this.regionNames.push(region);
    this.regionIndex.set(region, id);
    return id;
  }

  private grow(): void {
    const size = this.recency.length * 2;
    this.recency = copyInto(new Float64Array(size), this.recency);
    this.frequency = copyInto(new Float64Array(size), this.frequency);
    this.monetary = copyInto(new Float64Array(size), this.monetary);
    this.flags = copyInto(new Uint8Array(size), this.flags);
    this.stage = copyInto(new Uint8Array(size), this.stage);
    this.region = copyInto(new Uint16Array(size), this.region);
  }
}

function copyInto<T extends Float64Array | Uint8Array | Uint16Array>(target: T, source: T): T {
  target.set(source as never);
  return target;
}
