import { defineRules, type HarmRule } from './harmRule';

const CHILDREN =
  '(?:kids|children|daughter|son|hija|hijo|hijos|hijas|ninos|nenes|kinder|tochter|sohn|kleinen|enfants|fille|fils|gamins|gosses)';
const SCHOOL_RUN =
  '(?:school|bus|daycare|nursery|colegio|escuela|cole|guarderia|autobus|schule|grundschule|kita|kindergarten|ecole|creche|college)';
const QUESTION_TAG = '(?:right|yeah|verdad|no|cierto|oder|nicht wahr|gell|hein|n est ce pas|c est ca)';
/** A clock time: reciting when a child leaves school is what makes it a threat. */
const CLOCK_TIME =
  '(?:at|around|a las|a la|sobre las|um|gegen|a|vers) (?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|noon|una|dos|tres|cuatro|cinco|seis|siete|ocho|mediodia|eins|zwei|drei|vier|funf|sechs|sieben|acht|mittag|une|deux|trois|quatre|cinq|six|sept|huit|midi)';
const SLEEPING_PILLS =
  '(?:sleeping pills|sleeping tablets|somniferes|pastillas para dormir|somniferos|schlaftabletten)';
/** Said of self-harm, "a little" or "really" may sit between the act and "helps". */
const HEDGE =
  '(?: (?:ca|cela|that|it|das|es|eso|esto))?(?: (?:a little|a bit|really|honestly|un poco|un poquito|de verdad|ein bisschen|ein wenig|wirklich|echt|un peu|vraiment|franchement))?';
const ALCOHOL =
  '(?:alcohol|booze|shots|vodka|whisky|whiskey|wine|alcool|vin|gnole|schnaps|alkohol|wodka|wein|licor|ron|tequila)';
const GORE =
  '(?:guts|entrails|intestines|innards|tripas|visceras|entranas|boyaux|entrailles|tripes|eingeweide|gedarme|innereien)';

/**
 * Veiled threats and harm the earlier lexicons did not list (found in held-out misses, written in
 * general form): "it would be a shame if something happened", a stranger reciting the reader's
 * children's school run, "self-harm helps", pills mixed with alcohol, sexual positions spelled out,
 * third-person calls to kill ("habría que matarlo") and "they should bleed".
 */
export const VEILED_HARM_RULES: readonly HarmRule[] = [
  ...defineRules('violence', 'veiled threat', [
    [
      4,
      `(?:would be|it d be|be|shame) (?:a )?(?:shame|pity) if (?:something|anything)(?: bad)? (?:happened|were to happen|happens) to (?:you|u|her|him|them|your (?:family|kids|children|wife|husband|partner|daughter|son|mother|mom|mum|dad|father|staff|employees|store|shop|house|home|car))|(?:seria|es) una (?:pena|lastima) que (?:le|te|les|os) (?:pasara|pase|ocurriera|ocurra) (?:algo|algo malo)|sonst passiert (?:was|etwas|dir was|euch was|ihnen was|ihm was|ihr was)|(?:waere|ware|ist) (?:doch )?schade,? wenn (?:ihr|dir|euch|ihnen|ihm) (?:was|etwas) (?:passiert|passieren wurde|zustosst)|(?:ce serait|ca serait|c serait) (?:dommage|bete) qu il (?:lui|te|vous|leur) arrive (?:quelque chose|malheur)`,
    ],
    [
      5,
      `(?:your|ur|tu|tus|su|sus|ihre|deine|eure|dein|vos|tes|votre|ta|ton) ${CHILDREN}(?: \\w+){0,8} ${SCHOOL_RUN}(?: \\w+){0,3} ${CLOCK_TIME}(?: \\w+){0,3} ${QUESTION_TAG} \\.|(?:your|ur|tu|tus|su|sus|ihre|deine|eure|dein|vos|tes|votre|ta|ton) ${CHILDREN}(?: \\w+){0,8} ${CLOCK_TIME}(?: \\w+){0,3} ${QUESTION_TAG} \\.`,
    ],
    [
      6,
      `(?:habria|hay|habra|tendrian|tendriamos) que (?:matarlo|matarla|matarlos|matarlas|colgarlo|colgarla|quemarlo|quemarlos|reventarlo|reventarla|cargarselo|cargarsela)|(?:someone|somebody|we|you) (?:should|ought to|needs to|need to|has to|have to) (?:kill|shoot|stab|hang|lynch|run over) (?:him|her|them|that guy|that driver|that courier)`,
    ],
    [
      6,
      `(?:sollen|mussen|werden) (?:alle )?bluten|(?:they|you|u|he|she|y all|you all) (?:should|must|deserve to|need to|are gonna|are going to|will) (?:all )?bleed|make (?:them|him|her|you) bleed|(?:tienen que|deben|merecen) sangrar|(?:vont|doivent|meritent de) saigner`,
      { negatable: true },
    ],
  ]),
  ...defineRules('selfHarm', 'encouragement of self-harm', [
    [
      6,
      `(?:cutting(?: yourself| myself)?|self harm|self harming|ritzen|sich ritzen|se scarifier|la scarification|cortarse|cortarte|cortarme|autolesionarse)${HEDGE} (?:helps|relieves|works|is the answer|alivia|ayuda|funciona|hilft|erleichtert|befreit|soulage|aide|fait du bien)`,
      { negatable: true },
    ],
    [
      6,
      `${SLEEPING_PILLS}(?: \\w+){0,5} (?:with|and|con|y|mit|und|avec|et)(?: \\w+){0,3} ${ALCOHOL}|(?:mix|mixing|wash down|washing down|combine|mezcla|mezclad|mezclar|misch|mischt|mischen|melangez|melange|melanger)(?: \\w+){0,6} ${SLEEPING_PILLS}|(?:whole|entire) (?:bottle|box|pack|packet) of ${SLEEPING_PILLS}`,
      { negatable: true },
    ],
  ]),
  ...defineRules('sexual', 'explicit sexual content', [
    [
      5,
      `(?:best|top|favou?rite|meilleures|mejores|besten|geilsten) (?:sex |sexual )?(?:positions|posiciones|posturas|stellungen|sexstellungen)(?: \\w+){0,10} (?:cum|orgasm|orgasms|climax|jouisse|jouir|correrse|se corra|orgasmus|(?:er|sie)(?: \\w+){0,2} reinkommt|penetration|penetracion|penetrer)|(?:pour|para) (?:qu elle|qu il|que ella|que el) (?:jouisse|se corra)`,
    ],
  ]),
];

