import { createWriteStream, existsSync, readdirSync, statSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { AppConfig } from '../config/schema';
import { describeContentProblem } from '../content/contentProblem';
import { loadContentDirectory } from '../content/loadContentDirectory';
import { generateSyntheticCustomers } from '../customers/syntheticCustomers';
import { writeCustomersCsv } from '../customers/writeCustomersCsv';
import { CONTENT_INDEX_FILE_NAME, saveContentIndex } from '../adapters/search/local/contentIndexFile';
import { LocalContentIndex } from '../adapters/search/local/localContentIndex';
import type { Logger } from '../shared/logger';

const SAMPLE_CUSTOMERS = 500;
const SAMPLE_SEED = 42;

export function contentIndexFileOf(config: AppConfig): string {
  return join(config.files.outDir, CONTENT_INDEX_FILE_NAME);
}

function newestMtime(directory: string): number {
  return readdirSync(directory)
    .filter((name) => name.endsWith('.md'))
    .reduce((newest, name) => Math.max(newest, statSync(join(directory, name)).mtimeMs), 0);
}

/**
 * First start on a fresh machine: writes the synthetic customer sample if absent and (re)builds the local
 * content index when it is missing or older than the content. Idempotent and quick when nothing changed.
 */
export async function seedSampleData(config: AppConfig, logger: Logger): Promise<void> {
  const customersFile = config.files.customers;
  if (!existsSync(customersFile)) {
    await mkdir(dirname(customersFile), { recursive: true });
    const rows = await writeCustomersCsv(
      generateSyntheticCustomers({ count: SAMPLE_CUSTOMERS, seed: SAMPLE_SEED }),
      createWriteStream(customersFile),
    );
    logger.info({ rows, file: customersFile }, 'seeded synthetic customers');
  }
  if (config.search.provider !== 'local') return;
  const indexFile = contentIndexFileOf(config);
  const stale = !existsSync(indexFile) || statSync(indexFile).mtimeMs < newestMtime(config.files.contentDir);
  if (!stale) return;
  const { documents, problems } = await loadContentDirectory(config.files.contentDir);
  problems.forEach((problem) =>
    logger.warn({ problem: describeContentProblem(problem) }, 'invalid content skipped'),
  );
  await saveContentIndex(LocalContentIndex.fromDocuments(documents), indexFile, new Date());
  logger.info({ documents: documents.length, file: indexFile }, 'built the local content index');
}
