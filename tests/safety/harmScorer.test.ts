import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { HARM_RULES, scoreHarms } from '../../src/adapters/safety/local/harmScorer';
import { LiteralGate } from '../../src/text/literalGate';
import { requiredLiterals } from '../../src/text/requiredLiterals';
import { normalizeText } from '../../src/text/normalizeText';
import type { SafetyCategory } from '../../src/domain/variant';

function severities(text: string): Record<SafetyCategory, number> {
  return scoreHarms(normalizeText(text)).categories;
}

const MARKETING_IDIOMS = [
  'Killer deals on all winter coats!',
  'Prices to die for: 30% off sitewide.',
  'Look drop-dead gorgeous in our evening dresses.',
  'Smashing prices on kitchenware.',
  'Our crazy sale is back!',
  'Shoot us an email anytime.',
  'Sexy summer looks starting at $19.99.',
  "You're killing it! Here's 10% off.",
  'Our explosive summer savings event.',
  'Get more bang for your buck.',
  'We slashed prices on every pair of jeans.',
  'These savings will blow you away.',
  "Knock 'em dead in this tailored suit.",
  'Our fire sale ends Sunday.',
  'Dead simple returns.',
  'Dressed to kill? Our evening range has you covered.',
  'Shop till you drop this Black Friday.',
  'Kill two birds with one stone: bundle and save.',
  'These prices will kill the competition.',
  'This dress is the bomb.',
  "I'm dying to show you our new arrivals.",
  'Murder mystery dinner kits now available.',
  'Summa cum laude graduates get 20% off.',
  'Our Maine Coon cat tree is back.',
  'Pussy willow bouquets for spring.',
  'Suicide prevention month: help is available at 988.',
  '¡Precios de locura en electrónica!',
  'Ofertas bomba en zapatillas.',
  'Este vestido está de muerte.',
  'Muérete de envidia con nuestra colección.',
  'Estas ofertas te van a matar de la emoción.',
  'Te vas a morir de risa con nuestras camisetas.',
  'Mata la sed con nuestras botellas.',
  'Hammerpreise auf Laufschuhe!',
  'Mörderisch gute Preise im Winterschlussverkauf.',
  'Killerpreise für Gartenmöbel.',
  'Geiz ist geil.',
  'Diese Preise hauen dich um!',
  'Jetzt zuschlagen und sparen!',
  'Zum Sterben schön: die neue Kollektion.',
  'Bombe de prix sur les jeans !',
  'Des prix de folie tout le week-end.',
  "Des prix qui tuent sur l'électroménager.",
  "C'est mortel ! Nos baskets sont là.",
  'Ce manteau est une tuerie.',
  'Gros baisers de toute l’équipe.',
  'Notre chatte Minette adore ce panier.',
  'Un look à croquer pour l’été.',
  'Votre colis est en retard ?',
  'Un bolso negro que combina con todo.',
  'Our anti-bacterial spray kills 99.9% of germs.',
  'Burn calories, not money.',
  'Photo shoot in Lisbon for the new lookbook.',
  'Execute every workout like a pro.',
  "We're giving away 100 tote bags to the first shoppers in line.",
  'Grab a knife, slice the cake and celebrate.',
  'Bath bombs and candles for self-care Sunday.',
  'Stab-resistant gloves for chefs.',
];

describe('local harm scoring: marketing copy passes', () => {
  it.each(MARKETING_IDIOMS)('%j stays below review', (text) => {
    const scores = severities(text);
    expect(Math.max(...Object.values(scores))).toBeLessThan(3);
  });
});

const HARMFUL: Array<[SafetyCategory, string]> = [
  ['violence', "I'm going to kill you."],
  ['violence', 'I will find you and I will kill you.'],
  ['violence', 'We will hunt you down and shoot you.'],
  ['violence', 'Someone should bomb that store.'],
  ['violence', "Let's shoot up the school tomorrow."],
  ['violence', 'I will slit your throat.'],
  ['violence', 'How to make a bomb with household chemicals.'],
  ['violence', "I'm gonna beat you to death."],
  ['violence', 'I will break your legs.'],
  ['violence', 'The cashier deserves a bullet.'],
  ['violence', 'Those protesters should be run over.'],
  ['violence', "Let's set the store on fire with everyone inside."],
  ['violence', 'I will k1ll y0u'],
  ['violence', 'I will k\u200bill you'],
  ['violence', 'I will <b>kill</b> you'],
  ['violence', 'Te voy a matar.'],
  ['violence', 'Vamos a quemar tu casa.'],
  ['violence', 'Ich bring dich um.'],
  ['violence', 'Ich werde dich finden und dich erschießen.'],
  ['violence', 'Je vais te tuer.'],
  ['violence', 'On va faire sauter ton magasin.'],
  ['hate', 'Jews are vermin.'],
  ['hate', 'All Muslims are terrorists.'],
  ['hate', 'No Mexicans allowed.'],
  ['hate', 'You stupid nigger.'],
  ['hate', 'n1gg3rs are not welcome'],
  ['hate', 'Shut up, f@ggot.'],
  ['hate', 'Women are inferior and belong in the kitchen.'],
  ['hate', 'We refuse service to gays and lesbians.'],
  ['hate', 'Los inmigrantes son una plaga.'],
  ['hate', 'Ausländer raus!'],
  ['hate', 'Juden sind Ungeziefer.'],
  ['hate', 'Les immigrés sont des parasites.'],
  ['hate', 'Sale bougnoule.'],
  ['selfHarm', 'Kill yourself.'],
  ['selfHarm', 'kys'],
  ['selfHarm', 'k*ll yourself'],
  ['selfHarm', 'K I L L  Y O U R S E L F'],
  ['selfHarm', 'You should end your life, the world would be better without you.'],
  ['selfHarm', 'Nobody would miss you.'],
  ['selfHarm', 'Go slit your wrists.'],
  ['selfHarm', 'Best ways to commit suicide painlessly.'],
  ['selfHarm', "Why don't you just jump off a bridge?"],
  ['selfHarm', 'Mátate.'],
  ['selfHarm', 'Bring dich doch um.'],
  ['selfHarm', 'Tue-toi.'],
  ['sexual', 'Free porn videos, click here.'],
  ['sexual', 'p0rn for free'],
  ['sexual', 'Send nudes.'],
  ['sexual', 'Suck my dick.'],
  ['sexual', 'XXX hardcore gangbang videos.'],
  ['sexual', 'Te voy a follar.'],
  ['sexual', 'Willst du ficken?'],
  ['sexual', 'Vidéos porno gratuites.'],
];