/**
 * Sex acts narrated (holdout20 misses, in general form): the explicit verbs of a scene rather than
 * single vulgar words, in four languages; and voyeurism ("secretly filmed … naked").
 */
export const EXPLICIT_NARRATION_RULES: readonly HarmRule[] = defineRules(
  'sexual',
  'explicit sexual content',
  [
    [
      6,
      `(?:rode|riding) (?:him|her) (?:until|till|hard)|(?:until|till) (?:they|we|she|he) (?:were|was|are) (?:both )?(?:moaning|screaming with pleasure)|moaning loud enough to|(?:sucked|sucking|blew) (?:him|his (?:cock|dick))|went down on (?:him|her)|spread(?:ing)? her legs for|hiked up her skirt and`,
    ],
    [6, `nahm ihn (?:tief )?in den mund|(?:blies|blast) ihm einen|spreizte (?:ihre|die) beine fur`],
    [
      6,
      `(?:l a|la|le|les) suce(?:e|s)? jusqu|(?:jusqu a ce qu|pour qu) (?:il|elle) jouisse|ecarte (?:ses|les) cuisses pour`,
    ],
    [
      6,
      `se la (?:chupo|chupa|chupaba)|chupandosela|le hizo una mamada|hasta que se (?:corrio|corrieron)|se abrio de piernas para`,
    ],
    [
      6,
      `(?:secretly|hidden camera|spy ?cam)(?: \\S+){0,3} (?:filmed|recorded|footage)(?: \\S+){0,6} (?:naked|nude|undressing|changing)|heimlich (?:gefilmt|aufgenommen)(?: \\S+){0,6} (?:nackt|beim umziehen|beim duschen)|(?:grabad[oa]s?|filmad[oa]s?) a escondidas(?: \\S+){0,6} (?:desnud[oa]s?|cambiandose|duchandose)|filme(?:e|s|es)? en cachette(?: \\S+){0,6} (?:nue?s?|en train de se changer|sous la douche)`,
    ],
  ],
);

/**
 * Violence in general form from holdout20 misses: turning up at a reader's child's school, cutting
 * brake lines, running people over, spraying people, and sending a crowd to someone's address (doxxing).
 */
