import { buildClarifyCard } from '../../cards/clarifyCard';
import { buildHelpCard } from '../../cards/helpCard';
import { describeScreens, OFFLINE_SCREEN_LABEL } from '../../cards/screenLabels';
import { requestLanguageOf } from '../../src/adapters/planner/intent/requestLanguage';
import type { SafetyResult } from '../../src/domain/variant';
import { AppError } from '../../src/shared/errors';
import { errorText } from '../../src/text/messages/errorText';
import { CATALOGS, REPLY_LANGUAGES, replyLanguageOf, translatorFor } from '../../src/text/messages/messages';
import { TOOL_CATALOG, TOOL_NAMES } from '../../src/tools/toolCatalog';

/** Every text of a catalog by its dotted key. */
function entries(node: object, prefix = ''): Array<[string, string]> {
  return Object.entries(node).flatMap(([key, value]): Array<[string, string]> =>
    typeof value === 'string' ? [[`${prefix}${key}`, value]] : entries(value as object, `${prefix}${key}.`),
  );
}

const placeholders = (text: string): string[] =>
  [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1] ?? '').sort();

describe('reply catalogs', () => {
  const english = new Map(entries(CATALOGS.en));

  it.each(REPLY_LANGUAGES.filter((language) => language !== 'en'))(
    '%s has every key of English, no other, each non-empty with the same placeholders',
    (language) => {
      const translated = new Map(entries(CATALOGS[language]));
      expect([...translated.keys()].sort()).toEqual([...english.keys()].sort());
      for (const [key, text] of english) {
        const translation = translated.get(key) ?? '';
        expect({ key, empty: translation.trim() === '' }).toEqual({ key, empty: false });
        expect({ key, placeholders: placeholders(translation) }).toEqual({
          key,
          placeholders: placeholders(text),
        });
      }
    },
  );

  it("English step labels and help descriptions are the tool registry's own words", () => {
    const t = translatorFor('en');
    for (const tool of TOOL_NAMES) {
      expect(t(`tools.${tool}`)).toBe(TOOL_CATALOG[tool].label);
      expect(t(`help.capabilities.${tool}`)).toBe(TOOL_CATALOG[tool].description);
    }
  });

  it('chooses plural forms by count, also for the large numbers French writes with "de"', () => {
    expect(translatorFor('en')('lists.variants', { count: 1 })).toBe('1 variant');
    expect(translatorFor('en')('lists.variants', { count: 2 })).toBe('2 variants');
    expect(translatorFor('de')('lists.variants', { count: 1 })).toBe('1 Variante');
    expect(translatorFor('fr')('lists.page', { page: 1, pageCount: 2, count: 1_000_000 })).toBe(
      'Page 1 sur 2 · 1000000 campagnes',
    );
    expect(translatorFor('ja')('lists.variants', { count: 1 })).toBe('バリエーション1件');
  });

  it('answers anything but our six languages in English', () => {
    expect(replyLanguageOf('it')).toBe('en');
    expect(replyLanguageOf(undefined)).toBe('en');
    expect(replyLanguageOf('pt')).toBe('pt');
    expect(requestLanguageOf('Какая сегодня погода в Москве?')).toBe('en');
    expect(requestLanguageOf('Ελάτε να δείτε τις προσφορές μας')).toBe('en');
    expect(requestLanguageOf('Hoe laat is het vandaag?')).toBe('en');
    expect(requestLanguageOf('¿Puedes redactar una campaña para los clientes VIP?')).toBe('es');
  });
});

describe('errors in the language of the turn', () => {
  it('keeps a message written in the language, and leads an English-only one with a translated reason and its code', () => {
    const local = new AppError('CONFLICT', 'Die Kampagne läuft bereits.', { language: 'de' });
    expect(errorText(local, 'de')).toBe('Die Kampagne läuft bereits.');
    const englishOnly = new AppError('NOT_FOUND', 'No experiment has been launched yet.');
    expect(errorText(englishOnly, 'en')).toBe('No experiment has been launched yet.');
    expect(errorText(englishOnly, 'fr')).toBe(
      'Introuvable (NOT_FOUND). Détail en anglais : No experiment has been launched yet.',
    );
    expect(errorText(new Error('stack'), 'ja')).toBe(
      'こちら側で問題が発生しました。もう一度お試しください。',
    );
  });
});

describe('cards in the language of the turn', () => {
  it('the help card keeps English unchanged and speaks Portuguese when asked', () => {
    const english = JSON.stringify(buildHelpCard({ reason: 'greeting' }));
    expect(english).toContain("Hi! I'm the Customer Personalization Orchestrator.");
    expect(english).toContain('You can ask me, in your own words:');
    const portuguese = buildHelpCard({
      reason: 'out_of_scope',
      language: 'pt',
      capabilities: [{ name: 'retrieve_content', label: 'x', description: 'English description' }],
    });
    const text = JSON.stringify(portuguese);
    expect(text).toContain('Isso está fora do que posso fazer.');
    expect(text).toContain('Encontrar conteúdos e ofertas de marca aprovados');
    expect(text).not.toContain('English description');
    expect(portuguese).toMatchObject({ type: 'AdaptiveCard', version: '1.5' });
  });

  it('a clarify button carries the language back with its plan', () => {
    const card = buildClarifyCard({
      question: '¿Qué campaña?',
      choices: [
        { label: 'Ver resultados de a', steps: [{ tool: 'summarize_results', args: { campaign: 'a' } }] },
      ],
      language: 'es',
    });
    expect(card.actions?.[0]?.data).toEqual({
      cpoPlan: { steps: [{ tool: 'summarize_results', args: { campaign: 'a' } }], language: 'es' },
    });
  });

  it('safety labels: the offline label in English stays, and reads naturally in German', () => {
    const result: SafetyResult = {
      verdict: 'pass',
      reasons: [],
      screener: 'local-screener@1',
      categories: { hate: 0, violence: 0, selfHarm: 0, sexual: 0 },
      findings: [],
    };
    expect(OFFLINE_SCREEN_LABEL).toBe('Screened offline (rules and classifier)');
    expect(describeScreens(result).screens).toEqual([
      'Screened offline (rules and classifier): no issues found',
    ]);
    expect(describeScreens(result, 'de').screens).toEqual([
      'Offline geprüft (Regeln und Klassifikator): keine Probleme gefunden',
    ]);
  });
});
