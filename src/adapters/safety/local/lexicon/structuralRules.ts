import { ANY_GROUP, GROUP_DE, GROUP_EN, GROUP_ES, GROUP_FR, GROUP_SINGULAR } from './groups';
import { anyOf, defineRules, type HarmRule } from './harmRule';

/**
 * Sentence shapes rather than phrases: who does what to whom (a speaker or a wish, a harm verb, a person
 * or a group), and the means/outcome pairs of self-harm questions. Each slot is an alternation of
 * inflected forms, so new wordings of the same shape match without being listed one by one.
 */

/** A few filler words between the slots of a shape ("just end your miserable life"). */
const GAP = (max: number): string => `(?: [\\p{L}\\p{N}]+){0,${max}}`;

// ---------------------------------------------------------------------------------------------------------
// Self-harm: means + outcome questions and urging in every language.

const PILLS = anyOf([
  'pills',
  'tablets',
  'meds',
  'painkillers',
  'paracetamol',
  'tylenol',
  'aspirin',
  'ibuprofen',
  'insulin',
  'sleeping pills',
  'xanax',
  'pastillas',
  'pildoras',
  'comprimidos',
  'somniferos',
  'tabletten',
  'pillen',
  'schlaftabletten',
  'medikamente',
  'cachets',
  'pilules',
  'comprimes',
  'somniferes',
  'medicaments',
  'medocs',
]);

const DEATH_OUTCOME = anyOf([
  'die',
  'dying',
  'be dead',
  'kill (?:myself|yourself|me|you|someone)',
  '(?:not|never) wake up',
  'overdose',
  'od',
  'lethal',
  'fatal',
  'end it',
  'morir',
  'morirme',
  'matarme',
  'no despertar',
  'no volver a despertar',
  'muerte',
  'letal',
  'sterben',
  'tot',
  'nicht mehr (?:aufzuwachen|aufwachen)',
  'nie mehr (?:aufzuwachen|aufwachen)',
  'mich umzubringen',
  'todlich',
  'mourir',
  'crever',
  'ne (?:plus|pas|jamais) (?:me|se|te) reveiller',
  '(?:nunca|no) (?:volver a )?despertar(?:me|se)?',
  'nie (?:wieder|mehr) aufwachen',
  'mortel(?:le)?',
  'me tuer',
  'en finir',
]);

const HOW_MANY = anyOf([
  'how many',
  'how much',
  'what amount of',
  'what dose of',
  'cuant[oa]s',
  'que cantidad de',
  'wie ?viele?',
  'welche menge',
  'combien (?:de|d)',
  'quelle dose de',
]);

const SELF_KILL = anyOf([
  'die (?:painlessly|quickly|fast|in my sleep)',
  'kill (?:myself|yourself|oneself)',
  'hang (?:myself|yourself)',
  'off (?:myself|yourself)',
  'end (?:my|your) (?:own )?life',
  'commit suicide',
  'suicidarme',
  'matarme',
  'ahorcarme',
  'colgarme',
  'mich umzubringen',
  'sich umzubringen',
  'mich aufzuhangen',
  'me suicider',
  'me tuer',
  'me pendre',
  'en finir',
]);

const WAY_TO = anyOf([
  '(?:best|easiest|quickest|fastest|painless|surest|most painless|quietest|cleanest) (?:way|ways|method|methods) to',
  '(?:la )?(?:mejor (?:forma|manera) de|forma mas (?:facil|rapida) de|manera mas (?:facil|rapida) de|forma indolora de)',
  '(?:beste|schnellste|einfachste|schmerzlose) (?:methode|art|weg)',
  '(?:la )?(?:meilleure|plus simple|plus rapide) (?:facon|methode|maniere) (?:de|pour)',
  'facon indolore de',
]);

/** Railway lines, bridges, windows: what one is told to throw oneself under or from. */
const DROP_PLACES = anyOf([
  'vias',
  'tren',
  'metro',
  'puente',
  'ventana',
  'balcon',
  'edificio',
  'azotea',
  'tejado',
  'acantilado',
  'camion',
  'autobus',
  'zug',
  'bus',
  'u bahn',
  'lkw',
  'auto',
  'train',
  'metro',
  'pont',
  'fenetre',
  'voiture',
  'camion',
]);

