import { invalidInput } from '../shared/errors';

/**
 * The probability distributions behind every test in src/stats: standard normal, Student t, chi-square,
 * plus log-gamma / log-beta.
 *
 * jStat provides the normal CDF (`erf`), the normal quantile (`erfcinv`), the chi-square CDF (regularized
 * lower incomplete gamma) and `gammaln`. Where jStat is not accurate enough it is wrapped, not replaced
 * wholesale (measured against R 4.2):
 * - jStat's Student t (`studentt.cdf/inv`, built on `ibeta` = a 100-step continued fraction with 3e-7
 *   tolerance) is off by 2e-6 at df = 1e5 and returns values above 1 from df = 1e6 on — exactly the
 *   Welch df of large experiments. The t CDF here uses its own incomplete beta (Lentz continued
 *   fraction to 1e-15) and the Abramowitz & Stegun 26.7.8 normal transform for df > 1e7.
 * - `normal.cdf` is 0.5·(1 + erf(x/√2)), which loses relative precision in the lower tail and is 0 below
 *   x ≈ −8; below x = −3 the Laplace continued fraction for the Mills ratio is used instead, so tiny
 *   p-values keep full relative precision.
 * - `normal.inv` is refined by Newton steps on the accurate CDF (jStat's is off by 0.1 at p = 1e-20).
 * - log-beta of large arguments uses a Stirling form without cancellation (see `logBeta`).
 */

interface JStat {
  normal: {
    cdf(x: number, mean: number, sd: number): number;
    inv(p: number, mean: number, sd: number): number;
  };
  studentt: { inv(p: number, dof: number): number };
  chisquare: { cdf(x: number, dof: number): number };
  gammaln(x: number): number;
}

// eslint-disable-next-line @typescript-eslint/no-require-imports -- jstat ships no type declarations
const jStat = require('jstat') as JStat;

const HALF_LOG_TWO_PI = 0.5 * Math.log(2 * Math.PI);
const INV_SQRT_TWO_PI = 1 / Math.sqrt(2 * Math.PI);

/** Below this x, 0.5·(1 + erf) has lost relative precision; the Mills-ratio continued fraction takes over. */
const NORMAL_TAIL_SWITCH = -3;

/**
 * Above this df the Student t uses the A&S 26.7.8 normal transform (error O(df⁻²): ≤ 1e-10 relative for
 * |t| ≤ 8, measured against R); below it the continued fraction, whose conditioning degrades as x → 1
 * (≤ 4e-10 relative at df = 1e7).
 */
const T_NORMAL_TRANSFORM_DF = 1e7;

function requireFinite(value: number, name: string): void {
  if (!Number.isFinite(value)) throw invalidInput(`${name}: must be a finite number`);
}

function requirePositive(value: number, name: string): void {
  if (!(value > 0)) throw invalidInput(`${name}: must be greater than 0`);
}

function requireProbability(p: number, name: string): void {
  if (!(p > 0 && p < 1)) throw invalidInput(`${name}: must be between 0 and 1 (exclusive)`);
}

/** Standard normal density φ(x) = exp(−x²/2)/√(2π). */
export function normalDensity(x: number): number {
  return INV_SQRT_TWO_PI * Math.exp(-0.5 * x * x);
}

/**
 * Mills ratio R(x) = (1 − Φ(x))/φ(x) for x ≥ 3 by the Laplace continued fraction
 * R(x) = 1/(x + 1/(x + 2/(x + 3/(x + …)))), evaluated bottom-up; 60 terms already reach 1e-16 at x = 3.
 */
function millsRatio(x: number): number {
  let tail = 0;
  for (let k = 120; k >= 1; k--) tail = k / (x + tail);
  return 1 / (x + tail);
}

/** Standard normal CDF Φ(x). */
export function normalCdf(x: number): number {
  if (Number.isNaN(x)) throw invalidInput('x: must be a number');
  if (x === Infinity) return 1;
  if (x === -Infinity) return 0;
  if (x < NORMAL_TAIL_SWITCH) return normalDensity(x) * millsRatio(-x);
  return jStat.normal.cdf(x, 0, 1);
}

/** Upper tail 1 − Φ(x) = Φ(−x), computed without cancellation. */
export function normalUpperTail(x: number): number {
  return normalCdf(-x);
}

/**
 * Standard normal quantile Φ⁻¹(p): jStat's `erfcinv` estimate refined by Newton steps on ln Φ(x) − ln p
 * (derivative φ(x)/Φ(x)), which converges in a few steps even in the far tail where jStat is off by 0.1.
 */
export function normalQuantile(p: number): number {
  requireProbability(p, 'p');
  if (p > 0.5) return -normalQuantile(1 - p);
  if (p === 0.5) return 0;
  const logP = Math.log(p);
  let x = jStat.normal.inv(p, 0, 1);
  for (let i = 0; i < 20; i++) {
    const cdf = normalCdf(x);
    const step = ((Math.log(cdf) - logP) * cdf) / normalDensity(x);
    x -= step;
    if (Math.abs(step) <= 1e-15 * Math.abs(x)) break;
  }
  return x;
}

