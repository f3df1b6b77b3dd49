import { ANY_GROUP, GROUP_EN, GROUP_SINGULAR } from './groups';
import { anyOf, defineRules, type HarmRule } from './harmRule';

/**
 * Harm said without naming the act: implied threats ("you won't be safe", "a knife with your name on
 * it"), weapons brought to a meeting, urging to keep self-harming or starving, death wished as relief
 * ("the world would be better without you"), means questions, and exclusion of a group by belonging.
 * Each rule is a shape with inflected slots in EN/ES/DE/FR rather than a listed phrase.
 */

const GAP = (max: number): string => `(?: [\\p{L}\\p{N}]+){0,${max}}`;

const WEAPONS = anyOf([
  'bats?',
  'baseball bats?',
  'knife',
  'knives',
  'machetes?',
  'guns?',
  'axe',
  'crowbars?',
  'shotguns?',
  'rifles?',
  'pistols?',
  'hammers?',
  'blades?',
  'navajas?',
  'cuchillos?',
  'pistolas?',
  'bates?',
  'escopetas?',
  'hachas?',
  'messer',
  'messern',
  'pistolen?',
  'knuppel[n]?',
  'baseballschlager[n]?',
  'axt',
  'schrotflinten?',
  'couteaux?',
  'battes?',
  'flingues?',
  'pistolets?',
  'haches?',
  'fusils?',
]);

/** People a threat names by role: "that courier", "ce livreur", "der Kassiererin", "ese cajero". */
const PERSON_NOUN = anyOf([
  'courier',
  'agent',
  'rep',
  'employee',
  'owner',
  'driver',
  'cashier',
  'clerk',
  'manager',
  'guy',
  'dude',
  'bitch',
  'bastard',
  'neighbou?r',
  'landlord',
  'reviewer',
  'waiter',
  'waitress',
  'teacher',
  'cop',
  'livreur',
  'livreuse',
  'vendeur',
  'vendeuse',
  'caissier',
  'caissiere',
  'type',
  'mec',
  'gars',
  'connard',
  'conne',
  'voisin',
  'voisine',
  'patron',
  'gerant',
  'gerante',
  'flic',
  'prof',
  'serveur',
  'serveuse',
  'repartidor',
  'vendedor',
  'vendedora',
  'dependienta?',
  'dependiente',
  'verkaufer',
  'verkauferin',
  'lieferant',
  'lieferantin',
  'repartidora',
  'cajero',
  'cajera',
  'tio',
  'tipo',
  'vecino',
  'vecina',
  'jefe',
  'jefa',
  'encargado',
  'encargada',
  'camarero',
  'camarera',
  'profesor',
  'profesora',
  'poli',
  'cabron',
  'kassierer',
  'kassiererin',
  'fahrer',
  'fahrerin',
  'bote',
  'botin',
  'typ',
  'kerl',
  'nachbar',
  'nachbarin',
  'chef',
  'chefin',
  'filialleiter',
  'filialleiterin',
  'vermieter',
  'kellner',
  'kellnerin',
  'lehrer',
  'lehrerin',
  'bulle',
  'penner',
]);

