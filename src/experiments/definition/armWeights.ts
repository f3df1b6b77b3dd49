/** Traffic split: the holdout (if any) gets `holdoutShare`, the message arms share the rest equally. */
export function armWeights(messageArmCount: number, holdoutShare: number | null): number[] {
  const messageShare = holdoutShare === null ? 1 : 1 - holdoutShare;
  const weights = new Array<number>(messageArmCount).fill(messageShare / messageArmCount);
  return holdoutShare === null ? weights : [...weights, holdoutShare];
}
