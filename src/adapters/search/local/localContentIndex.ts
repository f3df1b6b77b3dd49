import MiniSearch, { type AsPlainObject, type Options, type SearchOptions } from 'minisearch';
import type { ContentDocument, SearchHit } from '../../../domain/content';
import type { ContentIndex, ContentQuery } from '../../../ports/ContentIndex';
import { isValidOn, servesChannel } from '../../../content/contentValidity';
import { expandQuery } from '../../../content/multilingualQueryTerms';
import { processSearchTerm } from './searchTerms';

/** What MiniSearch indexes per document; tags are joined so "win-back" and "free shipping" are searchable. */
interface IndexedFields {
  id: string;
  title: string;
  body: string;
  tags: string;
}

const DEFAULT_TOP = 5;

export const MINISEARCH_OPTIONS: Options<IndexedFields> = {
  idField: 'id',
  fields: ['title', 'body', 'tags'],
  processTerm: processSearchTerm,
};

/** Title and tags say what a document is about; a passing mention in the body counts for less. */
export const SEARCH_OPTIONS: SearchOptions = {
  boost: { title: 3, tags: 2, body: 1 },
  prefix: (term) => term.length >= 4,
  fuzzy: (term) => (term.length >= 5 ? 0.2 : false),
  combineWith: 'OR',
};

function toIndexed(document: ContentDocument): IndexedFields {
  return { id: document.id, title: document.title, body: document.body, tags: document.tags.join(' ; ') };
}

/** Serialised form of the index: the documents plus MiniSearch's own inverted index. */
export interface LocalContentIndexSnapshot {
  documents: ContentDocument[];
  miniSearch: AsPlainObject;
}

/**
 * In-process `ContentIndex` over MiniSearch (BM25+, prefix and fuzzy matching, field boosts).
 * Queries are expanded with English theme terms so German, French, Spanish, Portuguese and Japanese
 * questions find the English documents; channel and validity filters are applied before `top`.
 */
export class LocalContentIndex implements ContentIndex {
  private documents = new Map<string, ContentDocument>();
  private miniSearch = new MiniSearch<IndexedFields>(MINISEARCH_OPTIONS);

  static fromDocuments(documents: ContentDocument[]): LocalContentIndex {
    const index = new LocalContentIndex();
    index.replace(documents);
    return index;
  }

  /** Restores a saved index without re-tokenising the documents. */
  static fromSnapshot(snapshot: LocalContentIndexSnapshot): LocalContentIndex {
    const index = new LocalContentIndex();
    index.miniSearch = MiniSearch.loadJS<IndexedFields>(snapshot.miniSearch, MINISEARCH_OPTIONS);
    index.documents = new Map(snapshot.documents.map((document) => [document.id, document]));
    return index;
  }

  toSnapshot(): LocalContentIndexSnapshot {
    return { documents: [...this.documents.values()], miniSearch: this.miniSearch.toJSON() };
  }

  get size(): number {
    return this.documents.size;
  }

  async index(documents: ContentDocument[]): Promise<void> {
    this.replace(documents);
  }

  async search(query: ContentQuery): Promise<SearchHit[]> {
    const text = expandQuery(query.text.trim());
    const top = Math.max(1, query.top ?? DEFAULT_TOP);
    if (text === '') return [];
    const results = this.miniSearch.search(text, {
      ...SEARCH_OPTIONS,
      filter: (result) => {
        const document = this.documents.get(String(result.id));
        if (!document) return false;
        if (query.channel !== undefined && !servesChannel(document, query.channel)) return false;
        return query.validOn === undefined || isValidOn(document, query.validOn);
      },
    });
    const hits: SearchHit[] = [];
    for (const result of results) {
      const document = this.documents.get(String(result.id));
      if (document) hits.push({ document, score: result.score });
      if (hits.length >= top) break;
    }
    return hits;
  }

  async get(id: string): Promise<ContentDocument | undefined> {
    return this.documents.get(id);
  }

  private replace(documents: ContentDocument[]): void {
    const unique = new Map(documents.map((document) => [document.id, document]));
    const miniSearch = new MiniSearch<IndexedFields>(MINISEARCH_OPTIONS);
    miniSearch.addAll([...unique.values()].map(toIndexed));
    this.miniSearch = miniSearch;
    this.documents = unique;
  }
}
