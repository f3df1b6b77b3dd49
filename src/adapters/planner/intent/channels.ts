import type { Channel } from '../../../domain/customer';
import { isOneEditApart } from '../../../text/editDistance';
import { Lexicon } from './lexicon';
import { isNegated } from './negation';

/**
 * Channel words in the six languages. "Strong" words name the channel unambiguously; "weak" ones
 * ("text", "texto", "notification") only count when no strong word is present.
 */
const STRONG: Readonly<Record<Channel, readonly string[]>> = {
  email: [
    'email*',
    'e-mail*',
    'e mail',
    'e mails',
    'mail',
    'mails',
    'mailing*',
    // a common slip ("ne mial für…"); no word in our languages
    'mial',
    'mials',
    // German compounds: "Reaktivierungsmail", "Willkommens-Mail"
    're:(?<![a-z])[a-z]{4,}-?mails?(?![a-z])',
    // ... and compounds that start with the channel: "Mailentwurf", "Mailvarianten", "Mail-Text"
    're:(?<![a-z])e?-?mail-?(?:entwurf|entwurfe|variante|varianten|text|texte|vorlage|kampagne)(?![a-z])',
    'newsletter*',
    'courriel*',
    'correo*',
    'correo electronico',
    'correos electronicos',
    'boletin*',
    'boletim',
    'mensaje de correo',
    'inbox',
    'メール',
    'eメール',
    'メルマガ',
    'ニュースレター',
  ],
  sms: [
    'sms*',
    'text message*',
    'text msg*',
    'txt*',
    'textnachricht*',
    'kurznachricht*',
    'message texte',
    'messages texte',
    'message texto',
    'mensaje de texto',
    'mensajes de texto',
    'mensagem de texto',
    'mensagens de texto',
    'mensagem sms',
    'torpedo*',
    'ショートメッセージ',
    'ショートメール',
    'テキストメッセージ',
    'sms送信',
  ],
  push: [
    'pushes',
    'pushs',
    'push notification*',
    'push message*',
    'push alert*',
    'push msg*',
    'push-mitteilung*',
    'push-benachrichtigung*',
    'push benachrichtigung*',
    'push-nachricht*',
    'pushnachricht*',
    'pushmitteilung*',
    'pushbenachrichtigung*',
    'notif push',
    'notifs push',
    // outside English "push" before a preposition is the channel ("push para clientes"), never the verb
    'push para',
    'push pra',
    'push pour',
    'push fur',
    'notification push',
    'notifications push',
    'notificacion push',
    'notificaciones push',
    'notificacao push',
    'notificacoes push',
    'app notification*',
    'in-app notification*',
    'mobile notification*',
    'プッシュ通知',
    'プッシュ',
    'アプリ通知',
  ],
};

const WEAK: Readonly<Record<Channel, readonly string[]>> = {
  email: [],
  // "texto" is also the copy itself ("texto de newsletter"): an SMS only when nothing else is named.
  sms: ['text', 'texts', 'texting', 'texto', 'textos', 'テキスト'],
  push: [
    'push',
    'notification*',
    'benachrichtigung*',
    'notificacion*',
    'notificaciones',
    'notificac*',
    '通知',
  ],
};

const CHANNEL_ORDER: readonly Channel[] = ['email', 'sms', 'push'];

const compile = (
  table: Readonly<Record<Channel, readonly string[]>>,
): ReadonlyArray<readonly [Channel, Lexicon]> =>
  CHANNEL_ORDER.map((channel) => [channel, new Lexicon(table[channel])] as const);

const STRONG_LEXICONS = compile(STRONG);
const WEAK_LEXICONS = compile(WEAK);

function earliest(folded: string, lexicons: ReadonlyArray<readonly [Channel, Lexicon]>): Channel | undefined {
  let best: { channel: Channel; start: number } | undefined;
  for (const [channel, lexicon] of lexicons) {
    // "not email this time, push": a negated channel is the one the user does not want.
    const match = lexicon.find(folded).find((found) => !isNegated(folded, found.start, found.end));
    if (match !== undefined && (best === undefined || match.start < best.start)) {
      best = { channel, start: match.start };
    }
  }
  return best?.channel;
}