const URGING_SELF_HARM: HarmRule[] = defineRules('selfHarm', 'encouragement of self-harm', [
  [
    6,
    `take (?:your|ur) own life|(?:end|finish) (?:your|ur) (?:own |\\w+ |\\w+ \\w+ )?(?:life|existence)(?! (?:insurance|savings|policy|plan|story|goals?|partner))`,
    { negatable: true },
  ],
  [
    6,
    `if i (?:were|was) (?:you|u)(?: \\w+)? i (?:d|would)(?: just)? (?:kill|hang|off|shoot|drown|jump|end|slit)`,
  ],
  [
    6,
    `(?:make|force) (?:yourself|urself) (?:throw up|puke|vomit|be sick|purge)|(?:until|till|til) (?:your|ur|you can see your) (?:ribs|bones|hip bones|collarbones?|spine) (?:show|stick out|are visible)|bis man (?:die |deine )?(?:knochen|rippen) sieht|hasta que se (?:te )?(?:vean|noten) (?:los huesos|las costillas)|jusqu a (?:voir|ce qu on voie) (?:tes )?(?:os|cotes)`,
  ],
  // Spanish: "deberías colgarte", "mátate", "tírate a las vías".
  [
    6,
    `(?:deberias|deberiais|tienes que|ojala|por que no|anda y|vete a|ve a|mejor)${GAP(1)} (?:matarte|suicidarte|colgarte|ahorcarte|morirte|envenenarte|cortarte las venas|pegarte un tiro|tirarte (?:a|de|por|desde|bajo))`,
    { negatable: true },
  ],
  [
    6,
    `(?:matate|suicidate|cuelgate|ahorcate|envenenate|pegate un tiro)|(?:tirate|tirarte|lanzate|lanzarte|arrojate|arrojarte) (?:a|de|desde|por|bajo|delante de) (?:las? |el |los |un |una )?${DROP_PLACES}`,
  ],
  // German: "bring dich doch einfach um", "hungere dich runter", "wirf dich vor den Zug".
  [
    6,
    `bring (?:dich|euch)(?: (?:doch|einfach|endlich|mal|bitte|am besten|jetzt|gleich))* um|(?:erhang|erhange|erschiess|erschiesse|ertrank|ertranke|vergift|vergifte|hungere|hunger|ritz|ritze) (?:dich|euch)|(?:wirf|werf|schmeiss) dich (?:vor|unter|von) (?:den|einen|die|eine|das|der) ${DROP_PLACES}|du (?:solltest|sollst|musst)${GAP(2)} (?:dich umbringen|sterben|dich aufhangen|verrecken|krepieren)`,
    { negatable: true },
  ],
  // French: "tue-toi", "tu devrais te pendre", "va crever".
  [
    6,
    `(?:tue|pends|suicide|empoisonne|noie|affame|flingue|butte) toi|(?:tu devrais|vous devriez|tu ferais mieux de|tu n as qu a|t as qu a)${GAP(1)} (?:te |vous )?(?:tuer|pendre|suicider|flinguer|empoisonner|noyer|jeter sous|ouvrir les veines|mourir|crever|disparaitre)|(?<!(?:on|il|elle|ca|ils|elles|je|tu|nous|qui|ce|cela) )(?:va|allez) (?:te |vous )?(?:pendre|crever|suicider|mourir)(?! (?:de|d|les|la|le|des))`,
    { negatable: true },
  ],
]);

const TERSE_URGING: HarmRule[] = defineRules('selfHarm', 'encouragement of self-harm', [
  [
    6,
    `(?:swallow|take|down|chug|gulp|eat|neck|trague|traga|tomate|schluck|schlucke|nimm|avale|prends)(?: \\w+){0,5} ${PILLS}(?: \\w+){0,6} (?:and be done|be done with it|and (?:never|not|don t|dont) wake up|and die|all at once|at once|de golpe|de una vez|auf einmal|alle auf einmal|d un coup|tous d un coup)`,
  ],
  [
    6,
    `(?:nobody|no one|noone|worthless|loser|pathetic|useless|nadie|inutil|fracasad[oa]|niemand|wertlos|versager|personne|nul|minable)(?: \\S+){0,12} \\. (?:just |go |now |then |so |ya |doch |alors )?(?:jump|die|hang yourself|salta|tirate|muere|muerete|matate|spring|stirb|saute|creve|meurs)(?= \\.|$| already| now| ya| jetzt| maintenant)`,
  ],
]);

const SELF_HARM_PRAISE: HarmRule[] = defineRules('selfHarm', 'encouragement of self-harm', [
  [
    6,
    `(?:overdos(?:e|ing)|hanging (?:yourself|urself)|cutting (?:yourself|urself)|killing (?:yourself|urself)|starving (?:yourself|urself)|ending it(?: all)?)(?: [\\p{L}\\p{N}.]+){0,4} (?:it s|its|is|it is) (?:easy|painless|quick|simple|the answer|the way out|the only way)`,
  ],
  [
    6,
    `(?:fais nous|fais moi|faites nous|hazme|hazle|hazles|tu uns|tu mir)${GAP(1)} (?:une faveur|un favor|un service|einen gefallen)${GAP(2)} (?:creve|meurs|disparais|tue toi|muerete|matate|desaparece|stirb|verschwinde|bring dich um)`,
  ],
]);

const STARVATION_AND_CUTTING: HarmRule[] = defineRules('selfHarm', 'encouragement of self-harm', [
  [
    6,
    `(?:favou?r|better place|better off|relieved|happier|glad|un favor|einen gefallen|service)${GAP(4)} (?:if|when|once|si|wenn) (?:you|u|te|du|tu) (?:stopped breathing|stop breathing|died|disappeared|were dead|killed yourself|were gone|ended it|murieras|desaparecieras|suicidaras|mataras|sterben wurdest|tot warst|verschwinden wurdest|mourais|crevais|disparaissais|te suicidais)`,
  ],
  [
    6,
    `(?:razor|razors|razor blades|blades|cuchillas|hojas de afeitar|rasierklingen|klingen|lames de rasoir|lames)${GAP(4)} (?:for cutting|to cut (?:yourself|deeper|your)|para cortarte|para cortarse|zum ritzen|zum schneiden|pour te couper|pour se couper|pour se scarifier)|(?:schneid|schneide|ritz|ritze) dich${GAP(2)} (?:tiefer|mehr|ofter|wieder|nochmal)|cortate (?:mas|otra vez)${GAP(1)} (?:hondo|profundo|fuerte)|(?:coupe|scarifie) toi (?:plus|encore)${GAP(1)} (?:profond|fort)`,
  ],
  [
    6,
    `(?:tomate|tomaos|tragate|traga|toma|tomad) todas las (?:pastillas|pildoras|medicinas)|(?:nimm|schluck|schlucke) alle (?:tabletten|pillen|schlaftabletten)|(?:prends|avale|avalez|prenez) tous (?:les|tes|vos) (?:cachets|medicaments|comprimes|somniferes)`,
  ],
  [
    6,
    `(?:skip (?:meals|breakfast|lunch|dinner)|stop eating|don t eat|dont eat|starve|fast|deja de comer|dejad de comer|no comas|hor auf zu essen|horen sie auf zu essen|iss nichts|arrete de manger|ne mange (?:plus|rien))${GAP(4)} (?:until|till|til|hasta que|hasta|bis|jusqu a|jusqu)`,
  ],
  [
    6,
    `(?:pulsadern|adern)${GAP(1)} (?:aufschneiden|aufschlitzen|aufritzen|aufzuschneiden)|(?:cortarte|cortate|abrete|abrirte|rajarte) las venas|(?:t ouvrir|ouvre toi|te taillader|taillade toi|te couper) les veines`,
  ],
  [
    6,
    `(?:relieved|happier|better off|glad|thankful|celebrate)${GAP(2)} (?:if|when|once) (?:you|u) (?:disappeared|died|were gone|weren t here|were dead|vanished|killed yourself|disappear|die|are gone)`,
  ],
]);

