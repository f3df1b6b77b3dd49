import { anyOf, wholeWords } from './harmRule';

/**
 * Figures of speech that sound violent, morbid or sexual but are ordinary marketing copy in the four
 * supported languages ("killer deals", "prices to die for", "precios de locura", "Hammerpreise",
 * "prix qui tuent"). They are blanked out of the `plain` view before the harm rules run, so a rule can
 * never fire on them, while the rest of the sentence is still screened.
 */
const IDIOMS: readonly string[] = [
  // English
  `killer (?:deals?|prices?|offers?|savings|discounts?|looks?|styles?|outfits?|app|apps|features?|combos?|combination|value|bundles?|collections?|sales?|bargains?|heels|shoes|boots|sneakers|jackets?|dresses?|lineup|playlist|workouts?|abs|views?|smile|recipes?|fit|colou?rs?|design|instinct|whales?|bod|body|legs|bass|content|selection|range|lineup|price point|perks|rewards)`,
  `(?:lady|weed|bug|germ|odou?r|stain|giant) ?killers?`,
  // Food, music or prices that "blow your head off": hyperbole when the subject is a thing, not a person.
  `(?:they ll|it ll|they will|it will|that ll|these will|this will|gonna) blow (?:your|ur) (?:head|mind|socks|taste ?buds|ears) off`,
  `(?:kill|kills|killing|killed|slay|slays|slaying|slayed|crush|crushes|crushing|crushed|rock|rocking|smash|smashing|smashed|nail|nailing|own|owning) (?:it|this|that|the (?:game|season|look|day|week|weekend|interview|presentation|competition|holidays?|party|date|workout|style|runway|office|gym))`,
  `(?:kill|kills|killing|killed|kill off) (?:the |all |those |these |your |any )?(?:competition|germs|bacteria|viruses|weeds|bugs|pests|insects|mosquitoes|flies|ants|odou?rs|stains|time|boredom|the mood|the lights|the engine|cravings|hunger|(?:99 )?(?:9 )?(?:of )?(?:household )?germs)`,
  `(?:prices?|deals?|savings|offers?|sales?|discounts?|workouts?|cuteness|suspense|this look|these looks|these shoes|flavou?rs?) (?:will|ll|gonna|is going to|are going to|might|could|would) kill (?:you|ya|u)`,
  `(?:kill|kills|killing|hurt|hurts|spoil|drown|drowning) (?:you|ya|u|them|em|him|her|everyone) (?:with|in) (?:kindness|love|savings|compliments|gifts|(?:these|our|low|great|big) (?:prices|deals|savings|offers|discounts))|shooting ?stars?|hunt(?:s|ing|ed)? down (?:the |our |your |some )?(?:best |cheapest |perfect |latest |hottest |greatest )?(?:bargains?|deals?|prices?|offers?|gifts?|styles?|looks?|outfits?|pieces?|finds?|discounts?)|trouble ?shooting|kill two birds with one stone|dressed to kill|to kill for|kill them with kindness|killing time|kill time`,
  `(?:to|worth) die for|worth dying for|(?:i m|im|we re|were|you ll be|you re|i am|we are|are|is|s|you will be) dying (?:to|for)|dying to (?:try|show|see|meet|know|tell|get|share|hear)|(?:would|could|will|d) die for|die of (?:laughter|envy|boredom|cuteness|jealousy|excitement)|die ?hard|drop dead (?:gorgeous|beautiful|stunning|sexy|fabulous|good|chic)|shop (?:till|til|until) you drop`,
  `(?:photo|fashion|video|product|campaign|studio|lookbook|film) ?shoots?|shoot (?:us|me|them|him|her|you) (?:an|a) (?:email|e mail|message|note|line|text|dm|mail|quick|reply)|shoot (?:for the (?:stars|moon)|your shot|the breeze|your best shot)|shoot yourself in the foot`,
  `(?:knock|knocks|knocked) (?:em|them|him|her|you|your socks|their socks|everyone|the competition) (?:dead|out|off)|knock ?out (?:deals?|prices?|looks?|style|offers?)|knockouts?`,
  `blow (?:you|them|everyone|your mind|their minds) away|blow your mind|mind blowing|blowout (?:sale|prices?|event|deals?|clearance)|blows? (?:you|them) away`,
  `(?:is|s|are|re|was|totally|simply|just) (?:the|da) bomb|(?:the|da) bomb (?:new |latest )?(?:flavou?r|deal|look|outfit|style|sale|product|dress|shoes)|bomb ?proof|photo ?bombs?|bath bombs?|bombshells?|bombastic|da bomb`,
  `bang for (?:your|the) buck|(?:explosive|exploding) (?:savings|deals?|sale|growth|flavou?rs?|colou?rs?|prices?|offers?|summer)|fire ?sale|(?<!(?:set|sets|setting)(?: \\w+){0,3} )on fire|(?:hot|sizzling|scorching) (?:deals?|prices?|offers?|sale|savings|summer|new)`,
  `(?:slash|slashed|slashing|slashes|cut|cuts|cutting|crush|crushed|crushing|smash|smashed|smashing|massacre|massacred|murder|murdered|slaughter|slaughtered|kill|killed|killing|beat|beating|beats|beaten) (?:our |the |all |their |your |those |these |any )?(?:prices?|costs?|rates?|fees|bills|deals?|the competition|competitors?|competitor s prices?|inflation|records?|expectations|odds)`,
  `(?:massacre|slaughter|bloodbath|blood bath|carnage|killing spree|murder) (?:of|on) (?:the )?(?:prices?|deals?|costs?|savings|discounts?|markdowns)|price (?:massacre|slaughter|war|wars|crash|drop)|(?:smashing|smash) (?:hit|success|looks?|prices?|deals?|savings)`,
  `(?:crazy|insane|mad|wild|ridiculous|stupid|silly) (?:sale|deals?|prices?|savings|low prices?|discounts?|offers?|good)|(?:go|goes|going|went) (?:crazy|wild|nuts|bananas) (?:for|over)`,
  `murder mystery|murder mysteries|murder she wrote|murdered out|dead (?:simple|easy|serious|set|heat|center|centre|on|ringer|sexy|cute|comfy)|deadlines?|stick(?:ing|s)? to (?:your|our|their|my) guns|guns (?:and|n) roses`,
  `(?:water|glue|nail|heat|massage|staple|spray|caulk|grease|paint|foam|nerf|squirt|top|toy|bubble|pressure|price) ?guns?|hang (?:out|loose|tight|on|in there|up)|cut yourself a|treat yourself|spoil yourself`,
  `beat (?:the heat|the rush|the crowds?|the clock|the odds|the cold|the chill|the winter|the summer|the traffic|the queues?|the lines?|boredom)|fight (?:the |off |back against )?(?:chill|cold|frizz|acne|wrinkles|aging|ageing|fatigue|hunger|climate change|cancer|germs|boredom|winter chill|winter|winter blues)`,
  `(?:killer|murderous|lethal|deadly) (?:combination|combo|style|looks?|good|cute|curves)|(?:lethal|deadly) dose of (?:style|fun|glamou?r|sass|cuteness|colou?r|flavou?r|spice|sparkle|chic)|heart ?stopping|jaw ?dropping|breath ?taking`,
  `(?:suicide|suicidal) (?:squad|doors?|squeeze|sprints?|burpees?|runs?|drills?|king)|overdose of|attack of the|armed with|weapon of choice|secret weapon|arsenal`,
  `pussy (?:willows?|cats?)|cock a doodle(?: doo)?|(?:maine|mainecoon) coons?|coon ?hounds?|racc?oons?|(?:summa|magna) cum laude|cum laude|chink in (?:the|your|his|her|their|our) armou?r`,
  `(?:food|shoe|closet|travel|design|car|room|book|cable|earth|cabin|gear|kitchen|sneaker|plant|wardrobe|interior|garden|home|sky|tech) ?porn|rape ?seed|(?:rape|sexual assault|suicide) (?:crisis|survivors?|prevention|awareness|hotline|helpline)`,
  `sexy (?:summer|looks?|styles?|dresses?|heels|shoes|lingerie|fragrance|perfume|outfits?|fits?)|hot (?:pink|sauce|wings|dog|dogs|chocolate|tub|tubs|spot|spots|stone|yoga|topic)`,
  // Spanish
  `(?:precios|ofertas|descuentos|rebajas|promociones|promos|looks?|outfits?|chollos) (?:de locura|de muerte|bomba|que matan|para morirse|de escandalo|explosiv[oa]s|salvajes|brutales|de infarto|criminales|asesinos)`,
  `(?:mor|muer)\\w* de (?:la |el )?(?:risa|ganas|envidia|amor|gusto|placer|frio|calor|hambre|sed|miedo|aburrimiento|verguenza|emocion|pena|ilusion)|(?:esta|estan|es|son|estas|estais) de muerte|me muero (?:por|de)|muerete de (?:envidia|risa|ganas|gusto|amor|frio|calor|placer)|(?:matar|mata|mato|matan|matara|mataran|matarte|matarlos|matarla|van a matar|va a matar|te van a matar|te va a matar) de (?:la |el )?(?:risa|emocion|envidia|placer|gusto|amor|hambre|sed|calor|frio|aburrimiento|ganas|ilusion)`,
  `(?:mata|matar|mato|matamos) (?:la sed|el tiempo|el hambre|el gusanillo|el aburrimiento)|(?:look|estilo|precio|oferta) matador[a]?|un bombazo|bombazos?|arrasa(?:r|n)? (?:con|en)|a lo loco|locura de (?:precios|ofertas)|sexo debil`,
  // German
  `(?:hammer|killer|kampf|knaller|bomben|wahnsinns|irre|mega|morder|schleuder|spott|tiefst)preis\\w*|preis(?:knaller|hammer|bomben?|schlacht|kampf|massaker|sturz|hit)\\w*|bombenangebot\\w*|knallerangebot\\w*`,
  `morderisch (?:gut|gute|guten|guter|gutes|lecker|scharf|heiss)|der hammer|ein hammer|zum sterben schon|sterbensschon|zum niederknien|(?:hauen|haut|haute) (?:dich|sie|euch|einen|jeden|uns) (?:um|vom hocker)|schlag(?:en sie|t)? (?:jetzt |gleich |sofort )?zu|zuschlagen|stirb langsam|(?:die )?zeit (?:totschlagen|totzuschlagen)|schlag(?:t|en sie)? die zeit tot|geiz ist geil|(?:geile|geiler|geiles|geil) (?:angebote?|preise?|deals?|sachen|zeit|look|teile)`,
  // French
  `(?:c est|cest|vraiment|trop|juste) (?:de la bombe|mortel|mortelle|une tuerie|canon|la folie|fou)|une tuerie|(?:des )?prix (?:qui tuent|canon|choc|casses|de folie|fous|bombe|mortels|massacres|sacrifies|cassés|degommes|ecrases)|bombe de prix|promos? de folie|(?:a|pour) tomber(?: par terre| raide)?|(?:a )?mourir (?:de rire|d envie|de plaisir|de froid)|a croquer|a tuer|(?:tuer|tuez|tue|tuons) (?:le temps|l ennui)|casse les prix|casser les prix|frapper fort|explosion de (?:prix|couleurs|saveurs)|mortel`,
];

export const MARKETING_IDIOMS: RegExp = wholeWords(anyOf(IDIOMS), 'gu');

/** Replaces each idiom by a neutral token, keeping the words around it. */
export function blankIdioms(plain: string): string {
  return plain.replace(MARKETING_IDIOMS, '_');
}
