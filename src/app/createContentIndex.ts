import { existsSync } from 'node:fs';
import type { AppConfig } from '../config/schema';
import type { ContentIndex } from '../ports/ContentIndex';
import { loadContentDirectory } from '../content/loadContentDirectory';
import type { ContentProblem } from '../content/contentProblem';
import { configError } from '../shared/errors';
import { loadContentIndex } from '../adapters/search/local/contentIndexFile';
import { LocalContentIndex } from '../adapters/search/local/localContentIndex';

export interface ContentIndexSources {
  /** The file written by `cpo index`; used when it exists. */
  indexFile: string;
  /** Markdown content folder; indexed in memory when there is no index file. */
  contentDir: string;
  /** Receives content files that failed validation while building in memory. */
  onProblem?: (problem: ContentProblem) => void;
}

/** Chooses the `ContentIndex` adapter from `search.provider`: a local MiniSearch index or Azure AI Search. */
export async function createContentIndex(
  search: AppConfig['search'],
  sources: ContentIndexSources,
): Promise<ContentIndex> {
  if (search.provider === 'azure') {
    if (search.endpoint === undefined) {
      throw configError('AZURE_SEARCH_ENDPOINT is required when CPO_SEARCH_PROVIDER=azure.');
    }
    // The Azure SDK loads only for this provider: the local index never needs it.
    const { AzureContentIndex } = await import('../adapters/search/azure/azureContentIndex');
    return new AzureContentIndex({
      endpoint: search.endpoint,
      indexName: search.indexName,
      ...(search.apiKey === undefined ? {} : { apiKey: search.apiKey }),
    });
  }
  if (existsSync(sources.indexFile)) return loadContentIndex(sources.indexFile);
  const { documents, problems } = await loadContentDirectory(sources.contentDir);
  problems.forEach((problem) => sources.onProblem?.(problem));
  return LocalContentIndex.fromDocuments(documents);
}