const METHOD_QUESTIONS: HarmRule[] = defineRules('selfHarm', 'self-harm method', [
  [
    6,
    `(?:how high|how tall|what height|que altura|a que altura|wie hoch|quelle hauteur|de quelle hauteur)${GAP(8)} (?:die|dying|kill myself|kill yourself|matarme|morir|morirme|sterben|tot|umzubringen|mourir|me tuer)`,
    { mention: true },
  ],
  [
    6,
    `bringe? ich mich${GAP(3)} um|wie (?:kann ich mich|ich mich)${GAP(3)} (?:umbringen|toten|erhangen)`,
    { mention: true },
  ],
  [
    6,
    `(?:how to|how do i|how can i|how do you|how would i|ways to) (?:kill|hang|off|poison|drown|starve) (?:yourself|myself|oneself|urself)|how to (?:commit suicide|die painlessly)|como (?:ahorcarse|ahorcarme|suicidarse|suicidarme|matarse|matarme|colgarse|colgarme|cortarse las venas|envenenarse)|wie (?:man sich|ich mich|bringe ich mich) (?:umbringt|umbringe|um|erhangt|erhange|totet|tote|vergiftet|vergifte)|comment (?:se|me) (?:suicider|pendre|tuer|empoisonner|noyer)`,
    { mention: true },
  ],
  [
    4,
    `(?:take|swallow|down) (?:all|every one of|every single one of) (?:your|ur|the|her|his|my|those|these)${GAP(2)} (?:pills|meds|tablets|painkillers|sleeping pills)(?! (?:as prescribed|with food|with water|daily|every day|on time))`,
  ],
  [6, `${HOW_MANY}${GAP(2)} ${PILLS}${GAP(8)} ${DEATH_OUTCOME}`, { mention: true }],
  [6, `${WAY_TO} ${SELF_KILL}`, { mention: true }],
  [
    4,
    `(?:lethal|fatal) dose of|dosis (?:letal|mortal)|todliche dosis|dose (?:letale|mortelle)`,
    { mention: true },
  ],
]);

// ---------------------------------------------------------------------------------------------------------
// Violence: injuries with an outcome, wishes of harm, intimidation.

const PERSON = `(?:you|u|him|her|them|(?:that|the|your|his|her|their|this) \\w+)`;

const INJURY: HarmRule[] = defineRules('violence', 'threat of violence', [
  [
    6,
    `(?:beat|kick|stomp|punch|bash|batter|choke|pound|hit|kicked|beaten|stomped) ${PERSON}${GAP(1)} (?:to death|half to death|to a pulp|senseless|unconscious|bloody|black and blue|within an inch of)`,
    { negatable: true },
  ],
  [
    6,
    `break (?:every bone in|all the bones in) (?:your|his|her|their)|(?:break|snap|smash|cave|kick|bash) (?:your|his|her|their|ur) (?:legs|arms|neck|jaw|face|nose|skull|teeth|head)(?: in)?`,
    { negatable: true },
  ],
  [
    6,
    `(?:te |le |les |os )?(?:voy a |vamos a |van a )?(?:romper|rompo|rompere|partir|parto|partire|reventar|reviento|revienta|reventare)(?:te|le|les|os)? (?:las piernas|los brazos|la cara|los dientes|la cabeza|el cuello|la crisma|los huesos|la boca|la nariz)`,
    { negatable: true },
  ],
  [
    6,
    `(?:schlage|schlag|hau|haue|trete|brech|breche|brich)(?: \\w+){0,2} (?:dir|ihm|ihr|euch) (?:die zahne|den schadel|die fresse|die nase|alle knochen|das genick|die beine|die arme|den kiefer)`,
    { negatable: true },
  ],
  [
    6,
    `(?:te|lui|leur|vous) (?:vais |va |allons |vont )?(?:casser|casse|pete|peter|defoncer|defonce|eclater|eclate|exploser|explose|briser|brise) (?:la gueule|la tete|les dents|les jambes|le crane|la figure|la tronche|les os|le nez|la machoire)`,
    { negatable: true },
  ],
]);

const HARM_PARTICIPLES = anyOf([
  'hit by an? (?:car|truck|bus|train|lorry)',
  'run over',
  'stabbed',
  'shot(?! (?:for|on|by (?:a|an|our|the) (?:photographer|camera)|in (?:the )?studio))',
  'killed',
  'murdered',
  'raped',
  'beaten(?: up)?',
  'lynched',
  'hanged',
  'burned(?: alive)?',
  'set on fire',
  'tortured',
  'butchered',
  'strangled',
  'mugged',
]);

