/**
 * Apple Mail Privacy Protection (and similar proxies) fetch every tracking pixel when a message arrives,
 * whether or not a person reads it, so such opens say nothing about interest. An explicit flag from the
 * sender wins; otherwise the user agent decides: MPP's prefetcher sends the bare `Mozilla/5.0` (no platform
 * details), and security scanners/prefetchers identify themselves. Anything else counts as a human open.
 */
const MACHINE_AGENT =
  /(?:^mozilla\/5\.0$)|bot\b|crawler|spider|prefetch|preview|scanner|barracuda|mimecast|proofpoint|symantec|messagelabs/i;

export function isMachineOpen(flag: boolean | undefined, userAgent: string | undefined): boolean {
  if (flag !== undefined) return flag;
  if (userAgent === undefined) return false;
  const agent = userAgent.trim();
  return agent !== '' && MACHINE_AGENT.test(agent);
}
