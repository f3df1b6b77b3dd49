import { parse as parseYaml, YAMLParseError } from 'yaml';
import type { ContentDocument } from '../domain/content';
import { contentFrontMatterSchema, toContentDocument } from './contentDocumentSchema';
import type { ContentProblem } from './contentProblem';

export type ParsedContent =
  { ok: true; document: ContentDocument } | { ok: false; problems: ContentProblem[] };

const FRONT_MATTER = /^---[ \t]*\n([\s\S]*?)\n---[ \t]*(?:\n|$)([\s\S]*)$/;

function fieldPath(path: Array<string | number>): string {
  return path
    .map((part, index) => (typeof part === 'number' ? `[${part}]` : index === 0 ? part : `.${part}`))
    .join('');
}

/**
 * Parses one Markdown document with YAML front matter into a validated `ContentDocument`.
 * Returns every problem found (one per bad field) instead of throwing, so a loader can report and go on.
 */
export function parseContentMarkdown(text: string, file: string): ParsedContent {
  const normalized = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const match = FRONT_MATTER.exec(normalized);
  if (!match) {
    return { ok: false, problems: [{ file, message: 'missing front matter (a --- block at the top)' }] };
  }
  const [, yamlText = '', rawBody = ''] = match;
  let frontMatter: unknown;
  try {
    frontMatter = parseYaml(yamlText);
  } catch (error) {
    const reason = error instanceof YAMLParseError ? error.message.split('\n')[0] : 'unreadable YAML';
    return { ok: false, problems: [{ file, message: `front matter is not valid YAML: ${reason}` }] };
  }
  if (frontMatter === null || typeof frontMatter !== 'object' || Array.isArray(frontMatter)) {
    return { ok: false, problems: [{ file, message: 'front matter must be a YAML mapping of fields' }] };
  }
  const problems: ContentProblem[] = [];
  const parsed = contentFrontMatterSchema.safeParse(frontMatter);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = fieldPath(issue.path);
      const message =
        issue.code === 'unrecognized_keys' ? `unknown field(s) ${issue.keys.join(', ')}` : issue.message;
      problems.push(field === '' ? { file, message } : { file, field, message });
    }
  }
  const body = rawBody.trim();
  if (body === '') problems.push({ file, field: 'body', message: 'must not be empty' });
  if (!parsed.success || problems.length > 0) return { ok: false, problems };
  return { ok: true, document: toContentDocument(parsed.data, body) };
}
