import { isNegated } from './negation';
import { Lexicon } from './lexicon';
import { NUMBER_SOURCE, parseNumber } from './numberWords';
import { allMatches } from './regexScan';

/** Relative lift as a fraction: "12% lift" → 0.12, "lift of 5 percent" → 0.05, "uplift 0.08" → 0.08. */

/** Digits or number words: "5%", "fünf Prozent", "cinq pour cent", "cinco por ciento". */
const PERCENT = new RegExp(
  `(?<![a-z0-9.,])(?<sign>[+-])?\\s*(?<value>${NUMBER_SOURCE})\\s*(?:%|percent|per cent|pct|prozent|pour ?cent|por ?ciento|por ?cento|パーセント)(?![a-z0-9])`,
  'gu',
);
const LIFT_WORDS =
  'lift|uplift|improvement|increase|effect|mde|boost|steigerung|verbesserung|effekt|hausse|amelioration|augmentation|effet|aumento|mejora|efecto|melhoria|efeito|リフト|向上|改善|効果';
const DECIMAL_LIFT = new RegExp(
  `(?:${LIFT_WORDS})\\s*(?:of|von|de|du|:|=)?\\s*(?<value>0?[.,]\\d+)(?![0-9%])`,
  'u',
);
const LIFT_WORD = new RegExp(`(?:${LIFT_WORDS})`, 'gu');
/** "10% holdout", "20% control group": the size of the control group, not a lift. */
const HOLDOUT_AFTER =
  /^\s*(?:(?:of|de|du|d'|von|als)\s*)?(?:(?:the|la|le|el|a|o|un|una|um|uma)\s+)?(?:of (?:the )?(?:users|traffic) )?(?:holdout|hold-out|hold out|control|kontroll|groupe? (?:temoin|de controle)|grupo (?:de )?control|ホールドアウト|対照)/u;
/** "holdout of 20%", "ホールドアウト20%": the holdout word right before the number. */
const HOLDOUT_BEFORE =
  /(?:holdout|hold-out|hold out|control group|kontrollgruppe|groupe temoin|grupo de control\w*|ホールドアウト|対照群)\s*(?:of|von|de|du|:|=|を|は)?\s*$/u;

/** The lift the user states for a simulation or a power estimate: the percentage closest to a lift word. */
export function findLift(folded: string): number | undefined {
  const liftWords = [...allMatches(LIFT_WORD, folded)].map((match) => match.index);
  let best: { value: number; distance: number } | undefined;
  for (const match of allMatches(PERCENT, folded)) {
    const raw = match.groups?.value;
    if (raw === undefined) continue;
    const end = match.index + match[0].length;
    if (HOLDOUT_AFTER.test(folded.slice(end, end + 30))) continue;
    if (HOLDOUT_BEFORE.test(folded.slice(Math.max(0, match.index - 30), match.index))) continue;
    const parsed = parseNumber(raw);
    if (parsed === undefined) continue;
    const value = (parsed / 100) * (match.groups?.sign === '-' ? -1 : 1);
    if (!Number.isFinite(value)) continue;
    const distance = Math.min(Infinity, ...liftWords.map((at) => Math.abs(at - match.index)));
    if (best === undefined || distance < best.distance) best = { value, distance };
  }
  let lift = best?.value;
  if (lift === undefined) {
    const decimal = DECIMAL_LIFT.exec(folded)?.groups?.value;
    if (decimal !== undefined) lift = Number(decimal.replace(',', '.'));
  }
  if (lift === undefined || !Number.isFinite(lift)) return undefined;
  return Math.round(Math.min(10, Math.max(-1, lift)) * 10_000) / 10_000;
}

const HOLDOUT = new Lexicon([
  'holdout*',
  'hold-out*',
  'hold out',
  'control group*',
  'control cell',
  'kontrollgruppe*',
  'groupe temoin',
  'groupe de controle',
  'grupo de control',
  'grupo control',
  'grupo de controle',
  'grupo controle',
  'ホールドアウト',
  '対照群',
  'コントロール群',
]);
const JAPANESE_WITHOUT = /^\s*(?:なし|無し|なしで|無しで|は不要|不要)/u;

/** true for "with a holdout", false for "without holdout", undefined when not mentioned. */
export function findHoldout(folded: string): boolean | undefined {
  const match = HOLDOUT.first(folded);
  if (match === undefined) return undefined;
  if (isNegated(folded, match.start, match.end)) return false;
  return !JAPANESE_WITHOUT.test(folded.slice(match.end));
}