const IMPLIED_THREATS: HarmRule[] = defineRules('violence', 'threat of violence', [
  // Coming or waiting for someone, armed.
  [
    6,
    `(?:i m coming|im coming|i ll come|we re coming|we ll come|i m bringing|i ll bring|we ll bring|i ll be waiting|i m waiting|we ll be waiting|waiting for (?:you|u|him|her)|i ll be outside|i ll find you|te espero|os espero|le espero|te esperamos|te estare esperando|voy a por ti|vamos a por ti|ich warte|wir warten|ich komme|wir kommen|ich hole dich|je t attends|on t attend|je viens|on vient|j arrive|je vais venir)${GAP(9)} (?:with |con |mit |avec )?(?:a |an |my |the |our |some |a few |un |una |unos |mi |einem |einer |einen |meinem |meiner |une |des |ma |mon )?${WEAPONS}(?! (?:and|y|und|et) (?:fork|forks|balls?|gloves|tenedor|gabel|fourchette)| for (?:the |a |our )?(?:game|match|softball|baseball|cricket|team|practice|picnic|kitchen)| set| block| sharpener)`,
    { negatable: true },
  ],
  // "a knife with your name on it", "you won't be safe", "someone's getting shot".
  [
    6,
    `(?:bullet|knife|blade|round|grave|coffin|bala|tumba|kugel|grab|balle|tombe) with (?:your|his|her|their|ur) names? on it`,
    { negatable: true },
  ],
  // Not negatable: the negation is the threat.
  [
    6,
    `(?:you|u|your (?:\\w+ )?(?:family|kids|children|wife|husband|son|daughter|mum|mom|parents|staff|workers)) (?:won t|will not|wont|will never|are not going to|aren t going to) be safe|(?:no estaras|no estareis|tu familia no estara|tus hijos no estaran) (?:a salvo|segur[oa]s?)|(?:du bist|deine familie ist|deine kinder sind|ihr seid)${GAP(2)} nicht mehr sicher|(?:tu ne seras|ta famille ne sera|tes enfants ne seront)${GAP(1)} plus (?:jamais )?en securite`,
  ],
  [
    6,
    `(?:someone|somebody|people|you|he|she|they|that \\w+|the \\w+)(?: s| is| are| re| ll| will)? (?:getting|gonna get|going to get|about to get) (?:shot|stabbed|killed|murdered|hurt real bad|a bullet)|(?:catch|catches|eat|eats) (?:a|some) (?:bullet|bullets|lead)(?! (?:train|trains|point|points|journal|list|proof))|(?:deserves?|needs?|earned|gets?) (?:a|one|some) (?:bullet|bullets)(?: (?:between|in|to) (?:the|his|her|your|their) (?:eyes|head|skull|face|back))?`,
    { negatable: true },
  ],
  [
    6,
    `(?:loger|mettre|coller|tirer|planter|filer) une balle|(?:eine|ne) kugel (?:verpassen|verpasst|verpasse|in den kopf|zwischen die augen)|(?:meterle|meterte|pegarle|pegarte|darle|darte|soltarle|soltarte) (?:un tiro|una bala|un balazo|dos tiros)|(?:un tiro|una bala) (?:en la cabeza|entre los ojos)`,
    { negatable: true },
  ],
  // A harm verb aimed at a person named by role ("je vais défoncer ce livreur", "I'll stab that cashier").
  [
    6,
    `(?:i ll|ill|i will|i m going to|im going to|i m gonna|im gonna|we ll|we will|we re going to|gonna|someone should|somebody should|someone needs to)(?: \\w+)? (?:kill|stab|shoot|strangle|choke|murder|beat up|batter|knife|gut|hurt|slap|punch|smash|deck|jump) (?:that|this|the|your|some) (?:\\w+ )?${PERSON_NOUN}|(?:je vais|j vais|on va|je veux|nous allons|quelqu un (?:devrait|doit|va))${GAP(1)} (?:defoncer|tabasser|buter|egorger|poignarder|etrangler|cogner|frapper|flinguer|saigner|lyncher|tuer|planter) (?:ce|cette|ton|ta|le|la|son|sa|mon|ma|leur|l) ${PERSON_NOUN}|(?:voy a|vamos a|alguien deberia|alguien tiene que|hay que)${GAP(1)} (?:matar|apunalar|reventar|estrangular|machacar|degollar|acuchillar|rajar|pegar una paliza|dar una paliza|partirle la cara) (?:a )?(?:ese|esa|este|esta|el|la|tu|su|mi) ${PERSON_NOUN}|(?:ich werde|ich will|wir werden|jemand sollte|man sollte)${GAP(1)} (?:den|die|diesen|diese|deinen|deine|euren|eure) ${PERSON_NOUN}${GAP(2)} (?:umbringen|abstechen|erstechen|erschiessen|erwurgen|verprugeln|totschlagen|abknallen|kaltmachen|fertigmachen)`,
    { negatable: true },
  ],
  [
    6,
    `(?:das gesicht|die fresse|den schadel|die beine|die arme|das genick|die knochen|die zahne|die nase|den kiefer|den kopf|die visage) (?:zertrummern|zertrummert|brechen|gebrochen|einschlagen|eingeschlagen|eintreten|eingetreten|polieren|zerschlagen|zerschmettern|ausschlagen)`,
    { negatable: true },
  ],
  // Someone named by role ending up in a river or a hospital: "that clerk ends up in the river".
  [
    6,
    `(?:people like (?:you|u|him|her|that \\w+)|(?:that|this) (?:\\w+ )?${PERSON_NOUN}|(?:ese|esa|este|esta) ${PERSON_NOUN}|(?:ce|cette) ${PERSON_NOUN}|(?:der|die|dieser|diese) ${PERSON_NOUN})${GAP(3)} (?:end up|ends up|wind up|winds up|va a (?:aparecer|acabar|terminar)|van a (?:aparecer|acabar)|va finir|vont finir|finira|landet|landen|liegt bald|wird bald)${GAP(2)} (?:in|en|a|au|im|in der|dans) (?:the |a |una |un |el |la |l |der |dem |einem |einer |une )?(?:river|ditch|hospital|morgue|grave|canal|cuneta|zanja|rio|cementerio|hopital|cimetiere|fosse|riviere|canal|krankenhaus|graben|fluss|kanal|leichenhalle|friedhof)`,
  ],
  [
    6,
    `(?:pass auf|vorsicht|sonst|or else|otherwise|ou sinon|sinon|o si no)${GAP(3)} (?:liegst du|landest du|you ll be|you ll end up|acabaras|terminaras|tu finiras|tu vas finir)${GAP(1)} (?:im|in the|en el|a l|au|in a) (?:krankenhaus|hospital|grab|grave|morgue|hopital|cimetiere|cementerio|rollstuhl|wheelchair)`,
  ],
  [
    6,
    `(?:split|crack|bust|smash|cave) (?:your|his|her|their|ur) (?:head|skull|face|lip|jaw)(?: open| in)|(?:won t|will not|wont|will never|ll never) (?:walk|see|talk|walk straight|eat solid food) again|(?:a lesson|something) (?:he|she|you|they|u) (?:won t|will not|wont|will never) (?:survive|live through)|(?:no vas a|no lo vas a|no va a|no lo va a) contar(?:lo)?|won t live to tell|(?:wirst|wird) (?:es|das) nicht uberleben|tu n y survivras pas|tu ne (?:vas|vas pas) (?:pas )?survivre`,
  ],
  [
    6,
    `(?:brech|breche|brich|schlag|schlage) (?:ich|wir) (?:dir |ihm |ihr |euch )?(?:alle knochen|die beine|die arme|das genick|die nase|die zahne|den kiefer|den schadel)|(?:ich|wir) (?:fackel|fackle|fackeln|zund|zunde|zunden) (?:dein|deine|deinen|euer|eure|euren|ihr|ihre|ihren) \\w+${GAP(3)} (?:ab|an)`,
    { negatable: true },
  ],
  [
    5,
    `(?:i know|we know|i ve got|i have|je connais|on connait|je sais|conozco|sabemos|tengo|ich kenne|wir kennen|ich weiss|ich habe)${GAP(1)} (?:your|ton|ta|votre|tu|vuestra|deine|ihre|eure) (?:home )?(?:address|adresse|direccion|wohnadresse|anschrift)${GAP(8)} (?:prepare|be ready|watch out|watch your back|be careful|see you soon|ten cuidado|preparate|pass auf|mach dich (?:bereit|gefasst)|prepare toi|fais gaffe|a bientot|hasta pronto|bis bald)`,
  ],
  [
    6,
    `(?:you|u|he|she|they|(?:that|this|the|your) (?:\\w+ )?${PERSON_NOUN})(?: is| are| s| re| will| ll)? (?:going to |gonna )?bleed for (?:this|that|it)|check under (?:your|his|her|their) car(?= \\.|$| before| tonight| tomorrow| every morning)|(?:drag|dragged|pull) (?:you|u|him|her|them) (?:out )?(?:\\w+ ){0,4}by (?:your|his|her|their|the) hair|(?:stamp|stomp) on (?:you|u|him|her|them|your (?:head|face))|(?:kriegt|kriegst|bekommt|bekommst) (?:von mir |von uns )?(?:eins|eine|was) (?:in|auf) die (?:fresse|schnauze|gusche|zahne)|(?:je vais|on va|j vais|je) (?:te |lui |leur |vous )?(?:mettre|foutre|coller|filer) une (?:raclee|branlee|rouste|trempe|beigne|mandale|torgnole|tannee)`,
    { negatable: true },
  ],
  [
    6,
    `(?:ich|wir) (?:wurge|wurg|erwurge|stech|steche|schlitze|prugle|prugel|verprugle|trete|schlage|erschiesse|erschlage|ersteche) (?:dich|euch|ihn|sie)|du (?:wirst|wirst bald)${GAP(2)} (?:im rollstuhl|im krankenhaus|im grab|im sarg|auf der intensivstation) (?:sitzen|landen|liegen|enden|aufwachen)|(?:dein|deine|euer|eure|ihr|ihre) (?:auto|wagen|haus|laden|geschaft|buro|lager|wohnung)${GAP(3)} (?:fliegt|geht|fliegen|gehen)${GAP(3)} in die luft|(?<!(?:is|if|could|when|before|will) )(?:your|his|her|their) (?:car|house|shop|store|office|warehouse|flat|home)${GAP(2)} (?:is going to|will|ll|gonna) (?:blow up|explode|go up in flames|burn down)|(?:tu|su) (?:coche|casa|tienda|oficina|almacen)${GAP(2)} va a (?:explotar|arder|saltar por los aires)|(?:ta|ton|sa|son) (?:voiture|maison|magasin|boutique|bureau|entrepot)${GAP(2)} va (?:exploser|sauter|bruler|partir en fumee)`,
    { negatable: true },
  ],
  // Injuries by outcome: teeth off the floor, through a window, in a wheelchair.
  [
    6,
    `(?:picking|pick|pickin|scraping|sweeping) (?:your|his|her|their|ur) teeth (?:up )?off (?:the )?(?:floor|pavement|ground|street|sidewalk|road|tarmac)|(?:put|putting|throw|throwing|shove|shoving|chuck|toss) (?:you|u|him|her|them|(?:that|the|this) \\w+) (?:through|out of|out) (?:a|the|that) (?:window|wall|windscreen|windshield|door)|(?:te|le|os|les) (?:voy|vamos|van|va) a (?:dejar|mandar|poner) (?:en (?:silla de ruedas|coma|el hospital|la uci)|tieso|seco|sin dientes)|(?:dejarte|dejarle|mandarte|mandarle) (?:en silla de ruedas|en coma|sin dientes|tieso)|(?:refaire|refais|refait) le portrait|(?:te|lui|vous) (?:casser|peter|defoncer|demonter) (?:la figure|le portrait|les genoux)`,
    { negatable: true },
  ],
  // German inverted word order: "schlag ich dich tot", "ich prügle dich krankenhausreif".
  [
    6,
    `(?:schlag|schlage|stech|steche|prugel|prugle|tret|trete|knall|knalle|mach|mache|hau|haue)(?: ich| wir)? (?:dich|euch|ihn|sie)(?: \\w+)? (?:tot|krankenhausreif|zu brei|windelweich|nieder|zusammen|kalt|ab|platt)|(?:ich|wir)(?: \\w+)? (?:schlag|schlage|prugel|prugle|stech|steche|tret|trete)\\w* (?:dich|euch|ihn)(?: \\w+)? (?:tot|krankenhausreif|zu brei|windelweich|zusammen)`,
    { negatable: true },
  ],
]);

