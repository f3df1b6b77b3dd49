/** Ids of the screens a safety verdict can come from, as audit records and cards name them. */
export const POLICY_SCREEN_ID = 'policy';
export const AZURE_SCREENER_ID = 'azure-content-safety';
export const SAFETY_JUDGE_ID = 'safety-judge';
