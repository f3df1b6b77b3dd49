import { existsSync, readFileSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { configError } from '../../../shared/errors';
import { formatZodError } from '../../../shared/zodMessage';
import { DEFAULT_SAFETY_POLICY, safetyPolicySchema, type SafetyPolicy } from './safetyPolicy';

/** Where the policy lives unless a path is given, relative to the working directory. */
export const DEFAULT_POLICY_PATH = 'config/policy.yaml';

/** Validates an already parsed policy document; `source` names it in error messages. */
export function parseSafetyPolicy(document: unknown, source: string): SafetyPolicy {
  if (document === null || document === undefined) return safetyPolicySchema.parse({});
  if (typeof document !== 'object' || Array.isArray(document)) {
    throw configError(
      `Invalid safety policy in ${source}: expected an object with keys such as "blocklist".`,
    );
  }
  const result = safetyPolicySchema.safeParse(document);
  if (!result.success)
    throw configError(`Invalid safety policy in ${source}: ${formatZodError(result.error)}`);
  return result.data;
}

/**
 * Reads a policy file, JSON or YAML (by extension; other extensions are tried as JSON, then YAML).
 * Throws a CONFIG AppError naming the file and the offending field.
 */
export function loadSafetyPolicy(path: string, displayName: string = path): SafetyPolicy {
  let content: string;
  try {
    content = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT' ? 'file not found' : code === 'EISDIR' ? 'is a directory' : 'cannot be read';
    throw configError(`Safety policy ${displayName}: ${reason}.`);
  }
  return parseSafetyPolicy(parseDocument(content.replace(/^\uFEFF/, ''), displayName), displayName);
}

function parseDocument(content: string, path: string): unknown {
  const extension = extname(path).toLowerCase();
  if (extension === '.json' || (extension !== '.yaml' && extension !== '.yml' && /^\s*[{[]/.test(content))) {
    try {
      return JSON.parse(content);
    } catch (error) {
      if (extension === '.json') {
        throw configError(`Safety policy ${path} is not valid JSON: ${(error as Error).message}`);
      }
    }
  }
  try {
    return parseYaml(content);
  } catch (error) {
    throw configError(`Safety policy ${path} is not valid YAML: ${(error as Error).message.split('\n')[0]}`);
  }
}

/**
 * The policy in force: the given file, else `config/policy.yaml` under `cwd` when present, else the
 * built-in defaults.
 */
export function resolveSafetyPolicy(cwd: string, path?: string): SafetyPolicy {
  if (path !== undefined) return loadSafetyPolicy(resolve(cwd, path), path);
  const standard = resolve(cwd, DEFAULT_POLICY_PATH);
  return existsSync(standard) ? loadSafetyPolicy(standard, DEFAULT_POLICY_PATH) : DEFAULT_SAFETY_POLICY;
}
