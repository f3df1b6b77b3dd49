import { LiteralGate } from '../../../../text/literalGate';
import { normalizeText, type NormalizedText } from '../../../../text/normalizeText';
import { INJECTION_PATTERNS, ROLE_MARKERS } from './injectionPatterns';

export interface InjectionSignal {
  label: string;
  /** The words that matched, from the normalized text. */
  match: string;
}

/** Only phrasings whose required words occur in a text are tested on it. */
const PATTERN_GATE = new LiteralGate(INJECTION_PATTERNS, ({ pattern }) => pattern.source);

const BASE64_RUN = /(?<![A-Za-z0-9+/])[A-Za-z0-9+/]{24,}={0,2}(?![A-Za-z0-9+/])/g;

/**
 * What a model would read but a person would not: text inside HTML comments and tags' attributes is
 * dropped from `plain`, so it is checked on its own ("<!-- assistant: ignore your guidelines -->").
 */
function hiddenPlain(text: NormalizedText): string | undefined {
  if (!text.markup.includes('<')) return undefined;
  const opened = text.markup.replace(/<!--|-->/g, ' . ').replace(/[<>]/g, ' . ');
  return normalizeText(opened).plain;
}

/**
 * Core phrasings matched with every space removed, against random spacing inside words
 * ("ignore   prev ious   instruc tions"). Long phrases only, so word joins cannot create them by chance.
 */
const DESPACED_PATTERNS: readonly RegExp[] = [
  /(?:ignore|disregard|forget|override)(?:all|the|any|your|of|these|those|my)*(?:previous|prior|above|earlier|preceding|system|original)(?:instructions?|prompts?|rules|guidelines|messages|guidance)/,
  /(?:reveal|show|print|display|repeat)(?:me|us)?(?:your|the)(?:hidden|secret|original|initial|full)?(?:systemprompt|systemmessage)/,
  /youarenow(?:dan|unrestricted|unfiltered|jailbroken|indevelopermode)|doanythingnow|developermode(?:enabled|on|activated)/,
  /(?:ignora|olvida|olvidate)(?:de)?(?:todas|las|tus)*instrucciones(?:anteriores|previas|delsistema)/,
  /(?:ignoriere|vergiss|ignorieren)(?:sie)?(?:alle|die|deine)*(?:vorherigen|bisherigen|obigen)anweisungen/,
  /(?:ignore|ignorez|oublie|oubliez)(?:toutes|les|tes|vos)*(?:instructions|consignes)(?:precedentes|anterieures)/,
];

function findPhrases(text: NormalizedText): InjectionSignal[] {
  const signals: InjectionSignal[] = [];
  const views = [text.plain];
  const hidden = hiddenPlain(text);
  if (hidden !== undefined) views.push(hidden);
  for (const { label, pattern } of PATTERN_GATE.candidates(views.join('\n'))) {
    for (const view of views) {
      const match = pattern.exec(view)?.[0];
      if (match === undefined) continue;
      signals.push({ label, match });
      break;
    }
  }
  if (signals.length === 0) {
    const despaced = text.plain.replace(/ /g, '');
    for (const pattern of DESPACED_PATTERNS) {
      const match = pattern.exec(despaced)?.[0];
      if (match !== undefined) signals.push({ label: 'instruction override (obfuscated spacing)', match });
    }
  }
  for (const marker of ROLE_MARKERS) {
    const match = marker.exec(text.markup)?.[0];
    if (match !== undefined) signals.push({ label: 'role or chat-template marker', match: match.trim() });
  }
  return signals;
}

/** Injections hidden in base64 ("aWdub3JlIHByZXZpb3Vz…"): decoded when the result reads as text. */
function findEncoded(text: NormalizedText): InjectionSignal[] {
  const signals: InjectionSignal[] = [];
  for (const [run] of text.clean.matchAll(BASE64_RUN)) {
    const decoded = Buffer.from(run, 'base64').toString('utf8');
    const printable = decoded.replace(/[^\x20-\x7e\u00a0-\u024f\n]/g, '');
    if (printable.length < decoded.length * 0.9) continue;
    for (const signal of findPhrases(normalizeText(decoded))) {
      signals.push({ label: `${signal.label} (base64-encoded)`, match: signal.match });
    }
  }
  return signals;
}

/**
 * Prompt-injection attempts in user input, retrieved documents or copy, in EN/ES/DE/FR, including
 * obfuscated ones (spacing, leetspeak, homoglyphs, zero-width characters, HTML entities, base64).
 */
export function detectPromptInjection(text: NormalizedText): InjectionSignal[] {
  const signals = findPhrases(text);
  return signals.length > 0 ? signals : findEncoded(text);
}
