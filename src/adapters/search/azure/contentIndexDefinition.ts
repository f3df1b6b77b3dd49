import type { SearchIndex } from '@azure/search-documents';

export const CONTENT_SCORING_PROFILE = 'content-boost';

/**
 * The Azure AI Search index for approved content. Mirrors the local index: English analyzer,
 * title and tags weighted above the body, filterable channels and validity dates.
 */
export function contentIndexDefinition(name: string): SearchIndex {
  return {
    name,
    fields: [
      { name: 'id', type: 'Edm.String', key: true, filterable: true },
      { name: 'title', type: 'Edm.String', searchable: true, analyzerName: 'en.lucene' },
      { name: 'kind', type: 'Edm.String', filterable: true, facetable: true },
      { name: 'validFrom', type: 'Edm.DateTimeOffset', filterable: true, sortable: true },
      { name: 'validTo', type: 'Edm.DateTimeOffset', filterable: true, sortable: true },
      { name: 'channels', type: 'Collection(Edm.String)', filterable: true, facetable: true },
      {
        name: 'tags',
        type: 'Collection(Edm.String)',
        searchable: true,
        filterable: true,
        analyzerName: 'en.lucene',
      },
      { name: 'body', type: 'Edm.String', searchable: true, analyzerName: 'en.lucene' },
    ],
    scoringProfiles: [
      { name: CONTENT_SCORING_PROFILE, textWeights: { weights: { title: 3, tags: 2, body: 1 } } },
    ],
    defaultScoringProfile: CONTENT_SCORING_PROFILE,
  };
}