const WISHES: HarmRule[] = defineRules('violence', 'wish of violence', [
  [
    6,
    `(?:hope|hopefully|wish|pray) (?:that )?(?:you|u|he|she|they|someone|somebody|(?:your|his|her|their|the|that|this|those|these|all) \\w+)${GAP(4)} (?:gets?|got|is|are|be|ends? up) ${HARM_PARTICIPLES}`,
    { negatable: true },
  ],
  [
    6,
    `(?:i hope|hope|hopefully) (?:you|u|he|she|they) (?:die|dies|drop dead|rot|burn|choke|get cancer|bleed out)`,
    { negatable: true },
  ],
  [
    6,
    `ojala (?:que )?(?:te|le|les|lo|la|los|alguien|a tu \\w+|a su \\w+)${GAP(2)} (?:atropelle|atropellen|mate|maten|mueras|muera|mueran|pegue un tiro|peguen un tiro|apunale|apunalen|viole|violen|queme|quemen|revienten|den una paliza)`,
  ],
  [
    6,
    `(?:hoffentlich|ich hoffe|hoffe)${GAP(3)} (?:(?:dich|du|ihn|er|euch|ihr)${GAP(3)} (?:uberfahrt|erschiesst|ersticht|erschlagt|totet|umbringt|vergewaltigt|verbrennt|stirbst|verreckst|krepierst|abknallt)|(?:uberfahrt|erschiesst|ersticht|erschlagt|totet|umbringt|vergewaltigt|verbrennt|abknallt) (?:dich|ihn|euch|sie))`,
  ],
  [
    6,
    `j espere (?:que|qu)${GAP(3)} (?:te |le |la |les |vous )?(?:creve|crever|creves|meurs|meure|meurent|mourras|tue|tuera|poignarde|poignardera|ecrase|ecrasera|viole|violera|brule|brulera|bute|butera)`,
  ],
]);

/** Harm verbs that are violent whatever follows (unlike "cut", "beat", "break", "burn", "smash"). */
const HARM_VERBS_EN = anyOf([
  'drown',
  'hurt',
  'poison',
  'kill',
  'stab',
  'strangle',
  'choke',
  'murder',
  'torture',
  'rape',
  'maim',
  'slaughter',
  'butcher',
  'skin',
  'gut',
  'cripple',
  'bury',
]);

/** What a threat is usually made against: the reader, their family, pets, home. */
const YOURS = `(?:you|u|ya|him|her|them|(?:your|ur|his|her|their) (?:\\w+ )?(?:dog|cat|kids?|children|son|daughter|wife|husband|family|mum|mom|mother|dad|father|brother|sister|baby|girlfriend|boyfriend|friends?|pets?|parents|grandma|boss|staff))`;

const FIRST_PERSON_HARM: HarmRule[] = defineRules('violence', 'threat of violence', [
  [
    6,
    `(?:run|ran|drive|mow) (?:him|her|them|you|(?:that|the|this|those|some) (?:guy|man|woman|kid|kids|bitch|bastard|idiot|prick|cop|cops|cyclist|cyclists|clerk|cashier|manager|owner|dude|girl|boy|driver|fucker|protesters?|pedestrians?)) (?:over|down)`,
    { negatable: true },
  ],
  [
    6,
    `(?:ich werde|ich will|wir werden|ich|wir) (?:dir|euch|ihm|ihr)${GAP(1)} (?:wehtun|weh tun|weh)|bis (?:du|er|sie) (?:blutest|blutet|nicht mehr atmest|tot bist|im krankenhaus)`,
    { negatable: true },
  ],
  [
    6,
    `(?:je vais|j vais|on va|je veux|nous allons|je) (?:te|t|vous|le|la|l|les|lui)${GAP(1)} (?:etrangler|egorger|tuer|buter|planter|poignarder|defoncer|tabasser|cogner|frapper|massacrer|noyer|etouffer|fracasser|saigner|flinguer|descendre|crever|demolir|eclater|defigurer|lyncher)`,
    { negatable: true },
  ],
  [
    6,
    `(?:te|le|la|os|les|lo) (?:voy|vamos|van|va) a (?:ahogar|rajar|apunalar|matar|reventar|estrangular|machacar|destrozar|degollar|acuchillar|dar una paliza|partir la cara|pegar un tiro|quemar|linchar)|(?:te|le) (?:rajo|mato|reviento|apunalo|estrangulo|ahogo|machaco)`,
    { negatable: true },
  ],
  [
    6,
    `(?:i ll|ill|i will|i m going to|im going to|i m gonna|im gonna|i am going to|we ll|we will|we re going to|we re gonna|gonna|i swear i ll|i could) (?:\\w+ )?${HARM_VERBS_EN} ${YOURS}(?! (?:with|in) (?:(?:these|our|this|the|low|great|big) )?(?:kindness|love|savings|deals|discounts|compliments|gifts|style|choice|options|offers|freebies|prices|bargains|cuteness))`,
    { negatable: true },
  ],
  [
    6,
    `(?:le |les |te |os )?(?:prendo|prendere|prendemos|prenderemos|voy a prender|vamos a prender|prenderle|prenderles|pegare|pego|pegamos) fuego (?:a|al)|(?:je vais|on va|j vais|je) (?:mettre|mets|fous|foutre) le feu (?:a|au|chez)|(?:ich|wir) (?:zunde|zunden|fackle|fackeln) (?:dein|deine|deinen|euer|eure|ihr|ihre|dir|euch)`,
    { negatable: true },
  ],
]);

/** Family members and people close to the speaker: "strangle my sister", "poison your dog". */
const CLOSE_PEOPLE = anyOf([
  'sister',
  'brother',
  'wife',
  'husband',
  'girlfriend',
  'boyfriend',
  'mum',
  'mom',
  'mother',
  'dad',
  'father',
  'son',
  'daughter',
  'kids?',
  'children',
  'baby',
  'neighbou?r',
  'boss',
  'ex',
  'dog',
  'cat',
  'landlord',
  'teacher',
  'coworker',
  'colleague',
  'roommate',
  'flatmate',
]);

