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

/** The channel the user asks for; the first one mentioned when several are. */
export function detectChannel(folded: string): Channel | undefined {
  return earliest(folded, STRONG_LEXICONS) ?? earliest(folded, WEAK_LEXICONS) ?? misspelledChannel(folded);
}
