import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { configError } from '../../shared/errors';

/** A versioned prompt from `prompts/<name>/prompt.md`; id and version go into every audit record it serves. */
export interface PromptFile {
  readonly id: string;
  readonly version: number;
  readonly text: string;
}

const frontMatter = z.object({ id: z.string().min(1), version: z.number().int().min(1) }).strict();

/** Splits `---\nid: …\nversion: N\n---\n<text>`; a prompt without front matter is a configuration error. */
export function parsePromptFile(source: string, name: string): PromptFile {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n([\s\S]*)$/.exec(source);
  if (match === null) throw configError(`prompts/${name}/prompt.md has no front matter (id, version).`);
  const parsed = frontMatter.safeParse(parseYaml(match[1] ?? ''));
  if (!parsed.success) throw configError(`prompts/${name}/prompt.md: front matter needs id and version.`);
  return { id: parsed.data.id, version: parsed.data.version, text: match[2] ?? '' };
}

/** Reads a prompt once at start-up (the composition root passes it to the adapter). */
export async function loadPromptFile(rootDir: string, name: string): Promise<PromptFile> {
  let source: string;
  try {
    source = await readFile(join(rootDir, 'prompts', name, 'prompt.md'), 'utf8');
  } catch {
    throw configError(`The prompt prompts/${name}/prompt.md is missing.`);
  }
  return parsePromptFile(source, name);
}

/** Fills `[[name]]` slots; unknown slots are left visible so a broken template is noticed. */
export function fillSlots(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\[\[(\w+)\]\]/g, (slot, name: string) => values[name] ?? slot);
}
