import type { TokenCredential } from '@azure/core-auth';
import { DefaultAzureCredential, getBearerTokenProvider } from '@azure/identity';

const COGNITIVE_SERVICES_SCOPE = 'https://cognitiveservices.azure.com/.default';

/**
 * Authentication options for the `openai` package's AzureOpenAI client: the API key when one is configured,
 * else Entra ID (the given credential, or DefaultAzureCredential: managed identity in Azure).
 */
export function azureOpenAiAuth(
  apiKey: string | undefined,
  credential?: TokenCredential,
): { apiKey: string } | { azureADTokenProvider: () => Promise<string> } {
  if (apiKey !== undefined) return { apiKey };
  return {
    azureADTokenProvider: getBearerTokenProvider(
      credential ?? new DefaultAzureCredential(),
      COGNITIVE_SERVICES_SCOPE,
    ),
  };
}