/** Long channel words, recognised with one typo ("emial", "corero"); short ones ("sms", "mail") would collide with real words. */
const TYPO_TOLERANT: ReadonlyArray<readonly [Channel, readonly string[]]> = [
  ['email', ['email', 'emails', 'newsletter', 'correo', 'correos']],
  ['push', ['notification', 'notifications', 'notificacion', 'notificacao']],
];

function misspelledChannel(folded: string): Channel | undefined {
  for (const word of folded.match(/[a-z]{5,}/g) ?? []) {
    for (const [channel, words] of TYPO_TOLERANT) {
      if (words.some((candidate) => isOneEditApart(word, candidate))) return channel;
    }
  }
  return undefined;
}

const CHANNEL_WORD =
  '(?<word>push(?:es)?|sms|e-?mails?|mails?|texts?|textos?|courriels?|correos?|notifs?|notifications?|プッシュ通知|プッシュ|メール|ショートメッセージ)';

/**
 * A switch to another channel: "reach them by push this time", "switch it over to push", "lieber was
 * per SMS", "plutôt en push", "mejor por SMS", "今回はプッシュで". The channel switched to wins over one
 * mentioned earlier as the one that does not work ("emails get ignored anyway").
 */
const SWITCH_TO_CHANNEL: readonly RegExp[] = [
  `(?:switch|change|move|turn|swap)\\w*\\s+(?:(?:it|this|that|them|everything)\\s+)?(?:over\\s+)?(?:to|into)\\s+(?:an?\\s+)?${CHANNEL_WORD}`,
  `(?:by|via|over|through)\\s+${CHANNEL_WORD}\\s+(?:this time|instead)`,
  `(?:this time|instead)\\s*,?\\s+(?:by|via|as an?|as|over)\\s+${CHANNEL_WORD}`,
  `${CHANNEL_WORD}\\s+instead`,
  `(?:lieber|stattdessen|diesmal|dieses mal)\\b[^.!?]{0,30}?\\b(?:per|als|via|uber)\\s+(?:eine?\\s+)?${CHANNEL_WORD}`,
  `(?:auf|zu)\\s+${CHANNEL_WORD}\\s+(?:umstellen|wechseln|umsteigen)`,
  `(?:plutot|cette fois)\\s*,?\\s+(?:par|en|via|un|une)\\s+${CHANNEL_WORD}`,
  `(?:passe|bascule)\\w*\\s+(?:(?:ca|le|la|tout)\\s+)?(?:en|sur|par)\\s+${CHANNEL_WORD}`,
  `(?:mejor|esta vez|en su lugar|melhor|desta vez|dessa vez|em vez disso)\\s*,?\\s+(?:por|via|con|com|un|una|um|uma)\\s+${CHANNEL_WORD}`,
  `(?:cambia|pasa|muda|troca|passa)\\w*\\s+(?:(?:lo|la|isso|isto|tudo)\\s+)?(?:a|al|para|pra)\\s+${CHANNEL_WORD}`,
  `(?:今回は|代わりに)${CHANNEL_WORD}`,
  `${CHANNEL_WORD}(?:に切り替え|に変え|に変更|の方が)`,
].map((source) => new RegExp(source, 'u'));

/** The channel switched to, when the request switches channels. */
export function findSwitchedChannel(folded: string): Channel | undefined {
  for (const pattern of SWITCH_TO_CHANNEL) {
    const word = pattern.exec(folded)?.groups?.word;
    if (word === undefined) continue;
    const channel = earliest(word, STRONG_LEXICONS) ?? earliest(word, WEAK_LEXICONS);
    if (channel !== undefined) return channel;
  }
  return undefined;
}

/** The channel the user asks for: the one switched to, else the first one mentioned when several are. */
export function detectChannel(folded: string): Channel | undefined {
  return (
    findSwitchedChannel(folded) ??
    earliest(folded, STRONG_LEXICONS) ??
    earliest(folded, WEAK_LEXICONS) ??
    misspelledChannel(folded)
  );
}