/** Starving, purging, cutting: what pro-self-harm messages tell someone to keep doing. */
const KEEP_HARMING: HarmRule[] = defineRules('selfHarm', 'encouragement of self-harm', [
  [
    6,
    `(?:keep|kept|carry on|go on|continue|don t stop|dont stop) (?:on )?(?:cutting|starving|purging|throwing up|puking|vomiting|hurting yourself|burning yourself|slicing|bleeding|fasting)(?= \\.|$| yourself| urself| until| till| more| deeper| harder| then| and you| you| it s| its)|(?:sigue|seguid|continua)${GAP(1)} (?:cortandote|sin comer(?= \\.|$| nada| que| hasta| y| ya| vas)|vomitando|matandote de hambre|haciendote dano|ayunando|con los cortes)|(?:mach|macht) weiter (?:mit (?:dem )?(?:ritzen|hungern|kotzen|erbrechen|schneiden)|so mit dem (?:ritzen|hungern))|(?:hunger|ritz|ritze|kotz) (?:dich )?weiter|(?:continue|continuez|continues) (?:de |a )?(?:te |vous )?(?:couper|scarifier|faire vomir|priver|affamer|jeuner|sauter (?:des|les) repas)`,
    { negatable: true },
  ],
  [
    6,
    `(?:cut|cutting|hurt|hurting|starve|starving|punish) (?:yourself|urself)${GAP(4)} (?:you deserve|deserve it|you ve earned|you earned)|(?:cortate|hazte cortes|hazte dano|castigate)${GAP(3)} (?:otra vez|de nuevo|te lo mereces|te lo has ganado)|(?:ritz|ritze|schneid|schneide|bestraf|bestrafe) dich${GAP(3)} (?:wieder|nochmal|erneut|du verdienst|hast es verdient)|(?:coupe|scarifie|punis|affame) toi${GAP(3)} (?:encore|de nouveau|tu le merites|tu l as merite)|(?:keep cutting|cut again|cut deeper)${GAP(3)} (?:you deserve|deserve it)`,
    { negatable: true },
  ],
  // Restricting food plus a body or weight taunt ("skip dinner again, a real model eats nothing").
  [
    6,
    `(?:skip (?:dinner|lunch|breakfast|meals|another meal|a meal|every meal)|eat nothing|don t eat|dont eat|stop eating|no food|sigue sin comer|no comas(?: nada)?|deja de comer|no cenes|saltate la cena|iss (?:heute |wieder |heute wieder |gar )?nichts|hor auf zu essen|lass das (?:essen|abendessen|fruhstuck) (?:weg|ausfallen)|ne mange (?:rien|pas|plus)|arrete de manger|saute (?:le diner|le dejeuner|les repas|encore un repas))${GAP(14)} (?:fat|fatty|thin|skinny|model|bones|ribs|weight|pounds|kilos?|thighs|gorda|gordo|flaca|flaco|huesos|costillas|kilos|peso|fett|dick|dunn|knochen|rippen|gewicht|kilo|grosse|maigre|os|cotes|poids|kilos|cuisses)|(?:fat|fett|gorda|gordo|grosse|dick)${GAP(6)} (?:skip (?:dinner|lunch|meals)|eat nothing|don t eat|stop eating|no comas|deja de comer|iss nichts|hor auf zu essen|ne mange rien|arrete de manger)`,
    { negatable: true },
  ],
  // Death wished as relief for others.
  [
    6,
    `(?:world|everyone|everybody|we|your family|the planet|people|el mundo|todos|tu familia|la gente|die welt|alle|deine familie|le monde|tout le monde|ta famille)${GAP(2)} (?:would be|d be|will be|is|are|seria|serian|estaria|estarian|ware|waren|wurde|serait|seraient)${GAP(2)} (?:better|lighter|happier|brighter|nicer|cleaner|mejor|mas feliz|besser|glucklicher|mieux|plus heureux)${GAP(1)} (?:off )?(?:without you|sin ti|ohne dich|sans toi)`,
    { negatable: true },
  ],
  [
    6,
    `(?:just do it|do it already|go do it|hazlo ya|hazlo de una vez|tu es doch|mach es endlich|fais le|vas y fais le)${GAP(6)} (?:without you|sin ti|ohne dich|sans toi|end it|kill yourself)|(?:without you|sin ti|ohne dich|sans toi)${GAP(6)} (?:just do it|do it already|hazlo ya|hazlo|tu es|mach es|fais le)`,
  ],
  // Ending one's life, said in many ways.
  [
    6,
    `(?:mach|macht|mache)${GAP(2)} schluss mit (?:deinem|eurem) leben|(?:acaba|acabad|termina) con tu vida|quitate la vida|(?:mets|mettez) fin a (?:tes|vos) jours|(?:tu ferais mieux|tu devrais|vas y|allez y)${GAP(1)} (?:d |de )?en finir|(?:you should|you d better|just|go|you need to) (?:end it|end it all|call it quits on life|stop breathing|not wake up)|(?:so|then|now|and) (?:just |go )?end (?:it|it all|your life|everything)(?: already| now| tonight| today)?(?= \\.|$)|(?:asi que|pues|venga|ya) (?:acaba|termina) con (?:todo|tu vida)|(?:alors|donc|vas y) (?:finis en|mets fin a tout|termine en)`,
    { negatable: true },
  ],
]);