const VIOLENT_STEMS: HarmRule[] = defineRules('violence', 'threat of violence', [
  [
    6,
    `(?:put|send|leave) (?:you|u|him|her|them|(?:your|his|her|their|that|the) (?:\\w+ )?\\w+) (?:in|into|to) (?:the|a) (?:hospital|grave|ground|morgue|wheelchair|icu|coffin|body bag|emergency room)|(?:mandarte|mandarle|mandaros|mandarles|te mando|le mando) (?:al hospital|a la tumba|al cementerio|a urgencias)|(?:dich|ihn|euch) (?:ins krankenhaus|ins grab|in den rollstuhl) (?:prugeln|bringen|schicken|treten)|(?:t|l|vous|les) envoyer (?:a l hopital|au cimetiere|aux urgences|six pieds sous terre)`,
    { negatable: true },
  ],
  [
    6,
    `(?:stomp|stamp|jump) on (?:his|her|their|your|ur) (?:head|face|skull|neck)|(?:wring|snap|twist|crack) (?:your|his|her|their|ur) (?:neck|necks|skull|spine)|(?:throw|throwing|chuck|splash) (?:acid|bleach|boiling water) (?:in|on|at|into) (?:her|his|your|their|the|that)|(?:echarle|tirarle|echarte|tirarte) acido|(?:saure|saeure) ins gesicht|(?:jeter|balancer|lancer) (?:de l )?acide (?:au|a la|sur)`,
    { negatable: true },
  ],
  [
    6,
    `(?:hope|wish|hopefully|pray|ojala|hoffentlich|j espere)${GAP(3)} (?:a |una |eine |une )?(?:bomb|fire|explosion|shooter|gunman|bomba|incendio|bombe|feuer|brand|incendie)${GAP(4)} (?:your|his|her|their|that|tu|su|dein|deine|deinem|deiner|ton|ta|votre|leur)`,
    { negatable: true },
  ],
  [
    6,
    `(?:we ll|i ll|we will|i will|gonna|going to|let s|lets|should|we should)${GAP(2)} (?:burn|torch|raze|blow up|firebomb|bomb) (?:it|them|the place|that place|the building|everything|the whole place)(?: down| to the ground)|(?:te|lui|vous|leur) faire la peau|sink (?:their|the|those) (?:boats|dinghies|rafts)`,
    { negatable: true },
  ],
  [
    6,
    `(?:i ll|ill|i will|i m going to|im going to|i m gonna|im gonna|gonna|we re going to|we ll|we will|i swear i ll) (?:\\w+ )?(?:strangle|stab|shoot|poison|drown|murder|kill|butcher|choke|gut|slaughter|torture|behead|hang) (?:my|our|your|his|her|that|this|the) (?:\\w+ )?${CLOSE_PEOPLE}`,
    { negatable: true },
  ],
  [
    6,
    `make (?:you|u|him|her|them|that \\w+|the \\w+|this \\w+|those \\w+) (?:bleed|suffer|scream|beg for mercy|pay in blood)|(?:needs|deserves|wants|is asking for) (?:his|her|their|your|a) (?:skull|head|face|legs|neck|teeth|jaw) (?:cracked|smashed|broken|kicked in|bashed in|caved in|split open)`,
    { negatable: true },
  ],
  [
    5,
    `(?:waiting|wait|coming|i ll be|we ll be|see you|come for you|outside)${GAP(6)} with (?:a|my|the|our) (?:machete|knife|bat|baseball bat|gun|axe|crowbar|shotgun|rifle|hammer|blade|pistol)(?! and (?:fork|forks|balls?|gloves))`,
  ],
  [
    6,
    `(?:ich|wir)${GAP(2)} (?:schlitz|schlitze|stech|steche|knall|knalle|stich|brech|breche|vergift|vergifte|erwurg|erwurge|ersauf|ersaufe|prugel|prugle|verprugel|verprugle|erschlag|erschlage)\\w*${GAP(2)} (?:dich|euch|ihn|deinen|deine|dein|eure|euren)${GAP(3)}|(?:knall|knalle|stech|steche|schlitz|schlitze|mach|mache) (?:ich |wir )?(?:dich|euch|ihn|sie)(?: alle)? (?:ab|auf|kalt|platt)|(?:dem|der|den)${GAP(2)} (?:sollte|muss|musste|soll) man${GAP(2)} (?:die beine|die arme|das genick|den hals|die knochen|die zahne|den schadel) (?:brechen|einschlagen|ausschlagen)`,
    { negatable: true },
  ],
  [
    6,
    `(?:ich werde|ich will|wir werden|ich|wir)${GAP(1)} (?:dich|euch|ihn|deinen|deine|dein|eure|euren)${GAP(2)} (?:vergiften|umbringen|erschiessen|erstechen|abstechen|erwurgen|ertranken|toten|verprugeln|aufschlitzen|abknallen|kaltmachen|anzunden)`,
    { negatable: true },
  ],
  [
    6,
    `(?:lui|te|leur|vous) (?:tire|tirer|tirera|mettre|mets|mettrai) une balle|(?:pegarle|pegarte|meterle|meterte|le pego|te pego|le meto|te meto) (?:un tiro|una bala|un balazo)|(?:put|pump|stick) (?:a|some) (?:bullet|bullets|lead) (?:in|into)`,
    { negatable: true },
  ],
]);

