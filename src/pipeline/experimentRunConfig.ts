import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { segmentCustomersInput } from '../tools/inputs/segmentCustomersInput';
import { retrieveContentInput } from '../tools/inputs/retrieveContentInput';
import { generateVariantsInput } from '../tools/inputs/generateVariantsInput';
import { invalidInput, notFound } from '../shared/errors';
import { formatZodError } from '../shared/zodMessage';

/** `config/experiment.yaml`: one campaign run without Teams. */
export const experimentRunConfigSchema = z.object({
  campaign: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-_]{0,79}$/, 'campaign ids are lower case letters, digits, - and _'),
  author: z.string().min(1).default('cli'),
  audience: segmentCustomersInput.default({}),
  content: retrieveContentInput,
  message: generateVariantsInput.default({}),
  experiment: z
    .object({
      control: z.boolean().default(true),
      holdout: z.number().min(0).max(0.5).default(0),
      seed: z.string().min(1).optional(),
    })
    .default({}),
});

export type ExperimentRunConfig = z.infer<typeof experimentRunConfigSchema>;

export function loadExperimentRunConfig(file: string): ExperimentRunConfig {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw notFound(`The run configuration ${file} does not exist.`);
  }
  let raw: unknown;
  try {
    raw = parseYaml(text);
  } catch (error) {
    throw invalidInput(
      `${file} is not valid YAML: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  const parsed = experimentRunConfigSchema.safeParse(raw);
  if (!parsed.success) throw invalidInput(`${file}: ${formatZodError(parsed.error)}`);
  return parsed.data;
}