const MEANS: HarmRule[] = defineRules('selfHarm', 'self-harm method', [
  [
    6,
    `(?:rope|noose|cord|cable|belt|cuerda|soga|strick|seil|gurtel|corde)${GAP(4)} (?:strong enough to (?:hang|hold (?:me|my weight))|to hang (?:myself|me|from)|hang from|hold my weight|take my weight|para ahorcarme|para colgarme|que aguante mi peso|um mich aufzuhangen|mein gewicht (?:halt|tragt|aushalt)|pour me pendre|qui supporte mon poids)`,
    { mention: true },
  ],
  [
    6,
    `(?:way out|exit|escape|solution|salida|solucion|ausweg|losung|issue|solution)${GAP(3)} (?:is|es|ist|c est|est|would be|seria|ware|serait)${GAP(2)} (?:a rope|the rope|rope|pills|a bridge|a gun|a razor|the train|la cuerda|una cuerda|la soga|pastillas|un puente|una pistola|el tren|ein strick|der strick|tabletten|eine brucke|die brucke|der zug|une corde|la corde|des cachets|un pont|le train)`,
    { mention: true },
  ],
  [
    6,
    `(?:painless|easiest|quickest|fastest|surest|quietest|peaceful|gentlest|best|indolora|mas facil|mas rapida|schmerzlos\\w*|einfachste|sanfte|indolore|plus douce|plus simple)${GAP(1)} (?:way|ways|method|methods|forma|manera|metodo|weg|methode|art|facon|maniere|moyen)${GAP(8)} (?:(?:not|never) (?:wake up|waking up)(?! (?:late|early|tired|groggy|on time|grumpy))|no despertar|nicht (?:mehr )?aufzuwachen|nie (?:mehr|wieder) aufzuwachen|ne (?:plus|jamais) (?:me )?reveiller|go to sleep forever|sleep forever|dormir para siempre|fur immer (?:schlafen|einschlafen)|dormir pour toujours|disappear forever|end (?:my|your) life)`,
    { mention: true },
  ],
  [
    6,
    `(?:how many|how much|what amount of|what dose of|cuant[oa]s|wie ?viele?|combien (?:de|d))${GAP(6)} (?:pills|tablets|meds|painkillers|paracetamol|insulin|sleeping (?:pills|tablets)|pastillas|comprimidos|tabletten|pillen|cachets|comprimes|somniferes|insuline|insulina)${GAP(8)} (?:(?:not|never) wake up|no despertar|nicht (?:mehr )?aufzuwachen|ne plus (?:se|me) reveiller|die|morir|sterben|mourir|kill|lethal|deadly|fatal|mortal|mortales|letal|letales|todlich|mortel|mortels|mortelle|mortelles)`,
    { mention: true },
  ],
  [
    6,
    `(?:which|what)${GAP(4)} (?:meds|pills|drugs|medications|medicines|painkillers|tablets)${GAP(3)} (?:are|is|would be) (?:the )?(?:most )?(?:deadly|lethal|fatal)|(?:how much|what dose of|what amount of|que dosis de|que cantidad de|quelle quantite de|quelle dose de|welche menge|welche dosis|wie viel)${GAP(3)} (?:lethal|deadly|fatal|mortal|mortales|letal|letales|todlich|mortelle|mortel)`,
    { mention: true },
  ],
  [
    6,
    `(?:cut|slit|slash|cutting)${GAP(3)} (?:vertical|vertically|lengthwise|along the vein|down the arm not across)|(?:cortate|cortar|corta) (?:en vertical|a lo largo)|(?:langs|der lange nach) (?:schneiden|ritzen|aufschneiden)|(?:coupe|couper|te couper) (?:a la verticale|dans le sens de la veine|dans la longueur)`,
    { mention: true },
  ],
  [
    6,
    `(?:how high|what height|which floor|que altura|wie hoch|welche hohe|quelle hauteur)${GAP(8)} (?:don t survive|not survive|never survive|no sobrevivir|no sobrevives|nicht uberleben|uberlebt man nicht|ne pas survivre|on ne survit pas)`,
    { mention: true },
  ],
  // A means named, then a nudge: "a rope doesn't cost much, think about it", "the bridge isn't far".
  [
    6,
    `(?:rope|noose|strick|seil|cuerda|soga|corde|pills|tabletten|pastillas|cachets|bridge|brucke|puente|pont|train|tracks|zug|gleise|tren|vias|roof|dach|azotea|toit)${GAP(8)} (?:think about it|just saying|nobody will stop you|no one will stop you|denk (?:mal )?(?:druber|daruber) nach|niemand (?:halt|wird) dich (?:auf|aufhalten)|piensalo|nadie te (?:va a )?(?:detener|parar|detendra)|reflechis y|personne ne te retiendra|personne ne t en empechera)`,
  ],
  [
    6,
    `(?:funeral|nobody|no one|nadie|niemand|personne|entierro|beerdigung|funerailles|enterrement)${GAP(10)} (?:so why wait|why wait|what are you waiting for|a que esperas|worauf wartest du|qu est ce que tu attends|qu attends tu)`,
  ],
  [
    6,
    `(?:kindness|mercy|favou?r|service|gefallen|favor)${GAP(4)} (?:if|when|si|wenn) (?:you|u|tu|du) (?:never woke up|didn t wake up|stopped existing|no despertaras|nicht mehr aufwachen wurdest|ne te reveillais plus)`,
  ],
  [
    6,
    `(?:fast|fasting|ayunas|ayunar|don t eat|eat nothing|no comas|no comes|iss nichts|fastest|fastest du|ne mange rien|jeune|jeunes)${GAP(6)} (?:days|week|weeks|dias|semana|semanas|tage|tagen|woche|wochen|jours|semaine|semaines)${GAP(8)} (?:thin|skinny|slim|delgada|delgado|flaca|flaco|dunn|schlank|mince|maigre)`,
  ],
  // Purging after meals, or to stay thin.
  [
    6,
    `(?:purge|purging|vomit|throw up|make yourself sick|make yourself throw up|vomita|vomitar|provocate el vomito|kotz|kotze|erbrich|erbrechen|fais toi vomir|faites vous vomir|vomis|vomir)${GAP(3)} (?:after|nach|despues de|tras|apres) (?:every|each|any|jedem|jeder|cada|chaque|tous les|toutes les) (?:meal|meals|bite|essen|mahlzeit|comida|comidas|bocado|repas)|(?:purge|purging|vomit|throw up|vomita|kotz|kotze|erbrich|fais toi vomir|vomis)${GAP(8)} (?:only way|stay (?:tiny|thin|skinny)|lose weight|thin|skinny|adelgazar|adelgazaras|delgad[oa]|flac[oa]|dunn|schlank|abnehmen|maigre|mince|seul moyen)`,
  ],
  // Swallowing the lot; jumping from a height; walking into the sea.
  [
    6,
    `(?:swallow|take|down|neck|avale|avalez|prends|schluck|nimm|traga|tomate|toma)${GAP(1)} (?:the lot|the whole (?:bottle|box|pack|packet|strip)|all of them|la boite entiere|toute la boite|tout le flacon|die ganze (?:packung|schachtel|flasche)|todo el bote|toda la caja|el bote entero|la caja entera)(?= \\.|$| and| tonight| now| at once| right now| de una vez| esta noche| auf einmal| heute| d un coup| ce soir)|(?:^|\\. |just |go |doch |ya |donc |alors )(?:jump|spring|salta|tirate|saute|jette toi) (?:doch |einfach |ya |just |donc )?(?:off|from|vom|von der|von einer|de la|del|desde el|desde la|du|d un|d une) (?:the |a |el |la |un |une )?(?:roof|bridge|building|cliff|balcony|dach|brucke|hochhaus|balkon|tejado|azotea|puente|edificio|balcon|toit|pont|immeuble)|(?:walk|swim) (?:into|out into) the (?:sea|ocean|river|lake) and (?:don t|do not|never) come back`,
  ],
  // Existence as a burden: "everyone's life easier by not existing", "nicht mehr da zu sein".
  [
    6,
    `(?:easier|better|happier|best|mejor|mas facil|besser|einfacher|das beste|mieux|plus simple)${GAP(6)} (?:by not existing|if you didn t exist|if you stopped existing|no existir|si no existieras|nicht (?:mehr )?(?:da )?zu sein|nicht (?:mehr )?zu existieren|wenn du nicht (?:mehr )?(?:da )?warst|ne plus exister|si tu n existais (?:pas|plus))`,
  ],
  [
    6,
    `if i (?:were|was) (?:you|u) i (?:d|would) (?:have |ve )?(?:ended (?:it|things|my life)|killed myself|hanged myself|offed myself|jumped)|(?:finis|finissez) en(?: \\w+){0,2} (?:ce soir|maintenant|aujourd hui|une bonne fois|vite)|(?:favou?r|favor|gefallen|service)${GAP(4)} (?:and|y|und|et) (?:never wake up|don t wake up|no vuelvas a despertar(?:te)?|no despiertes|wach nie (?:mehr|wieder) auf|ne te reveille (?:plus|jamais)|swallow|avale|schluck|traga)`,
  ],
  // Comparing methods, bleeding out, overdosing "and falling asleep".
  [
    6,
    `(?:less|least|more|most) painful${GAP(3)} (?:drowning|hanging|pills|jumping|overdos\\w*|cutting|dying)|(?:menos|mas) doloros[oa]${GAP(3)} (?:morir|ahogarse|ahorcarse|pastillas|saltar)|(?:weniger|am wenigsten) schmerzhaft${GAP(3)} (?:sterben|ertrinken|erhangen|tabletten|springen)|(?:moins|le moins|la moins) doulour\\w*${GAP(3)} (?:mourir|noyade|pendaison|cachets|sauter|de mourir)`,
    { mention: true },
  ],
  [
    6,
    `(?:bleed out|bleed to death|desangrarse|desangrarme|verbluten|verblutet|se vider de son sang)${GAP(4)} (?:wrist|wrists|munecas|muneca|handgelenk|handgelenke|pulsadern|poignets?|veins|venas|cut|corta|schnitt|coupe)|(?:how long|cuanto tarda|wie lange|combien de temps)${GAP(6)} (?:bleed out|desangrarse|verbluten|(?:not|never) wake up|nicht mehr aufwacht|nicht mehr aufwachen|no despertar|ne plus se reveiller|to die|until i die)|overdos\\w* on${GAP(2)} \\w+${GAP(1)} (?:and|to) (?:just )?(?:fall asleep|sleep forever|never wake up|die)`,
    { mention: true },
  ],
  [
    5,
    `(?:lethal|fatal|deadly|killing) (?:amount|quantity|dose|dosage) of|(?:cantidad|dosis) (?:letal|mortal|mortifera)|(?:todliche|letale) (?:menge|dosis)|(?:quantite|dose) (?:mortelle|letale|fatale)`,
    { mention: true },
  ],
]);

