/** How to reach a chat model; each provider with exactly the settings it needs. */
export type ModelConnection =
  | {
      readonly provider: 'azure-openai';
      /** Without a trailing slash: the portal shows one, and the SDK would then call `//openai/…` (404). */
      readonly endpoint: string;
      readonly deployment: string;
      readonly apiVersion: string;
      /** Absent: Entra ID through DefaultAzureCredential. */
      readonly apiKey?: string;
    }
  | {
      readonly provider: 'openai';
      readonly baseUrl: string;
      readonly model: string;
      readonly apiKey?: string;
    };

/** Call limits shared by every use of the model. */
export interface ModelLimits {
  readonly timeoutMs: number;
  readonly maxRetries: number;
  readonly concurrency: number;
}