const INTIMIDATION: HarmRule[] = defineRules('violence', 'intimidation', [
  [
    6,
    `(?:poison|poisons|weapon|bomb|explosive|explosives|gun|knife|veneno|arma|bomba|gift|waffe|bombe|poison)${GAP(6)} (?:to use on|to use against|to kill|to hurt|to get rid of|para usar contra|para matar a|um (?:\\w+ )?zu toten|pour tuer|a utiliser contre) (?:your|my|his|her|their|the|a|tu|mi|su|el|la|deinen|meinen|den|die|ton|mon|son|le|la) \\w+`,
  ],
  [
    6,
    `(?:you ll|you will|you re going to|you re gonna|he ll|she ll|they ll) (?:end up|wind up|be|go home|leave) (?:in|inside) (?:a|the) (?:ditch|hospital|morgue|grave|body bag|coffin|wheelchair|river|box|icu)|(?:acabaras|terminaras|vas a acabar|vas a terminar) en (?:el|la|una|un) (?:hospital|zanja|cementerio|caja|ataud|silla de ruedas|uci)|(?:landest du|wirst du|endest du) (?:im|auf dem|in der|in einem) (?:krankenhaus|graben|friedhof|rollstuhl|sarg|leichensack)|tu (?:finiras|vas finir|termineras) (?:a l|au|dans un|dans une|en) (?:hopital|cimetiere|fosse|fauteuil|cercueil|boite)`,
    { negatable: true },
  ],
  [
    6,
    `(?:cut|slice|rip|gut|split) (?:you|u|him|her|them) (?:open|to pieces|into pieces|wide open|to ribbons)|(?:slit|cut|slash) (?:your|his|her|their|ur) throats?`,
    { negatable: true },
  ],
  [
    4,
    `(?:find|found|know|learn|find out|found out|we know|i know) where (?:you|u|he|she|they|your (?:kids|children|family|wife|husband|daughter|son|mum|mom|parents)) (?:live|lives|sleep|sleeps|go to school|goes to school|park|parks)|(?:se|sabemos|se muy bien) donde (?:vives|duermes|estudian tus hijos|van tus hijos al colegio|vive tu familia)|(?:ich weiss|wir wissen|weiss ich)${GAP(1)} wo (?:du wohnst|du schlafst|deine (?:kinder|familie|frau|tochter)${GAP(2)} (?:wohnen|wohnt|zur schule gehen|zur schule geht)|dein (?:sohn|mann)${GAP(2)} (?:wohnt|zur schule geht))|(?:je sais|on sait|nous savons) ou (?:tu habites|tu dors|tes enfants vont a l ecole|ta famille habite|habite ta famille)`,
    { negatable: true },
  ],
  [
    6,
    `(?:burn|torch) (?:down )?(?:their|your|his|her|those|these|the) (?:houses|homes|stores|shops|mosques|churches|synagogues|cars|businesses|temples)(?: down)?|(?:quemar|quememos|queman) (?:sus|vuestras|tus|las) (?:casas|tiendas|mezquitas|iglesias|sinagogas)|(?:bruler|brulons|brulez|brule) (?:leurs|tes|vos|ses|les) (?:maisons|magasins|mosquees|eglises|synagogues)|(?:zunden|zundet|abfackeln|fackeln) (?:ihre|eure|deine|die) (?:hauser|laden|moscheen|kirchen|synagogen)`,
    { negatable: true },
  ],
]);

// ---------------------------------------------------------------------------------------------------------
// Hate: calls to remove, ban or confine a protected group.

const REMOVE_EN = anyOf([
  'ban',
  'deport',
  'expel',
  'kick out',
  'throw out',
  'round up',
  'lock up',
  'sterilise',
  'sterilize',
  'gas',
  'purge',
  'get rid of',
  'wipe out',
  'exterminate',
  'eliminate',
  'remove',
  'send back',
  'chase out',
  'drive out',
  'ship back',
  'kick',
  'throw',
]);
const REMOVED_EN = anyOf([
  'banned',
  'deported',
  'expelled',
  'kicked out',
  'thrown out',
  'rounded up',
  'locked up',
  'locked away',
  'sterili[sz]ed',
  'gassed',
  'purged',
  'exterminated',
  'eliminated',
  'removed',
  'sent (?:back|away|home)',
  '(?:chased|driven|run|thrown|kicked|forced) out',
  'shipped (?:back|off)',
  'shot(?! (?:for|on|by (?:a|an|our|the) (?:photographer|camera)|in (?:the )?studio))',
  'killed',
  'hanged',
  'hung',
  'put down',
  'caged',
  'interned',
  'segregated',
]);