/** Log-gamma ln Γ(x), x > 0 (jStat's Lanczos `gammaln`). */
export function logGamma(x: number): number {
  requirePositive(x, 'x');
  return jStat.gammaln(x);
}

/**
 * Stirling remainder δ(x) = ln Γ(x) − [(x − ½)·ln x − x + ½·ln 2π]
 * = 1/(12x) − 1/(360x³) + 1/(1260x⁵) − 1/(1680x⁷) + 1/(1188x⁹) − 691/(360360x¹¹) + 1/(156x¹³), x ≥ 10.
 */
function stirlingRemainder(x: number): number {
  if (x < 10) return jStat.gammaln(x) - ((x - 0.5) * Math.log(x) - x + HALF_LOG_TWO_PI);
  const r = 1 / (x * x);
  return (
    (1 / 12 -
      r * (1 / 360 - r * (1 / 1260 - r * (1 / 1680 - r * (1 / 1188 - r * (691 / 360360 - r / 156)))))) /
    x
  );
}

/**
 * Log-beta ln B(a, b) = ln Γ(a) + ln Γ(b) − ln Γ(a + b).
 * For large arguments the three log-gammas are ~1e8 and cancel to a small number, losing ~1e-8; instead
 * (both ≥ 10): ln B = ½·ln 2π − ½·ln(a+b) − (a−½)·log1p(b/a) − (b−½)·log1p(a/b) + δ(a) + δ(b) − δ(a+b),
 * (only b ≥ 10): ln B = ln Γ(a) − (b−½)·log1p(a/b) − a·ln(a+b) + a + δ(b) − δ(a+b),
 * with δ the Stirling remainder; small arguments use jStat's `gammaln` directly.
 */
export function logBeta(a: number, b: number): number {
  requirePositive(a, 'a');
  requirePositive(b, 'b');
  requireFinite(a, 'a');
  requireFinite(b, 'b');
  const small = Math.min(a, b);
  const large = Math.max(a, b);
  const sum = a + b;
  if (small >= 10) {
    return (
      HALF_LOG_TWO_PI -
      0.5 * Math.log(sum) -
      (a - 0.5) * Math.log1p(b / a) -
      (b - 0.5) * Math.log1p(a / b) +
      stirlingRemainder(a) +
      stirlingRemainder(b) -
      stirlingRemainder(sum)
    );
  }
  if (large >= 10) {
    return (
      jStat.gammaln(small) -
      (large - 0.5) * Math.log1p(small / large) -
      small * Math.log(sum) +
      small +
      stirlingRemainder(large) -
      stirlingRemainder(sum)
    );
  }
  return jStat.gammaln(a) + jStat.gammaln(b) - jStat.gammaln(sum);
}

/**
 * Continued fraction of the incomplete beta (Numerical Recipes `betacf`, modified Lentz), to 1e-15.
 * Converges in O(√max(a, b)) steps for x < (a+1)/(a+b+2).
 */
