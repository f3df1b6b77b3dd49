import { SAFETY_CATEGORIES, type SafetyCategory } from '../../../../domain/variant';

/** What the classifier predicts: the four harm categories and prompt injection, one-vs-rest. */
export const CLASSIFIER_LABELS = [...SAFETY_CATEGORIES, 'prompt_injection'] as const;
export type ClassifierLabel = SafetyCategory | 'prompt_injection';