/** "Muslims don't belong here", "send every last one back". */
const BELONGING_HATE: HarmRule[] = defineRules('hate', 'call to exclude a group', [
  [
    6,
    `(?:${ANY_GROUP})${GAP(2)} (?:don t|do not|dont|doesn t|does not|never) belong (?:in (?:this|our|the|my)|here|among us)|(?:${ANY_GROUP})${GAP(2)} no (?:pertenecen|tienen sitio|tienen lugar) (?:a|en|aqui)|(?:${ANY_GROUP})${GAP(2)} (?:gehoren|gehort) nicht (?:hierher|zu uns|nach|in)|(?:${ANY_GROUP})${GAP(2)} n ont (?:rien a faire|pas leur place) (?:ici|en|chez|dans)`,
  ],
  [
    6,
    `(?:${ANY_GROUP})${GAP(2)} (?:should|ought to|deserve to|must|deserved to) (?:have been|be|have) (?:aborted|killed|gassed|exterminated|wiped out|sterili[sz]ed|drowned(?: at birth)?|put down|shot)|(?:${ANY_GROUP})${GAP(2)} (?:hatten|sollten|mussten) (?:abgetrieben|vergast|ausgerottet|sterilisiert) (?:werden|sein)|(?:${ANY_GROUP})${GAP(2)} (?:deberian|tendrian que) haber sido (?:abortad|exterminad|gasead|esterilizad)[oa]s|(?:${ANY_GROUP})${GAP(2)} (?:auraient du|devraient) (?:etre )?(?:avortes|extermines|gazes|steriliser|sterilises)`,
  ],
  [
    6,
    `(?:kick|throw|drive|chase|send|ship|run) (?:every|each|all|the) (?:last |single )?(?:${GROUP_SINGULAR}|${GROUP_EN}) (?:out|back|away|home)|(?:${ANY_GROUP}) (?:are|sont|son|sind) (?:a|une|una|eine) (?:race|raza|rasse|bande|horde|pack) (?:of|de|von) \\w+`,
  ],
  [
    6,
    `(?:${GROUP_EN}|${GROUP_SINGULAR})${GAP(8)} (?:send|ship|kick|throw|fly) (?:them|every (?:last )?one(?: of them)?|each one(?: of them)?|all of them|the lot) (?:back|home|out)`,
  ],
]);

