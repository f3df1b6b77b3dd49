/** List prices in US dollars per million tokens. */
export interface ModelPrices {
  readonly inputPerMillion: number;
  readonly outputPerMillion: number;
}

/** Model spend of a campaign or a call: calls, tokens and US dollars. */
export interface ModelSpend {
  calls: number;
  promptTokens: number;
  completionTokens: number;
  costUsd: number;
}

export const NO_SPEND: ModelSpend = { calls: 0, promptTokens: 0, completionTokens: 0, costUsd: 0 };

/** US dollars for the tokens of one call at list prices per million tokens. */
export function costOf(
  usage: { promptTokens: number; completionTokens: number },
  prices: ModelPrices,
): number {
  return (
    (usage.promptTokens * prices.inputPerMillion + usage.completionTokens * prices.outputPerMillion) / 1e6
  );
}

export function addSpend(a: ModelSpend, b: ModelSpend): ModelSpend {
  return {
    calls: a.calls + b.calls,
    promptTokens: a.promptTokens + b.promptTokens,
    completionTokens: a.completionTokens + b.completionTokens,
    costUsd: a.costUsd + b.costUsd,
  };
}

/** Dollars for people: cents below a dollar are kept, tiny amounts keep two significant digits. */
export function formatUsd(amount: number): string {
  if (amount === 0) return '$0';
  if (amount < 0.01) return `$${amount.toPrecision(2)}`;
  return `$${amount
    .toFixed(amount < 10 ? 4 : 2)
    .replace(/0+$/, '')
    .replace(/\.$/, '')}`;
}

/** One sentence on what drafting a campaign cost in model calls, in total and per customer of its audience. */
export function spendSentence(spend: ModelSpend | undefined, audienceSize: number): string {
  if (spend === undefined || spend.calls === 0) return 'Model cost: none (drafted offline).';
  const tokens = (spend.promptTokens + spend.completionTokens).toLocaleString('en-US');
  const perCustomer = audienceSize > 0 ? `, ${formatUsd(spend.costUsd / audienceSize)} per customer` : '';
  return `Model cost: ${formatUsd(spend.costUsd)} for ${spend.calls} call${spend.calls === 1 ? '' : 's'} (${tokens} tokens)${perCustomer}.`;
}
