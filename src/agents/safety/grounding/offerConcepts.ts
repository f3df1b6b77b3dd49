import type { Claim } from '../../../domain/variant';

/**
 * Offer and product claims as concepts with their phrasings in EN/ES/DE/FR, written against the `plain`
 * view. Copy that says "free delivery" is grounded by a source that says "envío gratis": same concept.
 */
export interface ClaimConcept {
  id: string;
  kind: Extract<Claim['kind'], 'offer' | 'product'>;
  pattern: RegExp;
}

const concept = (id: string, kind: ClaimConcept['kind'], source: string): ClaimConcept => ({
  id,
  kind,
  pattern: new RegExp(`(?<![\\p{L}\\p{N}])(?:${source})(?![\\p{L}\\p{N}])`, 'gu'),
});

export const CLAIM_CONCEPTS: readonly ClaimConcept[] = [
  concept(
    'free_shipping',
    'offer',
    'free (?:standard |express |next day |ground |uk |us |eu )?(?:shipping|delivery)|ships? (?:for )?free|shipping (?:is )?(?:free|on us)|delivery (?:is )?free|envio(?:s)? (?:gratis|gratuito)|entrega gratuita|kostenlose[rn]? (?:versand|lieferung)|versandkostenfrei|gratis versand|livraison (?:gratuite|offerte)|frais de port offerts',
  ),
  concept(
    'free_returns',
    'offer',
    'free returns?|returns (?:are )?free|devoluci(?:on|ones) (?:gratis|gratuitas?)|kostenlose r(?:u|ue)cksendung(?:en)?|kostenlose r(?:u|ue)ckgabe|retours? gratuits?',
  ),
  concept(
    'bogo',
    'offer',
    'buy one get one(?: free)?|bogo|buy 1 get 1|2 for 1|two for one|2x1|2 por 1|dos por uno|2 fur 1|zwei fur eins|2 pour 1|deux pour un|compra uno y (?:llevate|llévate) otro',
  ),
  concept(
    'free_gift',
    'offer',
    'free gift|gift with purchase|regalo (?:gratis|de regalo)|gratis geschenk|geschenk gratis|cadeau offert|cadeau gratuit',
  ),
  concept(
    'money_back',
    'offer',
    'money back guarantee|money back|satisfaction guaranteed|garantia de devolucion|geld zuruck garantie|geld zurueck garantie|satisfait ou rembourse',
  ),
  concept(
    'price_match',
    'offer',
    'price match(?:ing)?|price guarantee|igualamos el precio|tiefpreisgarantie|prix le plus bas garanti',
  ),
  concept(
    'double_points',
    'offer',
    'double points|2x points|twice the points|doble de puntos|puntos dobles|doppelte punkte|points doubles|double de points',
  ),
  concept(
    'free_trial',
    'offer',
    'free trial|prueba gratis|prueba gratuita|kostenlos testen|gratis testen|essai gratuit',
  ),
  concept(
    'lifetime_warranty',
    'product',
    'lifetime (?:warranty|guarantee)|garantia de por vida|lebenslange garantie|garantie a vie',
  ),
  concept('waterproof', 'product', 'waterproof|water proof|impermeable|wasserdicht|etanche'),
  concept(
    'water_resistant',
    'product',
    'water resistant|water repellent|resistente al agua|wasserabweisend|hydrofuge|deperlant',
  ),
  concept('windproof', 'product', 'windproof|wind proof|cortavientos|winddicht|coupe vent'),
  concept('breathable', 'product', 'breathable|transpirable|atmungsaktiv|respirant'),
  concept('organic', 'product', 'organic|organico|organica|ecologico|ecologica|bio(?:logisch|logique)?'),
  concept('recycled', 'product', 'recycled|reciclado|reciclada|recycelt|recycelte[nmrs]?|recycle|recycles'),
  concept('vegan', 'product', 'vegan|vegano|vegana|vegane[nmrs]?|vegetalien'),
  concept(
    'cruelty_free',
    'product',
    'cruelty free|not tested on animals|libre de crueldad|tierversuchsfrei|non teste sur les animaux',
  ),
  concept('hypoallergenic', 'product', 'hypoallergenic|hipoalergenico|hypoallergen|hypoallergenique'),
  concept('handmade', 'product', 'hand ?made|handcrafted|hecho a mano|handgemacht|fait main'),
  concept(
    'sustainable',
    'product',
    'sustainable|eco friendly|sostenible|nachhaltig|ecoresponsable|eco responsable',
  ),
  concept(
    'uv_protection',
    'product',
    'uv protection|upf \\d+|spf \\d+|proteccion uv|uv schutz|protection uv',
  ),
  concept(
    'best_seller',
    'product',
    'best ?sellers?|best selling|number one|no 1|award winning|mas vendido|meistverkauft|bestseller|le plus vendu|prime|premiado|preisgekront',
  ),
  concept(
    'clinically_proven',
    'product',
    'clinically (?:proven|tested)|dermatologist (?:tested|approved|recommended)|clinicamente probado|dermatologisch getestet|teste dermatologiquement|cliniquement prouve',
  ),
  concept(
    'made_in',
    'product',
    'made in \\p{L}+(?: \\p{L}+)?|hecho en \\p{L}+|hergestellt in \\p{L}+|fabrique en \\p{L}+',
  ),
];