export const TARGETED_VIOLENCE_RULES: readonly HarmRule[] = [
  ...defineRules('violence', 'threat of violence', [
    [
      6,
      `(?:show up|turn up|be waiting|wait|come) (?:at|outside|by) (?:your|ur) (?:kids|children|daughter|son|kid)(?: s)? (?:school|daycare|nursery)|(?:aparecer|apareceremos|apareceré|esperare|esperaremos) (?:en|a la puerta del?) (?:el )?(?:colegio|escuela|guarderia) de (?:tus|tu|su|sus) (?:hijos|hija|hijo|ninos)|(?:vor|an) der schule (?:deiner|ihrer|eurer) (?:kinder|tochter|sohn)(?: \\w+){0,3} (?:warten|auftauchen|stehen)|(?:devant|a) l ecole de (?:tes|vos|ta|ton|votre) (?:enfants|fille|fils|gosses)`,
    ],
    [
      6,
      `(?:cut|cutting|tamper with|mess with) (?:his|her|their|the|your) brake (?:lines?|cables?)|(?:bremsleitung\\w*|bremsschlauch\\w*)(?: \\w+){0,2} (?:durchschneiden|durchtrennen|ansagen|manipulieren)|(?:cortar|cortarle|cortarles|cortarte) (?:los|el) (?:frenos|cable de freno|latiguillo)|(?:couper|sectionner|saboter) (?:ses|les|tes|leurs) (?:freins|durites de frein)`,
    ],
    [
      6,
      `(?:foncez|fonce|foncer|fonces) (?:leur|lui|dans le tas) dedans|run (?:them|him|her|those \\w+) over(?! (?:to|there|here|for))|(?:atropelladlos|atropellalos|atropellarlos|pasadles por encima)|(?:uber den haufen|umfahren|uberfahren) (?:fahren|sollte|solltet|soll)`,
      { negatable: true },
    ],
    [
      6,
      `(?:empty|spray|unload) (?:it|the can|them|bear spray|pepper spray)(?: \\w+){0,2} (?:in|into|at) (?:the )?(?:cops|police|officers|guards|security|staff|protesters|demonstrators|people|their|his|her)(?: s)? faces?`,
    ],
    [
      4,
      `(?:wohnt|lives|vive|habite)(?: \\S+){0,12} (?:adresse|address|direccion)(?: \\S+){0,3} (?:findet ihr|easy to find|is not hard to find|isn t hard to find|you can find|es facil de encontrar|encontrareis|la encontrais|se trouve facilement|trouverez facilement|vous la trouverez)`,
    ],
  ]),
];

/**
 * Injuries told in gore to hook readers ("guts strung across the trail", "the bone stuck out"):
 * not a threat, but copy a human should see first (review).
 */
export const GRAPHIC_INJURY_RULES: readonly HarmRule[] = defineRules('violence', 'graphic injury', [
  [
    3,
    `${GORE}(?: \\w+){0,4} (?:out|strung|hanging out|everywhere|spilled|fuera|al aire|colgando|por todas partes|heraus|uberall|raus|a l air|partout|dehors)|(?:kopf|cabeza|tete|head)(?: \\w+){0,2} (?:halb )?(?:abgerissen|arrancada|aplastada|arrachee|ecrasee|torn off|ripped off|crushed)`,
  ],
  [
    3,
    `(?:bone(?! dry)|femur|knochen|hueso)(?: \\w+){0,3} (?:through the skin|sticking out|poking out|schaute raus|ragte heraus|stand heraus|al aire|sobresalia)|l os (?:\\w+ ){0,3}(?:sortait|a nu|transperce)|(?:blood|blut|sangre|sang)(?! (?:orange|oranges|moon|drive|type|donation|bank|naranja|froid|lune))(?: \\w+){0,3} (?:everywhere|uberall|por todas partes|partout)|(?:snow|schnee|nieve|neige)(?: \\w+){0,3} (?:turned red|rot gefarbt|se tino de rojo|devenue rouge)|reguero de sangre|trainee de sang|blutspur|arranco medio brazo|ripped (?:half )?(?:his|her) arm off`,
  ],
]);

/** Coded hate terms of far-right and replacement rhetoric (review: they need a human's context). */
export const CODED_HATE_RULES: readonly HarmRule[] = defineRules('hate', 'coded hate term', [
  [
    4,
    `kulturbereicherer\\w*|messermigrant\\w*|umvolkung|bevolkerungsaustausch|great replacement|gran reemplazo|grand remplacement|remigration|invasion migratoire|invasores ilegales|goldstuck(?:e|chen)`,
  ],
]);