const SEXUAL_IMPLIED: HarmRule[] = defineRules('sexual', 'sexually explicit', [
  [
    6,
    `(?:suck|sucked|sucking|sucks|jerk|jerked|jerking|jack|jacked|jacking|finger|fingered|fingering) (?:him|her|me|you|u|them|myself|himself|herself|yourself) off|(?:taste|lick|devour|kiss) every inch of (?:your|ur|her|his) (?:naked |bare |hot )?body|every inch of (?:your|ur|her|his) (?:naked|bare) body|(?:rip|tear|ripping|tearing) (?:your|her|his|ur) clothes off|(?:kleider|klamotten|sachen) vom leib (?:reissen|reisse|reiss)|(?:arrancarte|arrancarle|quitarte) la ropa (?:a tirones|con los dientes)|(?:t arracher|lui arracher) (?:tes|ses) vetements`,
  ],
  [
    6,
    `(?:je veux|j ai envie de|je vais|viens|on va) (?:coucher avec (?:toi|vous)|te baiser|te prendre)|(?:i want to|i wanna|let me|i m gonna|im gonna|i ll) (?:have sex with|fuck|bang|shag|screw) (?:you|u)|(?:quiero|voy a|deja que) (?:acostarme contigo|follarte|tirarte|cogerte)|(?:ich will|ich mochte|lass mich) (?:mit dir (?:schlafen|ins bett)|sex mit dir|dich (?:nehmen|vernaschen|flachlegen))`,
  ],
  [
    6,
    `(?:send|mandame|manda|envia|enviame|schick|schicke|envoie|envoyez)${GAP(3)} (?:pics?|photos?|fotos?|bilder|nudes|videos?|selfies?)${GAP(2)} (?:in (?:your |ur )?(?:underwear|lingerie|thong|bra|panties)|without (?:a bra|clothes|panties|your clothes)|en (?:tanga|ropa interior|lenceria|bragas)|sin (?:sujetador|ropa|bragas)|in (?:unterwasche|dessous|tanga|reizwasche)|ohne (?:bh|kleidung|hoschen|slip)|en (?:culotte|string|sous vetements|lingerie)|sans (?:soutien gorge|culotte|vetements))|(?:ich will|ich mochte|will) dich nackt|(?:je veux|j ai envie de) te voir (?:nue?|a poil)|(?:i want|wanna see|want to see) (?:you|u) (?:naked|nude)|quiero verte desnud[oa]`,
  ],
  [
    6,
    `bend over (?:the|my|this|that) (?:counter|desk|table|bed|couch|sofa)|bend over for me|(?:send|give|show) (?:me |us )?(?:your |ur |some )?(?:\\w+ )?nudes|(?:setz|setzt) dich auf mich|sit on my (?:face|lap|dick|cock)|assieds toi sur (?:moi|mon visage)|sientate (?:encima de mi|en mi cara)|(?:undress|strip|get naked|deshabille toi|deshabillez vous|desnudate|zieh dich aus)${GAP(5)} (?:for me|pour moi|fur mich|para mi|webcam|cam|camera|camara|kamera)`,
  ],
  [
    6,
    `(?:video|videos|vid|vids|clip|pics?|photos?|fotos?|bilder|selfies?)${GAP(2)} (?:of|de|von) (?:you|u|yourself|ti|toi|dir)${GAP(1)} (?:undressing|stripping|getting naked|taking (?:your|ur) clothes off|naked|nude|topless|in the shower|desnudandote|desnud[oa]|sin ropa|nackt|beim ausziehen|oben ohne|nue?|a poil|en train de te deshabiller|seins nus)`,
  ],
]);

export const IMPLICIT_HARM_RULES: readonly HarmRule[] = [
  ...IMPLIED_THREATS,
  ...KEEP_HARMING,
  ...MEANS,
  ...BELONGING_HATE,
  ...SEXUAL_IMPLIED,
];