function incompleteBetaFraction(x: number, a: number, b: number): number {
  const tiny = 1e-300;
  const qab = a + b;
  const qap = a + 1;
  const qam = a - 1;
  let c = 1;
  let d = 1 - (qab * x) / qap;
  if (Math.abs(d) < tiny) d = tiny;
  d = 1 / d;
  let h = d;
  const maxIterations = 100000;
  for (let m = 1; m <= maxIterations; m++) {
    const m2 = 2 * m;
    let aa = (m * (b - m) * x) / ((qam + m2) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + aa / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    h *= d * c;
    aa = (-(a + m) * (qab + m) * x) / ((a + m2) * (qap + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + aa / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < 1e-15) break;
  }
  return h;
}

/**
 * Regularized incomplete beta I_x(a, b) = B(x; a, b)/B(a, b), with the complement y = 1 − x passed in
 * when the caller knows it more precisely than 1 − x.
 * I_x(a,b) = x^a·y^b/(a·B(a,b)) · CF(x; a, b) for x < (a+1)/(a+b+2), else 1 − I_y(b, a).
 */
export function regularizedIncompleteBeta(x: number, a: number, b: number, y: number = 1 - x): number {
  requirePositive(a, 'a');
  requirePositive(b, 'b');
  if (!(x >= 0 && x <= 1)) throw invalidInput('x: must be between 0 and 1');
  if (x === 0) return 0;
  if (y <= 0) return 1;
  return incompleteBeta(x, y, Math.log(x), Math.log(y), a, b);
}

/** I_x(a, b) given x, y = 1 − x and their logarithms (which callers can often compute more precisely). */
function incompleteBeta(x: number, y: number, logX: number, logY: number, a: number, b: number): number {
  const front = Math.exp(a * logX + b * logY - logBeta(a, b));
  if (x < (a + 1) / (a + b + 2)) return (front * incompleteBetaFraction(x, a, b)) / a;
  return 1 - (front * incompleteBetaFraction(y, b, a)) / b;
}

/**
 * Student t CDF P(T ≤ t) with df > 0 degrees of freedom (df = Infinity gives the normal).
 * Lower tail P(T ≤ −|t|) = ½·I_x(df/2, ½) with x = df/(df + t²), 1 − x = t²/(df + t²) and
 * ln x = −log1p(t²/df) computed directly (~1e-11 relative up to df = 1e6). For df > 1e7:
 * Φ(t·(1 − 1/(4df)) / √(1 + t²/(2df)))  (Abramowitz & Stegun 26.7.8).
 */
export function studentTCdf(t: number, df: number): number {
  if (Number.isNaN(t)) throw invalidInput('t: must be a number');
  requirePositive(df, 'df');
  if (df === Infinity) return normalCdf(t);
  if (t === Infinity) return 1;
  if (t === -Infinity) return 0;
  if (t === 0) return 0.5;
  if (df > T_NORMAL_TRANSFORM_DF) {
    return normalCdf((t * (1 - 1 / (4 * df))) / Math.sqrt(1 + (t * t) / (2 * df)));
  }
  const t2 = t * t;
  const ratio = t2 / df;
  const y = t2 / (df + t2);
  const logY = y > 0 ? Math.log(y) : 2 * Math.log(Math.abs(t)) - Math.log(df + t2);
  const lowerTail = 0.5 * incompleteBeta(1 / (1 + ratio), y, -Math.log1p(ratio), logY, df / 2, 0.5);
  return t < 0 ? lowerTail : 1 - lowerTail;
}

/** Upper tail P(T > t) = P(T ≤ −t), computed without cancellation. */
export function studentTUpperTail(t: number, df: number): number {
  return studentTCdf(-t, df);
}

/** Student t density Γ((df+1)/2)/(√df·Γ(df/2)·√π) · (1 + t²/df)^(−(df+1)/2) = (1+t²/df)^(−(df+1)/2)/(√df·B(df/2, ½)). */
export function studentTDensity(t: number, df: number): number {
  requirePositive(df, 'df');
  if (df === Infinity) return normalDensity(t);
  return Math.exp(-logBeta(df / 2, 0.5) - 0.5 * Math.log(df) - ((df + 1) / 2) * Math.log1p((t * t) / df));
}

/**
 * Student t quantile: the t with P(T ≤ t) = p.
 * df > 1e7: exact inverse of the A&S 26.7.8 transform used by `studentTCdf`, t = z/√(c² − z²/(2df)),
 * c = 1 − 1/(4df). Otherwise safeguarded Newton on `studentTCdf` in the lower tail, started from jStat's
 * estimate (or the normal quantile when that one is not usable) and kept inside a bracket.
 */
export function studentTQuantile(p: number, df: number): number {
  requireProbability(p, 'p');
  requirePositive(df, 'df');
  if (df === Infinity) return normalQuantile(p);
  if (p > 0.5) return -studentTQuantile(1 - p, df);
  if (p === 0.5) return 0;
  if (df > T_NORMAL_TRANSFORM_DF) {
    const z = normalQuantile(p);
    const c = 1 - 1 / (4 * df);
    return z / Math.sqrt(c * c - (z * z) / (2 * df));
  }
  // Bracket [lo, hi] with cdf(lo) ≤ p < cdf(hi); the answer is negative because p < 0.5.
  let hi = 0;
  let lo = -1;
  while (studentTCdf(lo, df) > p) {
    hi = lo;
    lo *= 2;
  }
  const guess = df <= 1e4 ? jStat.studentt.inv(p, df) : normalQuantile(p);
  let x = Number.isFinite(guess) && guess > lo && guess < hi ? guess : (lo + hi) / 2;
  for (let i = 0; i < 200; i++) {
    const f = studentTCdf(x, df) - p;
    if (f === 0) return x;
    if (f > 0) hi = x;
    else lo = x;
    let next = x - f / studentTDensity(x, df);
    if (!(next > lo && next < hi)) next = (lo + hi) / 2;
    if (Math.abs(next - x) <= 1e-15 * Math.abs(x) || hi - lo <= 1e-15 * Math.abs(lo)) return next;
    x = next;
  }
  return x;
}

/**
 * Chi-square upper tail P(X > x) with df degrees of freedom: 1 − jStat's regularized lower gamma
 * P(df/2, x/2); exact forms for df = 1 (2·Φ(−√x)) and df = 2 (e^(−x/2)) keep tiny p-values precise.
 */
export function chiSquareUpperTail(x: number, df: number): number {
  requirePositive(df, 'df');
  if (Number.isNaN(x)) throw invalidInput('x: must be a number');
  if (x <= 0) return 1;
  if (x === Infinity) return 0;
  if (df === 1) return 2 * normalCdf(-Math.sqrt(x));
  if (df === 2) return Math.exp(-x / 2);
  return Math.min(1, Math.max(0, 1 - jStat.chisquare.cdf(x, df)));
}
