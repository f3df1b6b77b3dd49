import { Lexicon } from './lexicon';

/** Tone and language a drafting request asks for ("in a playful tone", "auf Deutsch", "日本語で"). */

const TONES: ReadonlyArray<readonly [string, readonly string[]]> = [
  [
    'playful',
    [
      'playful',
      'fun',
      'funny',
      'witty',
      'cheeky',
      'verspielt*',
      'witzig*',
      'ludique',
      'drole',
      'divertid*',
      'ludico',
      '遊び心',
      'ユーモア',
    ],
  ],
  ['urgent', ['urgent', 'urgency', 'fomo', 'dringend*', 'urgente', 'urgencia', '緊急']],
  ['formal', ['formal', 'formell*', 'formel*', 'soutenu', 'フォーマル', '丁寧']],
  [
    'friendly',
    [
      'friendly',
      'warm',
      'freundlich*',
      'herzlich*',
      'amical*',
      'chaleureu*',
      'amigable',
      'cercano',
      'calido',
      'amigavel',
      'caloroso',
      'フレンドリー',
      '親しみ',
    ],
  ],
  [
    'casual',
    ['casual', 'relaxed', 'locker*', 'lassig', 'decontracte*', 'informal', 'descontraid*', 'カジュアル'],
  ],
  [
    'professional',
    ['professional', 'professionell*', 'professionnel*', 'profesional', 'profissional', 'プロフェッショナル'],
  ],
  ['luxurious', ['luxurious', 'premium', 'elegant*', 'luxuri*', 'luxueu*', 'lujoso', 'luxuoso', '高級']],
];
const TONE_LEXICONS = TONES.map(([tone, words]) => [tone, new Lexicon(words)] as const);

const LANGUAGES: ReadonlyArray<readonly [string, readonly string[]]> = [
  [
    'en',
    [
      'in englischer sprache',
      'en langue anglaise',
      'en idioma ingles',
      'em lingua inglesa',
      'in english',
      'auf englisch',
      'en anglais',
      'en ingles',
      'em ingles',
      '英語で',
      '英語の',
    ],
  ],
  [
    'de',
    [
      'in deutscher sprache',
      'en langue allemande',
      'en idioma aleman',
      'em lingua alema',
      'in german',
      'auf deutsch',
      'en allemand',
      'en aleman',
      'em alemao',
      'ドイツ語で',
      'ドイツ語の',
    ],
  ],
  [
    'fr',
    [
      'in franzosischer sprache',
      'en langue francaise',
      'en idioma frances',
      'em lingua francesa',
      'in french',
      'auf franzosisch',
      'en francais',
      'en frances',
      'em frances',
      'フランス語で',
      'フランス語の',
    ],
  ],
  [
    'es',
    [
      'in spanischer sprache',
      'en langue espagnole',
      'en idioma espanol',
      'em lingua espanhola',
      'in spanish',
      'auf spanisch',
      'en espagnol',
      'en espanol',
      'em espanhol',
      'スペイン語で',
      'スペイン語の',
    ],
  ],
  [
    'pt',
    [
      'in portugiesischer sprache',
      'en langue portugaise',
      'en idioma portugues',
      'em lingua portuguesa',
      'in portuguese',
      'auf portugiesisch',
      'en portugais',
      'en portugues',
      'em portugues',
      'ポルトガル語で',
      'ポルトガル語の',
    ],
  ],
  [
    'ja',
    [
      'in japanischer sprache',
      'en langue japonaise',
      'en idioma japones',
      'em lingua japonesa',
      'in japanese',
      'auf japanisch',
      'en japonais',
      'en japones',
      'em japones',
      '日本語で',
      '日本語の',
    ],
  ],
];
const LANGUAGE_LEXICONS = LANGUAGES.map(([language, words]) => [language, new Lexicon(words)] as const);

export function detectTone(folded: string): string | undefined {
  return TONE_LEXICONS.find(([, lexicon]) => lexicon.has(folded))?.[0];
}

/** "2 Japanese emails", "a Spanish-language email", "a German SMS": the language named as an adjective of the message. */
const LANGUAGE_ADJECTIVES: Readonly<Record<string, string>> = {
  english: 'en',
  german: 'de',
  french: 'fr',
  spanish: 'es',
  portuguese: 'pt',
  japanese: 'ja',
};
const ADJECTIVE_BEFORE_MESSAGE =
  /(?<![a-z])(english|german|french|spanish|portuguese|japanese)(?:[ -]language)?[ -](?:e-?mails?|mails?|sms|texts?|push|pushes|notifications?|newsletters?|copy|versions?|variants?|messages?)(?![a-z])/;

/** An ISO 639-1 code, only when the language of the copy is asked for explicitly. */
export function detectCopyLanguage(folded: string): string | undefined {
  const adjective = ADJECTIVE_BEFORE_MESSAGE.exec(folded)?.[1];
  if (adjective !== undefined) return LANGUAGE_ADJECTIVES[adjective];
  return LANGUAGE_LEXICONS.find(([, lexicon]) => lexicon.has(folded))?.[0];
}