describe('local harm scoring: harmful content is blocked', () => {
  it.each(HARMFUL)('%s: %j scores above 4', (category, text) => {
    expect(severities(text)[category]).toBeGreaterThan(4);
  });
});

describe('local harm scoring: severity calibration', () => {
  it('scores a self-harm mention in a supportive text low', () => {
    const supportive = severities(
      'If you are having thoughts of suicide, you are not alone: call or text 988.',
    );
    expect(supportive.selfHarm).toBeGreaterThan(0);
    expect(supportive.selfHarm).toBeLessThanOrEqual(3);
  });

  it('sends a first-person self-harm mention to review, not block', () => {
    const mention = severities('I want to kill myself.');
    expect(mention.selfHarm).toBeGreaterThanOrEqual(3);
    expect(mention.selfHarm).toBeLessThanOrEqual(4);
  });

  it('scores mildly suggestive copy 0–2 and explicit copy 6', () => {
    expect(severities('A sensual, naughty new fragrance').sexual).toBeLessThanOrEqual(2);
    expect(severities('Hot milfs want to fuck').sexual).toBeGreaterThanOrEqual(6);
  });

  it('sends insults to review without blocking', () => {
    const insult = severities('Fuck you, you piece of shit.');
    expect(insult.hate).toBeGreaterThanOrEqual(3);
    expect(insult.hate).toBeLessThanOrEqual(4);
  });

  it('does not count a negated threat', () => {
    expect(severities('I will never hurt you, that is our promise.').violence).toBe(0);
  });

  it('reports self-harm encouragement as self-harm, not as a threat', () => {
    const scores = severities('You should just kill yourself.');
    expect(scores.selfHarm).toBe(6);
    expect(scores.violence).toBeLessThan(3);
  });

  it('is deterministic and explains its strongest hit per category', () => {
    const first = scoreHarms(normalizeText('I will kill you, you stupid nigger.'));
    const second = scoreHarms(normalizeText('I will kill you, you stupid nigger.'));
    expect(first).toEqual(second);
    expect(first.hits.map((hit) => hit.category)).toEqual(['hate', 'violence']);
    expect(first.hits.every((hit) => hit.match.length > 0)).toBe(true);
  });
});

describe('literal gate', () => {
  it('derives literals every match must contain', () => {
    expect(requiredLiterals('(?:kill|murder) (?:you|him)')).toEqual(['kill', 'murder']);
    expect(requiredLiterals('nigg?as?')).toEqual(['nig']);
    expect(requiredLiterals('(?:a|b)?c')).toBeUndefined();
    expect(requiredLiterals('[abc]+x')).toBeUndefined();
  });

  it('never drops a rule that matches: every rule matching a corpus text is a candidate', () => {
    const corpusDir = join(__dirname, 'corpus');
    const texts = readdirSync(corpusDir)
      .filter((file) => file.endsWith('.jsonl'))
      .flatMap((file) => readFileSync(join(corpusDir, file), 'utf8').split('\n'))
      .filter((line) => line.trim() !== '')
      .map((line) => (JSON.parse(line) as { text: string }).text);
    const gate = new LiteralGate(HARM_RULES, (rule) => rule.pattern.source);
    let checked = 0;
    for (const text of texts) {
      const view = normalizeText(text);
      const gateText = `${view.plain}\n${view.compact}`;
      const candidates = new Set(gate.candidates(gateText));
      for (const rule of HARM_RULES) {
        if (rule.pattern.test(rule.view === 'plain' ? view.plain : view.compact)) {
          checked += 1;
          expect(candidates.has(rule)).toBe(true);
        }
      }
    }
    expect(checked).toBeGreaterThan(200);
  });
});
