import { card, type AdaptiveCard } from './adaptiveCard';

export type StepState = 'pending' | 'running' | 'done' | 'failed' | 'skipped';

export interface ProgressStep {
  label: string;
  state: StepState;
  detail?: string;
}

const ICONS: Record<StepState, string> = {
  pending: '○',
  running: '⏳',
  done: '✅',
  failed: '❌',
  skipped: '–',
};

/** A status card updated in place while the agents work, so the user sees progress step by step. */
export function buildProgressCard(title: string, steps: ProgressStep[]): AdaptiveCard {
  return card([
    { type: 'TextBlock', text: title, weight: 'Bolder', wrap: true },
    ...steps.map((step) => ({
      type: 'TextBlock',
      text: `${ICONS[step.state]} ${step.label}${step.detail ? ` — ${step.detail}` : ''}`,
      wrap: true,
      spacing: 'Small',
    })),
  ]);
}
