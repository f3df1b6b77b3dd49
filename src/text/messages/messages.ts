import { createInstance, type i18n } from 'i18next';
import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import { ja } from './ja';
import { pt } from './pt';

/** The languages replies come in; a request in any other language is answered in English. */
export const REPLY_LANGUAGES = ['en', 'de', 'fr', 'es', 'pt', 'ja'] as const;
export type ReplyLanguage = (typeof REPLY_LANGUAGES)[number];

/** A catalog: the English catalog's shape with any text in its place (a missing key fails type-check). */
type Catalog<T> = { readonly [K in keyof T]: T[K] extends string ? string : Catalog<T[K]> };
export type Messages = Catalog<typeof en>;

type Leaves<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : Leaves<T[K], `${Prefix}${K}.`>;
}[keyof T & string];
type WithoutPlural<K extends string> = K extends `${infer Base}_${'one' | 'other'}` ? Base : K;

/** A message's key, e.g. `draft.drafted` (plural forms are chosen by `count`, never named). */
export type MessageKey = WithoutPlural<Leaves<typeof en>>;
export type MessageValues = Readonly<Record<string, string | number>>;

/** Renders one message of one language. */
export type Translate = (key: MessageKey, values?: MessageValues) => string;

export const CATALOGS: Readonly<Record<ReplyLanguage, Messages>> = { en, de, fr, es, pt, ja };

let shared: i18n | undefined;

/**
 * French, Spanish and Portuguese have a third plural category, `many` (1 000 000 de clients), which our
 * sentences write like `other`: each `_other` form also serves as `_many`, so no count falls back to English.
 */
function withManyForms(catalog: object): Record<string, unknown> {
  const copy: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(catalog)) {
    copy[key] = typeof value === 'string' ? value : withManyForms(value as object);
    if (typeof value === 'string' && key.endsWith('_other')) copy[key.replace(/_other$/, '_many')] ??= value;
  }
  return copy;
}

/** One i18next instance for every turn: catalogs are bundled, so it initialises synchronously. */
function instance(): i18n {
  if (shared !== undefined) return shared;
  const created = createInstance();
  void created.init({
    initAsync: false,
    resources: Object.fromEntries(
      REPLY_LANGUAGES.map((language) => [language, { translation: withManyForms(CATALOGS[language]) }]),
    ),
    lng: 'en',
    fallbackLng: 'en',
    supportedLngs: [...REPLY_LANGUAGES],
    // Replies are Markdown or Adaptive Card text, never HTML: nothing to escape.
    interpolation: { escapeValue: false },
    returnNull: false,
    returnEmptyString: false,
  });
  shared = created;
  return created;
}

export function isReplyLanguage(value: unknown): value is ReplyLanguage {
  return typeof value === 'string' && (REPLY_LANGUAGES as readonly string[]).includes(value);
}

/** The language of a turn's replies: one of ours, else English. */
export function replyLanguageOf(value: unknown): ReplyLanguage {
  return isReplyLanguage(value) ? value : 'en';
}

const translators = new Map<ReplyLanguage, Translate>();

/** The message renderer of one language (plurals through Intl.PluralRules, `{{name}}` placeholders). */
export function translatorFor(language: ReplyLanguage = 'en'): Translate {
  const known = translators.get(language);
  if (known !== undefined) return known;
  const fixed = instance().getFixedT(language);
  const translate: Translate = (key, values) => fixed(key, values ?? {}) as string;
  translators.set(language, translate);
  return translate;
}

/** Numbers as the reader writes them: 1,234 / 1.234 / 1 234. */
export function formatNumber(value: number, language: ReplyLanguage = 'en'): string {
  return value.toLocaleString(language === 'en' ? 'en-US' : language);
}
