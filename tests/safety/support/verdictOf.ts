import { join } from 'node:path';
import { LocalSafetyScreener } from '../../../src/adapters/safety/local/localSafetyScreener';
import { loadSafetyPolicy } from '../../../src/agents/safety/policy/loadSafetyPolicy';
import { SafetyService } from '../../../src/agents/safety/safetyService';

const SHIPPED_POLICY = join(__dirname, '..', '..', '..', 'config', 'policy.yaml');

/** The Safety service as shipped: the local screener and the repository's `config/policy.yaml`. */
export function shippedSafetyService(): SafetyService {
  return new SafetyService(new LocalSafetyScreener(), loadSafetyPolicy(SHIPPED_POLICY));
}

/** The shipped policy with the local screener's rules alone, for tests of the rules themselves. */
export function rulesOnlySafetyService(): SafetyService {
  return new SafetyService(new LocalSafetyScreener({ classifier: null }), loadSafetyPolicy(SHIPPED_POLICY));
}

/** The verdict the shipped service gives one text. */
export async function verdictOf(
  text: string,
  service: SafetyService = shippedSafetyService(),
): Promise<string> {
  const [result] = await service.screenTexts([{ id: 'probe', text }]);
  return result?.verdict ?? 'missing';
}