const REMOVAL_HATE: HarmRule[] = defineRules('hate', 'call to exclude a group', [
  [
    6,
    `(?:should|must|need to|needs to|have to|has to|gotta|let s|lets|time to|we will|we ll|i d|i would|we d)${GAP(2)} ${REMOVE_EN}(?: (?:all|every|the|those|these|of))*${GAP(1)} (?:${GROUP_EN}|${GROUP_SINGULAR})`,
    { negatable: true },
  ],
  [
    6,
    `(?:^|\\. )(?:just |now )?${REMOVE_EN} (?:(?:all|every|the|those|these|of) )*(?:\\w+ )?(?:${GROUP_EN}|${GROUP_SINGULAR})`,
  ],
  [
    6,
    `(?:${GROUP_EN})${GAP(3)} (?:should|must|need to|needs to|have to|ought to|deserve to) be${GAP(2)} ${REMOVED_EN}`,
    { negatable: true },
  ],
  [
    6,
    `(?:hay que|deberian|deberiamos|tenemos que|habria que)${GAP(2)} (?:deportar|expulsar|echar|encerrar|esterilizar|prohibir|exterminar|eliminar)(?:los|las)?(?: (?:a|todos|todas|los|las))* (?:${GROUP_ES})`,
    { negatable: true },
  ],
  [
    6,
    `(?:${GROUP_ES})${GAP(3)} (?:deberian|tienen que|merecen|deben)(?: ser| estar)?${GAP(1)} (?:deportad|expulsad|encerrad|esterilizad|exterminad|eliminad|echad|prohibid)[oa]s|fuera (?:(?:los|las|todos|todas|a) )*(?:${GROUP_ES})`,
    { negatable: true },
  ],
  [
    6,
    `(?:${GROUP_DE})${GAP(4)} (?:abschieben|abgeschoben|ausweisen|ausgewiesen|rausschmeissen|rausgeschmissen|raus|weggesperrt|wegsperren|eingesperrt|einsperren|ausrotten|ausgerottet|vergasen|vergast|verbieten|vertreiben|vertrieben|sterilisieren|sterilisiert)|(?:raus mit|weg mit)(?: (?:den|allen|diesen))* (?:${GROUP_DE})`,
    { negatable: true },
  ],
  [
    6,
    `(?:il faut|faut|faudrait|on doit|on devrait)${GAP(3)} (?:expulser|virer|chasser|renvoyer|enfermer|interdire|exterminer|eliminer|deporter|steriliser|degager)(?: (?:tous|toutes|les|ces))* (?:${GROUP_FR})|(?:${GROUP_FR})${GAP(2)} (?:doivent|devraient|faut)(?: etre)?${GAP(2)} (?:expulse|vire|chasse|renvoye|enferme|interdit|extermine|elimine|deporte|sterilise|soigne)e?s|dehors (?:les|tous les) (?:${GROUP_FR})`,
    { negatable: true },
  ],
  [5, `death to (?:all )?(?:the )?${ANY_GROUP}`],
  [
    6,
    `(?:${ANY_GROUP})${GAP(2)} (?:are|is|son|es|sind|ist|sont|est) (?:an? |una? |eine? |une? |la |el |die |der |das |le )?(?:invasion|plague|cancer|disease|infestation|virus|plaga|enfermedad|seuche|krebs|krankheit|plage|fleau|maladie|peste|krebsgeschwur)|(?:${ANY_GROUP})${GAP(6)} (?:be cured|to be cured|need curing|conversion therapy|curarlos|curarlas|heilen|geheilt|soigner|soignes|guerir|gueris)`,
  ],
  [
    6,
    `(?:women|wives|girls|mujeres|frauen|weiber|femmes) (?:are|son|sind|sont) (?:property|objects|possessions|propiedad|objetos|eigentum|besitz|objets|une propriete)|(?:women|wives|mujeres|frauen|femmes)${GAP(2)} (?:should|must|deben|deberian|mussen|sollten|doivent|devraient) (?:obey|obedecer|gehorchen|obeir|shut up|callarse|schweigen|se taire)`,
  ],
  [
    6,
    `(?:${ANY_GROUP})${GAP(2)} (?:belong|belongs|gehoren|pertenecen|deberian estar|ont leur place|doivent etre)${GAP(1)} (?:in|into|im|in den|in die|en|dans|au|a la|al) (?:\\w+ )?(?:cages?|zoos?|camps?|gas chambers?|ovens?|kafig|kafige|zoo|lager|gaskammer|jaulas?|campos|camaras de gas|cages|camps|chambres a gaz)`,
  ],
  [
    6,
    `(?:${ANY_GROUP})${GAP(1)} (?:are|sind|son|sont) (?:dummer|bloder|fauler|dumber|stupider|lazier|less intelligent|less human|mas tontos|mas tontas|mas vagos|moins intelligents|plus betes|plus cons|inferieurs|inferiores|minderwertiger)`,
  ],
  [
    6,
    `(?:${GROUP_ES})${GAP(6)} (?:hay que|habria que|deberian|deberiamos|tenemos que|hay q) (?:encerrar|expulsar|echar|deportar|exterminar|eliminar|esterilizar|matar|quemar|colgar)(?:los|las)|(?:${GROUP_FR})${GAP(6)} (?:il faut|faudrait|on devrait|on doit)(?: tous| toutes)? (?:les|leur) (?:expulser|virer|chasser|enfermer|exterminer|eliminer|deporter|tuer|bruler|pendre)|(?:${GROUP_DE})${GAP(6)} (?:sollte|muss|musste) man${GAP(2)} (?:alle )?(?:abschieben|einsperren|wegsperren|vergasen|ausrotten|rauswerfen|toten|erschiessen)`,
  ],
  [
    6,
    `(?:${ANY_GROUP})${GAP(2)} (?:should not|shouldn t|must not|mustn t|cannot|can t|should never) be allowed to|(?:${GROUP_ES})${GAP(2)} no (?:deberian|deben) (?:poder|tener derecho)|(?:${GROUP_DE})${GAP(2)} (?:sollten|durfen)${GAP(2)} nicht${GAP(2)} (?:durfen|wahlen|arbeiten|leben|heiraten)|(?:${GROUP_FR})${GAP(2)} ne (?:devraient|doivent) pas (?:avoir le droit|pouvoir)`,
  ],
  [
    5,
    `(?:(?:those|these) people|people from \\w+|(?:diese|die) leute(?: aus \\w+)?|esa gente|(?:la )?gente de \\w+|ces gens(?: de \\w+| la)?)${GAP(2)} (?:are|son|sind|sont)${GAP(2)} (?:monkeys|apes|animals|vermin|rats|parasites|cockroaches|subhuman|savages|monos|animales|ratas|parasitos|cucarachas|affen|tiere|ratten|parasiten|ungeziefer|singes|animaux|rats|cafards|vermine)`,
  ],
  [
    6,
    `${ANY_GROUP}${GAP(3)} (?:are to blame for (?:everything|all)|sind an allem schuld|tienen la culpa de todo|son culpables de todo|sont responsables de tout)|(?:raza|race|rasse)\\w* (?:maldita|inferior|sucia|maudite|inferieure|minderwertige|verfluchte)|(?:inferior|subhuman|cursed|filthy|dirty) race|(?:women|frauen|mujeres|femmes|wives)${GAP(2)} (?:belong|gehoren|pertenecen|deben estar|doivent rester|ont leur place)${GAP(2)} (?:kitchen|kuche|cocina|cuisine)|(?:women|frauen|mujeres|femmes)${GAP(2)} (?:too|zu|demasiado|trop) (?:stupid|dumb|emotional|weak|dumm|blod|tontas|estupidas|betes|connes|stupides) (?:to|zum|para|pour)`,
  ],
]);

