/** Short arm names for chart axes and narrow card columns: "Control (business as usual)" → "Control". */
export function shortArmLabel(arm: { kind: string; label: string }): string {
  if (arm.kind === 'control') return 'Control';
  if (arm.kind === 'holdout') return 'Holdout';
  return arm.label;
}