// ---------------------------------------------------------------------------------------------------------
// Sexual: an oral/sexual act within a few words of a sexual body part or nudity; leaked intimate images.

const SEXUAL_ACTS = anyOf([
  'lick',
  'licking',
  'suck',
  'sucking',
  'finger',
  'fingering',
  'grope',
  'groping',
  'chuparte',
  'chuparle',
  'chupar',
  'chupo',
  'lamerte',
  'lamerle',
  'lamer',
  'lamo',
  'tocarte',
  'sobarte',
  'lecke',
  'lecken',
  'blasen',
  'befummeln',
  'sucer',
  'sucer ta',
  'lecher',
  'te lecher',
  'te sucer',
  'peloter',
]);
const SEXUAL_BODY = anyOf([
  'tits',
  'boobs',
  'nipples',
  'pussy',
  'cock',
  'dick',
  'clit',
  'naked',
  'whole body',
  'tetas',
  'pezones',
  'polla',
  'desnud[oa]s?',
  'todo el cuerpo',
  'titten',
  'nippel',
  'schwanz',
  'muschi',
  'nackt',
  'nackte[nr]?',
  'ganzen korper',
  'seins',
  'tetons',
  'chatte',
  'tout le corps',
]);

const SEXUAL_STRUCTURES: HarmRule[] = defineRules('sexual', 'sexually explicit', [
  [
    6,
    `(?:video|videos|pic|pics|photo|photos|vid|vids|clip)${GAP(4)} (?:touching yourself|masturbating|playing with yourself|getting yourself off)|masturbandote|masturbandose|(?:video|foto|bild)${GAP(2)} wie du dich (?:anfasst|befriedigst|streichelst)|en train de te (?:masturber|toucher|caresser)|(?:metertela|metersela|te la meto|te la voy a meter|te la clavo|clavartela)|(?:in den mund|ins gesicht|auf die titten|auf deine titten) (?:spritzen|abspritzen)|abspritzen|(?:te|vous|la) prendre par derriere`,
  ],
  [
    6,
    `(?:live|cam|webcam) ?sex|sex (?:live|cam|cams|chat|webcam)|beim sex live|sexo (?:en directo|en vivo|por webcam)|sexe en direct`,
  ],
  [6, `\\w*fick\\w*|(?:videos?|films?|photos?|plans?) (?:de )?cul|plan cul`],
  [
    7,
    `(?:naked|nude|nackte?n?|desnud[oa]s?|nues?|porn|porno|sexy|sex) (?:teen|teens|teenager|teenagers|girls? under|kids?|children|minors?|schoolgirls?|schoolboys?|jovencitas|menores|ninas|ninos|kinder|madchen|schulmadchen|ados|adolescentes|mineures?|gamines|fillettes)|(?:teen|teens|underage|schoolgirl|minor|minderjahrige|menores|mineures?) (?:naked|nude|porn|porno|sex|nudes|desnudas|nackt)`,
  ],
  [
    6,
    `(?:se|me|te) la (?:chupo|chupa|chupaba|chuparon|chupe|chupas|mamo|mama|mamaba|mamaste)|(?:quiero|voy a|dejame|deja que) (?:lamerte|chuparte|follarte|desnudarte|comerte (?:entera|entero|toda|todo))|(?:je veux|j ai envie de|je vais|laisse moi|laissez moi) (?:te|vous) (?:lecher|sucer|doigter|peloter|deshabiller)|(?:i want to|i wanna|i m gonna|im gonna|let me|i ll) (?:lick|suck|finger|grope|undress|strip) (?:you|u)(?! (?:up|down|out|in|off))`,
  ],
  [
    6,
    `(?:show|send|flash|let me see|gimme) (?:me |us )?(?:your|ur|her|his) (?:dick|cock|tits|boobs|pussy|nipples|naked body)|(?:zeig|zeigt|schick) (?:mir |uns )?(?:deine|deinen|ihre|ihren) (?:titten|brueste|bruste|schwanz|muschi|nippel)|(?:ensename|ensenanos|muestrame|mandame|enseña) (?:las|la|tus|tu) (?:tetas|polla|pezones|cono|chocho)|(?:montre|montrez|envoie) (?:moi |nous )?(?:tes|ta|ses|sa) (?:seins|bite|chatte|nichons|tetons)`,
  ],
  [
    6,
    `(?:ich will|ich mochte|ich werde|will|lass mich) dich${GAP(2)} (?:lecken|ficken|bumsen|vogeln|ausziehen|befummeln)|(?:voir|mettre|foutre|te|vous|la|le)${GAP(1)} a poil`,
  ],
  [
    6,
    `${SEXUAL_ACTS}${GAP(4)} ${SEXUAL_BODY}|${SEXUAL_BODY}${GAP(3)} (?:lick|suck|chupar|lamer|lecken|sucer|lecher)`,
  ],
  [
    6,
    `(?:leaked|leak|hacked|stolen|private|filtrad[oa]s|geleakte|gestohlene|volees|volés)${GAP(1)} (?:nudes|nude (?:pics|photos|videos)|naked (?:pics|photos|videos)|sex ?tapes?|desnudos|fotos desnuda?s?|nacktbilder|nacktfotos|photos nues?|sextapes?)`,
  ],
]);

export const STRUCTURAL_RULES: readonly HarmRule[] = [
  ...URGING_SELF_HARM,
  ...TERSE_URGING,
  ...SELF_HARM_PRAISE,
  ...STARVATION_AND_CUTTING,
  ...METHOD_QUESTIONS,
  ...INJURY,
  ...FIRST_PERSON_HARM,
  ...VIOLENT_STEMS,
  ...WISHES,
  ...INTIMIDATION,
  ...REMOVAL_HATE,
  ...SEXUAL_STRUCTURES,
];
