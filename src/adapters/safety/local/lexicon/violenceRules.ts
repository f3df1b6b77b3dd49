import { ANY_GROUP, GROUP_DE, GROUP_EN, GROUP_ES, GROUP_FR } from './groups';
import { anyOf, defineRules, type HarmRule } from './harmRule';

// English building blocks. Threats need a speaker, an intent and a human target: "kill" alone is not a threat.
const MODAL_EN =
  '(?: (?:ll|m|re|d|will|shall|am|are|gonna|going to|about to|want to|wanna|plan to|intend to|must|have to|gotta|got to|would|can t wait to|cant wait to|will be|really|definitely|totally|just|personally|gladly|soon|then|now|literally|fucking|slowly))+';
const VERB_EN = anyOf([
  'kill',
  'murder',
  'shoot',
  'stab',
  'strangle',
  'choke',
  'behead',
  'decapitate',
  'slaughter',
  'butcher',
  'lynch',
  'burn',
  'torch',
  'torture',
  'bash',
  'punch',
  'rape',
  'gut',
  'hurt',
  'harm',
  'attack',
  'assault',
  'bomb',
  'blow up',
  'run over',
  'hunt down',
  'massacre',
  'kidnap',
  'poison',
  'shank',
  'wipe out',
  'exterminate',
  'dismember',
  'mutilate',
  'stomp',
  'gun down',
  'mow down',
  'slit',
]);
const PERSON_EN = anyOf([
  'you',
  'u',
  'ya',
  'yall',
  'y all',
  'you all',
  'you guys',
  'him',
  'her',
  'them',
  'em',
  'everyone',
  'everybody',
  'all of you',
  'all of them',
  'each of you',
  'every one of you',
  'people',
  'anyone',
  'somebody',
]);
const RELATIVE_EN = anyOf([
  'family',
  'whole family',
  'kids',
  'children',
  'wife',
  'husband',
  'mother',
  'mom',
  'mum',
  'dad',
  'father',
  'son',
  'daughter',
  'friends',
  'boss',
  'staff',
  'employees',
  'coworkers',
  'colleagues',
  'neighbors',
  'neighbours',
  'parents',
  'baby',
  'girlfriend',
  'boyfriend',
  'dog',
]);
const ROLE_EN = anyOf([
  'staff',
  'manager',
  'owner',
  'cashier',
  'clerk',
  'employee',
  'employees',
  'workers',
  'customer',
  'customers',
  'boss',
  'ceo',
  'teacher',
  'teachers',
  'cop',
  'cops',
  'police',
  'kids',
  'children',
  'people',
  'guy',
  'woman',
  'man',
  'girl',
  'boy',
  'bitch',
  'bastard',
  'president',
  'mayor',
  'senator',
  'politician',
  'politicians',
  'judge',
  'driver',
  'guard',
  'students',
  'doctor',
  'nurse',
  'crowd',
]);
const PLACE_EN = anyOf([
  'store',
  'shop',
  'mall',
  'school',
  'office',
  'offices',
  'building',
  'church',
  'mosque',
  'synagogue',
  'temple',
  'station',
  'airport',
  'stadium',
  'concert',
  'crowd',
  'house',
  'home',
  'headquarters',
  'hq',
  'warehouse',
  'factory',
  'embassy',
  'clinic',
  'hospital',
  'plane',
  'train',
  'bus',
  'restaurant',
  'bar',
  'club',
  'car',
  'festival',
  'parade',
  'subway',
  'place',
  'branch',
]);
const TARGET_EN = `(?:${PERSON_EN}|(?:your|his|her|their|ur) (?:whole )?${RELATIVE_EN}|(?:the|that|this|those|these|your|a) ${ROLE_EN}|(?:the |all |those |these |every )*${GROUP_EN})`;
const PLACE_TARGET_EN = `(?:the|a|your|their|that|this|our|his|her|ur) (?:\\w+ )?${PLACE_EN}`;
const WEAPON_EN = anyOf([
  'gun',
  'guns',
  'rifle',
  'rifles',
  'weapon',
  'weapons',
  'knife',
  'knives',
  'machete',
  'bomb',
  'bombs',
  'explosives',
  'ar 15',
  'ar15',
  'ak 47',
  'ak47',
  'pistol',
  'shotgun',
  'grenade',
  'grenades',
  'pipe bomb',
]);
const DEVICE_EN = anyOf([
  'bomb',
  'pipe bomb',
  'nail bomb',
  'car bomb',
  'dirty bomb',
  'molotov',
  'molotov cocktail',
  'molotov cocktails',
  'explosive',
  'explosives',
  'explosive device',
  'ied',
  'grenade',
  'ghost gun',
  'silencer',
  'suppressor',
  'napalm',
  'poison gas',
  'nerve agent',
  'nerve gas',
  'ricin',
  'sarin',
  'thermite',
  'detonator',
  'suicide vest',
]);
const PEST_EN = anyOf([
  'germs',
  'bacteria',
  'viruses',
  'weeds',
  'bugs',
  'pests',
  'insects',
  'mosquitoes',
  'mosquitos',
  'flies',
  'ants',
  'roaches',
  'cockroaches',
  'mold',
  'mould',
  'odors',
  'odours',
  'stains',
  'fleas',
  'ticks',
  'lice',
  'mites',
  'rodents',
  'mice',
  'moths',
  'fungus',
  'microbes',
  'zombies',
  'monsters',
  'aliens',
  'enemies',
  'bosses',
  'calories',
  'wrinkles',
  'weeds',
]);

const PLACE_VERB_EN = anyOf([
  'bomb',
  'blow up',
  'shoot up',
  'burn down',
  'burn',
  'torch',
  'set fire to',
  'set on fire',
  'firebomb',
  'fire bomb',
  'attack',
  'shoot at',
  'open fire on',
  'drive into',
  'crash into',
]);
const INTENT_EN = `(?:(?:i|we|imma|ima|ill|im|were|he|she|they|theyll|my (?:boys|brother|friends|guys|crew)|our (?:guys|people)|u|you)${MODAL_EN}|(?:gonna|finna|fixing to|about to|going to|imma|ima))`;
const THIRD_PARTY_EN =
  '(?:someone|somebody|people|anyone|everyone|you|we|they|u|someone s gotta|somebody s gotta)(?: (?:should|must|need to|needs to|ought to|has to|have to|got to|gotta|gonna|will|better|could|would|really))+(?: just| finally| go)?';
const IMPERATIVE_EN =
  '(?:lets|let s|let us|go|go and|go out and|time to|it s time to|its time to|we need to|we have to|we must|i urge you to|i want you to|i ll pay you to|ill pay you to)';
const BODY_PART_EN = anyOf([
  'legs?',
  'arms?',
  'neck',
  'bones',
  'skull',
  'head',
  'face',
  'teeth',
  'jaw',
  'knees?',
  'kneecaps?',
  'fingers?',
  'hands?',
  'ribs',
  'nose',
  'eyes?',
  'throat',
  'spine',
  'guts',
  'brains',
  'heart',
  'balls',
  'windpipe',
  'limbs',
]);
const BODY_HARM_VERB_EN = anyOf([
  'break',
  'smash',
  'snap',
  'crush',
  'bash',
  'cut',
  'rip',
  'tear',
  'gouge',
  'knock',
  'kick',
  'punch',
  'stab',
  'slice',
  'slit',
  'cave',
  'cut off',
  'rip out',
  'tear out',
  'gouge out',
  'knock out',
  'bash in',
  'smash in',
  'kick in',
  'cave in',
  'blow off',
  'shoot off',
  'chop off',
  'pull out',
  'rip off',
]);
const BRUTAL_VERB_EN = anyOf([
  'beat',
  'kick',
  'stomp',
  'punch',
  'choke',
  'strangle',
  'stab',
  'burn',
  'torture',
  'starve',
  'whip',
  'flog',
  'bludgeon',
  'hack',
  'club',
]);

const GENERIC_THREATS: HarmRule[] = defineRules('violence', 'threat of violence', [
  [
    4,
    `(?:i|we) know (?:which|what) (?:school|house|car|office|street|bus) (?:you|your \\w+|they|he|she)|say goodbye to your (?:family|kids|wife|husband|life)|(?:this|today|tonight) (?:is|will be) your last day|you (?:won t|will not) live to see|(?:i ll|i will|gonna|going to) (?:make you disappear|end you)`,
  ],
  // "I'll kill you", "I'm going to stab you", "we will hunt you down"
  [6, `${INTENT_EN} (?:\\w+ )?${VERB_EN} ${TARGET_EN}`, { negatable: true }],
  // "we're going to burn your store to the ground"
  [6, `${INTENT_EN} (?:\\w+ )?${PLACE_VERB_EN} ${PLACE_TARGET_EN}`, { negatable: true }],
  [
    6,
    `(?:i|we) (?:ll|will|am going to|m going to|re going to|are going to|m gonna|re gonna|gonna) (?:find|track|hunt) (?:you|u|ya|him|her|them) (?:down )?(?:and|then) (?:\\w+ ){0,3}(?:${VERB_EN}|${BRUTAL_VERB_EN})`,
    { negatable: true },
  ],
  [
    6,
    `(?:i|we) (?:ll|will|m going to|re going to|m gonna|re gonna) (?:put|stick|shove) (?:a|my|the) (?:bullet|knife|blade) (?:in|into|through|between)`,
  ],
  [6, `(?:slit|cut|slash) (?:your|ur|his|her|their) (?:throat|throats)`],
  // "I will break your legs", "knock your teeth out", "smash his face in"
  [
    6,
    `${BODY_HARM_VERB_EN} (?:your|his|her|their|ur|ya|both your|all your|all of your|every one of your) (?:\\w+ )?${BODY_PART_EN}(?: (?:in|out|off))?`,
    { negatable: true },
  ],
  [
    6,
    `(?:put|pump|stick|shove|plant|lodge|fire) (?:a|some|my|the|one|two|\\d+) (?:bullets?|knife|knives|blade|rounds?|slugs?) (?:in|into|through|between)(?: the (?:head|back|chest|face) of)? (?:you|u|him|her|them|your|his|her|their|that|this|the|those|these|every)`,
  ],
  [
    6,
    `poison (?:the|a|their|our|your|his|her|that|this) (?:\\w+ )?(?:water|water supply|food|drinks?|well|reservoir|coffee|supply|wells)`,
  ],
  [
    6,
    `(?:gonna|going to|will|ll|wanna|want to|about to|finna|i m gonna|i ll|we ll|i will|we will) (?:run|mow|gun|hunt|track|beat|cut|shoot|take|strangle|choke|knock) (?:you|him|her|them|u|ya|em) (?:over|down|up|out cold|unconscious|to death)`,
    { negatable: true },
  ],
  [
    6,
    `(?:pay|paid|pays) (?:for (?:this|it|that) )?(?:in|with) (?:blood|your life|your lives|their lives|his life|her life)|(?:spill|shed) (?:your|his|her|their) blood|(?:bathe|drown) (?:in|them in) (?:your|their|his|her) blood`,
  ],
  [
    6,
    `(?:make|watch|see|leave|want) (?:you|u|him|her|them|ya) (?:bleed|suffer|die|scream|beg for (?:mercy|your life)|for dead|dead)|put (?:you|him|her|them) (?:in the hospital|in the ground|six feet under|in a body bag|in a coffin|in the morgue|in a wheelchair)|bury (?:you|him|her|them) alive|feed (?:you|him|her|them) to the (?:dogs|sharks|pigs|fish)`,
  ],
  [
    6,
    `(?:i|we) (?:have|got|own|bought|brought) (?:a|my|the) (?:gun|guns|knife|bomb|rifle|pistol|machete)(?: and)? (?:i m|im|i am|we re|we are|i ll|i will|we will)? ?(?:not afraid to|going to|gonna|will|ready to|about to) use (?:it|them)`,
  ],
  [
    5,
    `(?:join|support|fund|praise|long live) (?:isis|isil|al qaeda|al qaida|the taliban|hamas|hezbollah|the caliphate|the jihad|jihad|the kkk|kkk)|(?:shooters?|bombers?|terrorists?|gunman|gunmen) (?:was|were|is|are) (?:a |true |real )?(?:heroes?|hero|martyrs?|right|legends?)`,
  ],
  [6, `blow (?:your|ur|his|her|their) (?:brains|head|heads) (?:out|off)`],
  [6, `(?:cut|chop) (?:off )?(?:your|ur|his|her|their) (?:head|heads|hands|fingers|balls)(?: off)?`],
  [
    6,
    `(?:${VERB_EN}|${BRUTAL_VERB_EN}) (?:${TARGET_EN} )?(?:to death|to a pulp|senseless|black and blue|until (?:you|he|she|they) (?:die|bleed|stop breathing))`,
  ],
  [
    5,
    `(?:beat|kick) (?:you|u|ya|him|her|them|your ass|ur ass) (?:up|in)|kick your ass|beat the (?:shit|crap|hell|life|living daylights) out of`,
  ],
  [
    6,
    `(?:you|he|she|they) (?:will|ll|are going to|re going to|re gonna|are gonna|is going to|s going to) (?:die|bleed|burn|suffer|be dead)(?: \\w+)? (?:tonight|today|tomorrow|soon|slowly|painfully|screaming|by my hand|for this|like a dog)`,
  ],
  [4, `(?:you|u) (?:will|ll|are going to|re going to|re gonna) (?:die|be dead|be next|regret this)`],
  // A bare "kill you" without a clear speaker: review, not block.
  [4, `(?:kill|murder|stab|shoot|strangle|rape|behead) (?:you|u|ya)`, { negatable: true }],
  [
    4,
    `(?:i|we) know where (?:you|u|your family|your kids) (?:live|lives|work|works|sleep|go to school)|(?:i|we) (?:know|have|got|found) your (?:home )?address|while you still can|enjoy (?:it|your life) while (?:it|you) lasts?|you (?:won t|will not|wont) see (?:it|us|me) coming|(?:blow|blew) (?:\\w+ ){0,3}(?:building|store|shop|house|school|office|place|car) up`,
  ],
  [
    4,
    `watch your back|you re dead meat|you are dead meat|you re a dead man|you are a dead man|dead man walking|your days are numbered|sleep with one eye open`,
  ],
  [5, `(?:i m|im|we re|were|i am|we are) coming (?:for|after) (?:you|u|ya|your|him|her|them)`],
  [
    5,
    `(?:i|we) (?:hope|wish|pray) (?:that )?(?:you|u|he|she|they|someone|somebody|your (?:\\w+ )?${RELATIVE_EN}|(?:his|her|their) (?:\\w+ )?${RELATIVE_EN}|all of you|all of them)(?: all)? (?:die|dies|get killed|gets killed|burn|burns|rot|rots|get shot|gets shot|get raped|gets raped|suffer|suffers|get hit by|gets hit by|get run over|gets run over|get stabbed|gets stabbed|get cancer|gets cancer|drop dead|drops dead|choke|chokes|bleed|bleeds|get murdered|gets murdered|get beaten|gets beaten|never wake up)`,
  ],
  [
    6,
    `(?:kill|shoot|stab|murder|slaughter|gun down|mow down|massacre|bomb|execute|behead|poison) (?:everyone|everybody|all of (?:them|you|us|those people)|every single (?:one|person|one of them)|as many (?:people|as))`,
  ],
  [
    5,
    `(?:you|u|he|she|they|your (?:\\w+ )?${RELATIVE_EN})(?: re| are| is| s| will| ll)? (?:gonna|going to|will|ll)? ?(?:get|be) (?:hurt|killed|shot|stabbed|murdered|beaten up|raped|lynched|hanged|burned alive|bombed)(?: (?:if|when|unless|tonight|soon|for this))`,
  ],
  [
    6,
    `(?:i|we) (?:ll|will|m going to|re going to|m gonna|re gonna|want to|wanna) end (?:your|his|her|their) (?:life|lives|miserable life)|(?:beat|whoop|kick) (?:your|his|her|ur|their) (?:ass|butt)|fuck (?:you|u|him|her|them) up|break every bone in (?:your|his|her|their) body|gets? a bullet|(?:bullet|knife|blade) (?:in|through) (?:your|his|her|their|the) (?:head|back|chest|face|skull|heart)`,
  ],
  [
    6,
    `(?:^|\\. )(?:kill|shoot|stab|murder|beat up|attack|hurt|burn|lynch|hang) (?:the|that|this|those|these|your|his|her|all|every) (?:\\w+ )?${ROLE_EN}`,
  ],
  [
    6,
    `(?:my|our) plan is to (?:\\w+ )?(?:${VERB_EN}|${PLACE_VERB_EN})|(?:i|we) (?:plan|intend|am planning|m planning|re planning|are planning|want|wanna|d like|need|m ready|am ready|m about) to (?:\\w+ )?(?:${VERB_EN}) ${TARGET_EN}`,
    { negatable: true },
  ],
  [
    6,
    `(?:you|he|she|they|u) (?:deserve|deserves) to (?:die|be killed|be shot|be raped|be hanged|be hung|be tortured|suffer|burn|be beaten)`,
  ],
  // "somebody should shoot the manager", "let's burn down the mall", "go stab the cashier"
  [6, `${THIRD_PARTY_EN} ${VERB_EN} ${TARGET_EN}`, { negatable: true }],
  [6, `${THIRD_PARTY_EN} ${PLACE_VERB_EN} ${PLACE_TARGET_EN}`, { negatable: true }],
  [6, `${IMPERATIVE_EN} ${VERB_EN} ${TARGET_EN}`, { negatable: true }],
  [6, `${IMPERATIVE_EN} ${PLACE_VERB_EN} ${PLACE_TARGET_EN}`, { negatable: true }],
  [
    6,
    `(?:bomb|blow up|shoot up|burn down|firebomb|fire bomb|set fire to) ${PLACE_TARGET_EN}`,
    { negatable: true },
  ],
  [
    6,
    `(?:kill|shoot|murder|slaughter|hang|burn|gas|execute|stab|exterminate|massacre|butcher|lynch) (?:them|em) all`,
  ],
  [
    6,
    `(?:kill|shoot|murder|slaughter|hang|gas|exterminate|massacre|butcher|lynch|behead)s? (?:all|every|each) (?:last |single )?(?:one of )?(?:of )?(?:the |these |those )?(?!${PEST_EN}(?![\\p{L}]))\\p{L}+`,
  ],
  [
    6,
    `(?:should|must|need to|needs to|ought to|deserve to|deserves to|have to|has to)(?: all| just| simply)? be (?:run over|mowed down|gunned down|burned alive|beaten to death|strung up|strangled|stabbed|tortured|raped|bombed|blown up|killed|shot|hanged|hung|lynched|executed|exterminated|gassed|slaughtered|burned|burnt|beheaded|put down|wiped out|eradicated|butchered|stabbed|shot dead)`,
  ],
  [
    6,
    `bring (?:a |your |some |my |the |an )?${WEAPON_EN} (?:to|into) (?:the |a |our |your |this |that |my )?(?:\\w+ )?(?:${PLACE_EN}|work|class)`,
  ],
  [
    6,
    `(?:take out|kill|shoot|hurt|murder) as many (?:people|of them|as (?:you|u|we|i) can|kids|students|shoppers|customers)`,
  ],
  [
    5,
    `(?:grab|get|take|bring|fetch) (?:a|your|the|my|some) (?:knife|knives|gun|bat|baseball bat|weapon|machete|crowbar|hammer)(?: \\w+){0,3} (?:teach|show|hurt|make|get|deal with|take care of|go after)|teach (?:him|her|them|that \\w+|the \\w+) a lesson (?:with|using) (?:a|my|the)`,
  ],
  [
    5,
    `(?:bring|bringing|brought|taking|carry|carrying|pack|packing) (?:my|a|the|his|her|our|some) ${WEAPON_EN} (?:to|into)|(?:going to|gonna|might|will|could|is going to|s going to) (?:have|meet with|suffer) (?:an|a little|a nasty|an unfortunate|a terrible|a tragic) accident|if you know what i mean|(?:something|an accident) (?:bad |terrible )?(?:might|could|will) happen to (?:you|your|him|her)`,
  ],
  [
    5,
    `shooting spree|killing spree|mass shooting|mass murder|school shooting|terror attack|terrorist attack|bomb threat`,
  ],
  // Instructions for weapons and explosives
  [
    6,
    `(?:how to|how do i|how can i|how do you|ways to|guide to|guide for|instructions (?:for|to|on)|steps to|tutorial (?:on|for)|recipe for|learn to|teach you to)(?: \\w+){0,3} (?:make|making|build|building|assemble|assembling|create|creating|cook|cooking|construct|constructing|mix|mixing|print|printing|set off|setting off|detonate|detonating|plant|planting|rig|rigging) (?:a |an |your own |homemade |home made |some |the )?(?:\\w+ )?${DEVICE_EN}`,
  ],
  [
    4,
    anyOf([
      'pipe bomb',
      'nail bomb',
      'car bomb',
      'dirty bomb',
      'molotov cocktail',
      'suicide vest',
      'suicide bomber',
      'pressure cooker bomb',
      'ied',
    ]),
  ],
  // Genocide and mass violence against groups
  [
    6,
    `(?:death to|kill|exterminate|gas|shoot|hang|lynch|slaughter|burn|eradicate|wipe out|get rid of|eliminate|massacre)(?: all| the| every| those| these)* ${ANY_GROUP}`,
  ],
  [
    6,
    `${ANY_GROUP} (?:should|must|need to|ought to|deserve to|have to|needs to|will) (?:all )?(?:die|burn|hang|be killed|be shot|be gassed|be exterminated|be hanged|be lynched|be wiped out)`,
  ],
  [6, `final solution|race war|ethnic cleansing|gas chambers for|gas the|lynch mob`],
  [
    4,
    `genocide|massacre of|bloodbath|blood bath|slit throats|dismembered|disembowel|disemboweled|beheaded|beheading|mutilated|tortured to death`,
  ],
]);

const SPANISH: HarmRule[] = defineRules('violence', 'threat of violence', [
  [
    6,
    `(?:te|os|lo|la|los|las|le|les)(?: (?:voy|vamos|van|va|vas|iremos|ire) a)? (?:matar|matare|mataremos|matara|apunalar|apunalare|acuchillar|disparar|disparare|pegar un tiro|pegare un tiro|meter un tiro|meter una bala|quemar|quemare|ahorcar|ahorcare|degollar|degollare|reventar|reventare|rajar|descuartizar|torturar|secuestrar|violar|liquidar|partir la cara|romper la cara|reventar la cabeza|dar una paliza|dar una golpiza|cortar el cuello|asesinar|asesinare|linchar|encontrar y matar)`,
    { negatable: true },
  ],
  [
    6,
    `(?:voy|vamos|van|va|quiero|queremos|pienso|juro) a (?:matar|apunalar|acuchillar|quemar|ahorcar|degollar|reventar|torturar|disparar|asesinar|descuartizar|violar|secuestrar|linchar)(?:te|os|le|les|lo|la|los|las)`,
    { negatable: true },
  ],
  [
    6,
    `(?:te|os|lo|la|le|les) (?:mato|matamos|reviento|revientos|parto|rompo|apunalo|quemo|degollo|ahorco|estrangulo|pego un tiro|meto un tiro|rajo|machaco|destrozo|asesino|mataria|mataremos|acribillo|liquido)(?! de (?:risa|envidia|gusto|amor|emocion|hambre|sed))`,
    { negatable: true },
  ],
  [
    6,
    `(?:romper|rompo|rompere|romperte|partir|parto|partire|partirte|reventar|reviento|reventarte|cortar|corto|cortarte|quemar|arrancar|arranco|arrancarte|machacar|machaco|aplastar|aplasto|destrozar|destrozo|volar|vuelo)(?:te|le|les|os)? (?:las|los|la|el|tus|sus) (?:piernas|brazos|cuello|cabeza|cara|dientes|huesos|rodillas|costillas|dedos|manos|ojos|craneo|espalda|tripas|sesos|crisma|boca|morros)`,
    { negatable: true },
  ],
  [
    6,
    `(?:pegar|pegue|peguen|pego|pegare|peguemos|meter|meta|metan|meto|metere|descerrajar)(?:le|te|les)? (?:un|dos|tres|unos|varios|un par de) (?:tiros?|balazos?|navajazos?|punaladas?|punetazos?|disparos?)`,
  ],
  [
    6,
    `(?:ojala|que) (?:alguien |algun dia |pronto )?(?:te|lo|la|los|las|le|les) (?:mate|maten|apunale|apunalen|disparen|dispare|queme|quemen|cuelguen|ahorquen|revienten|violen|viole|atropelle|atropellen)`,
  ],
  [
    6,
    `(?:alguien|alguno) (?:deberia|tendria que|tiene que|debe|deberia de) (?:matar|matarlo|matarla|matarlos|disparar|quemar|apunalar|ahorcar|colgar|linchar|pegarle un tiro|darle una paliza)`,
  ],
  [
    6,
    `(?:voy|vamos|van|va|quiero|queremos|pienso) a (?:matar|disparar|apunalar|acuchillar|quemar|atropellar|acribillar|fusilar|balear|atacar|golpear|reventar|volar) a (?:todos|todas|todo el mundo|la gente|ellos|ellas|esos|esas|los|las|el|la|mi|tu|su|cualquiera|alguien)`,
    { negatable: true },
  ],
  [
    6,
    `(?:voy|vamos|van|va) a (?:golpear|estrangular|ahogar|envenenar|destripar|apalear|atropellar|acribillar|fusilar|balear)(?:te|os|le|les|lo|la|los|las)?`,
    { negatable: true },
  ],
  [
    6,
    `(?:voy|vamos|van) a (?:quemar|incendiar|volar|asaltar|atacar|destruir|quemarte|incendiarte) (?:tu|su|vuestra|vuestro|tus|sus|la|el) (?:casa|tienda|local|coche|negocio|oficina|familia|hijos|escuela|colegio|iglesia|mezquita|sinagoga)`,
  ],
  [
    6,
    `hay que (?:matar|quemar|ahorcar|fusilar|exterminar|eliminar|gasear|linchar|disparar|matarlos|matarlas|quemarlos|fusilarlos|exterminarlos|colgarlos)(?: a)?(?: todos| todas| los| las| esos| esas| ese| esa| el| la)*`,
  ],
  [
    6,
    `(?:matad|maten|matenlos|matadlos|quemad|quemen|fusilen|fusilad|ahorquen|linchen|exterminen|exterminad) (?:a |los |las |todos |todas )+`,
  ],
  [6, `muerte a (?:los |las |todos |todas |el |la |ti|vosotros|ustedes)`],
  [
    6,
    `(?:merecen|merece|mereces|deberian|deberias|deben|debe) (?:morir|ser (?:asesinados|asesinadas|fusilados|exterminados|ahorcados|quemados|eliminados|linchados))`,
  ],
  [5, `ojala (?:te mueras|se mueran|mueran|os murais|te maten|los maten|te violen|revientes)`],
  [
    6,
    `(?:poner|colocar|meter|plantar|pondre|pondremos|vamos a poner) (?:una|un) (?:bomba|explosivo|artefacto explosivo|coche bomba)`,
  ],
  [
    6,
    `volar (?:el|la|los|las|tu|su) (?:\\w+ )?(?:edificio|tienda|escuela|centro|local|oficina|iglesia|mezquita|sinagoga|estacion|aeropuerto|casa)`,
  ],
  [
    6,
    `como (?:hacer|fabricar|construir|preparar) (?:una |un )?(?:bomba|explosivo|explosivos|coctel molotov|molotov|arma casera)`,
  ],
  [
    6,
    `(?:deberia|deberian|merece|merecen|debe|deben|tendria que|tendrian que|hay que)(?: \\w+){0,2} (?:ser )?(?:asesinad[oa]s?|fusilad[oa]s?|ahorcad[oa]s?|quemad[oa]s? viv[oa]s?|apunalad[oa]s?|atropellad[oa]s?|linchad[oa]s?|exterminad[oa]s?|matad[oa]s?|baleados?|ejecutad[oa]s?)`,
  ],
  [
    5,
    `(?:dar|darle|darte|darles|daros|pegar|pegarle) (?:una|un par de|unas) (?:paliza|palizas|golpiza|hostias|ostias|tunda)|(?:vas a|van a|va a) (?:aparecer|acabar|terminar) (?:en una zanja|muert[oa]|en el rio|en una bolsa)|te (?:van a|vamos a) encontrar muerto`,
  ],
  [
    4,
    `se donde vives|sabemos donde vives|te vamos a encontrar|te voy a encontrar|vas a morir|estas muerto|eres hombre muerto`,
  ],
  [6, `vas a morir (?:hoy|esta noche|manana|pronto|lentamente)`],
  [
    6,
    `${GROUP_ES} (?:deben|deberian|merecen|tienen que) (?:morir|arder|ser exterminados|ser fusilados|ser ahorcados)`,
  ],
]);

const GERMAN: HarmRule[] = defineRules('violence', 'threat of violence', [
  [
    6,
    `(?:ich|wir|i)(?: \\w+){0,2} (?:bring|bringe|bringen|bringt)(?: \\w+)? (?:dich|euch|sie|ihn|deine|eure)(?: \\w+){0,2} um(?! \\d)`,
    { negatable: true },
  ],
  [
    6,
    `(?:ich|wir|i)(?: \\w+){0,6} (?:dich|euch|sie|ihn|deine|eure)(?: \\w+){0,3} (?:umbringen|toten|erschiessen|abstechen|abknallen|erschlagen|erwurgen|kaltmachen|kalt machen|aufschlitzen|abschlachten|hinrichten|abmurksen|totschlagen|totprugeln|niederstechen|niederschiessen|in die luft jagen)`,
    { negatable: true },
  ],
  [6, `(?:mach|mache|machen) (?:dich|euch|ihn) kalt`],
  [
    6,
    `(?:ich|wir) (?:tote|toten|erschiesse|erschiessen|ersteche|erstechen|erwurge|erwurgen|erschlage|erschlagen|verbrenne|verbrennen|vergase|vergasen|steche|stechen|knalle|knallen|schlachte|schlachten) (?:dich|euch|sie|ihn|alle|die|deine|eure)`,
    { negatable: true },
  ],
  [
    6,
    `(?:totet|tote|erschiesst|erschiesse|vergast|verbrennt|hangt|knallt|schlachtet|erschlagt|ersticht|bringt) (?:sie |die |alle |diese |den |jeden )+(?!(?:\\w+ )?(?:keime|bakterien|viren|unkraut|insekten|schadlinge|milben|motten|mucken|flohe|geruche|schimmel))`,
  ],
  [
    6,
    `(?:ich|wir|er|sie|die|i)(?: \\w+){0,2} (?:schlag|schlage|schlagen|stech|steche|stechen|knall|knalle|knallen|bring|bringe|bringen|mach|mache|machen|prugel|prugle|prugeln|tret|trete|treten|leg|lege|legen|knupf|knupfe|knupfen) (?:dich|euch|ihn|sie|den|die|das|deine|eure)(?: \\w+){0,3} (?:tot|ab|um|kalt|krankenhausreif|zu brei|windelweich|auf)(?! \\d)(?= |$)`,
    { negatable: true },
  ],
  [
    5,
    `(?:polier|poliere|polieren|hau|haue|hauen|schlag|schlage|schlagen|tret|trete|treten|brech|breche|brechen) (?:dir|euch|ihm|ihr|ihnen|dich) (?:die fresse|eine rein|den schadel ein|die zahne aus|alle knochen|die knochen|die beine|die arme|das genick|in die fresse|die nase|den kiefer)`,
    { negatable: true },
  ],
  [
    6,
    `(?:zunden|zundet|zunde|fackeln|fackelt|fackel|brennen|brennt)(?: \\w+){0,3} (?:das|den|die|dein|deinen|deine|euer|eure|ihr|ihren|sein|seinen) (?:\\w+ )?(?:geschaft|laden|haus|auto|wohnung|buro|schule|kirche|moschee|synagoge|lager|filiale|markt|gebaude|asylheim|heim|wagen)(?: \\w+)? (?:an|ab|nieder)(?= |$)`,
  ],
  [
    6,
    `(?:das|den|die|dein|deinen|deine|euer|eure|ihr|ihren|sein|seinen) (?:\\w+ )?(?:geschaft|laden|haus|auto|wohnung|buro|schule|kirche|moschee|synagoge|lager|filiale|markt|gebaude|asylheim|heim) (?:anzunden|abfackeln|niederbrennen|in brand setzen|in brand stecken|sprengen|in die luft jagen|abbrennen)`,
  ],
  [
    6,
    `(?:jemand|einer|man) (?:sollte|musste|muss|soll|sollten)(?: \\w+){0,3} (?:erschiessen|abknallen|umbringen|toten|abstechen|aufhangen|abfackeln|anzunden|totschlagen|umlegen|kaltmachen)`,
  ],
  [
    6,
    `man (?:sollte|muss|musste|soll|sollten)(?: \\w+){0,3} (?:erschiessen|toten|vergasen|aufhangen|umbringen|erschlagen|verbrennen|ausrotten|vernichten|abknallen|hinrichten|abschlachten|an die wand stellen|aufknupfen)`,
  ],
  [
    6,
    `(?:gehoren|gehort|sollte|sollten|soll|sollen|muss|mussen|verdient es|verdienen es)(?: \\w+){0,3} (?:uberfahren|erstochen|erwurgt|gelyncht|vergast|erschossen|getotet|aufgehangt|umgebracht|hingerichtet|ausgerottet|vernichtet|verbrannt|erschlagen|abgeschlachtet|zu werden)`,
  ],
  [6, `tod (?:den|allen|dem|der) (?:\\w+ )?${GROUP_DE}`],
  [
    6,
    `(?:jage|jagen|jag|jagt|sprenge|sprengen|spreng|sprengt)(?: \\w+){0,4} in die luft|in die luft (?:jagen|sprengen)|eine bombe (?:bauen|legen|zunden|basteln|platzieren|hochgehen lassen)|bombe (?:bauen|basteln)|sprengstoff (?:bauen|herstellen|basteln|mischen)`,
  ],
  [
    6,
    `wie (?:baue|bastle|mache) ich (?:eine|einen) (?:bombe|sprengsatz|molotowcocktail)|anleitung (?:fur|zum) (?:bombenbau|bombe|sprengsatz)`,
  ],
  [
    6,
    `(?:legen|lege|leg|platzieren|platziere|zunden|zunde|werfen|werfe|bauen|baue|basteln|bastle|verstecken|verstecke) (?:eine|die|ne|einen|den|ein|zwei) (?:bombe|bomben|sprengsatz|sprengsatze|sprengladung|brandsatz|brandbombe|molotowcocktail|molotowcocktails)|(?:sprengen|sprenge|spreng|sprengt) (?:den|das|die|euren|eure|euer|deinen|deine|dein|ihren|ihr) (?:\\w+ )?(?:laden|geschaft|haus|auto|buro|schule|kirche|moschee|synagoge|filiale|markt|gebaude|bahnhof)`,
  ],
  [
    5,
    `(?:erledige|erledigen|erledigt) (?:euch|dich|ihn|sie)(?: alle)?|(?:bringe|bring|nehme) (?:eine|meine|die) (?:waffe|pistole|knarre|gewehr|messer) mit`,
  ],
  [
    4,
    `ich weiss wo du wohnst|wir wissen wo du wohnst|du wirst sterben|du bist tot|du bist ein toter mann|pass auf dich auf wenn`,
  ],
  [5, `amoklauf|amok laufen|abschlachten|abstechen|abknallen`],
  [
    6,
    `${GROUP_DE} (?:mussen|sollten|gehoren|sollen) (?:alle )?(?:sterben|vergast|erschossen|aufgehangt|getotet|vernichtet|ausgerottet)`,
  ],
]);

const FRENCH: HarmRule[] = defineRules('violence', 'threat of violence', [
  [
    6,
    `(?:je|j|on|nous|il|ils)(?: (?:vais|va|allons|vont|veux))? (?:lui|leur|te|vous|t) (?:fracasser|exploser|eclater|defoncer|casser|ouvrir|briser) (?:le|la|les) (?:crane|tete|gueule|machoire|os|jambes|dents|cote|cotes)`,
  ],
  [
    6,
    `(?:je|j|on|nous|il faut|faut|quelqu un devrait|quelqu un doit|on devrait)(?: (?:vais|va|allons|vont|veux|devrait|doit))? tirer sur (?:ce|cette|ces|le|la|les|lui|eux|toi|vous|tout le monde|tous|ton|ta|tes)`,
  ],
  [
    6,
    `(?:je|j|on|nous|ils|elles)(?: (?:vais|va|allons|vont|veux|voudrais|compte|vas|veut|voulons|devrais|peux))?(?: (?:vraiment|bien))? (?:te|vous|le|la|les|t|l) (?:tuer|buter|egorger|crever|flinguer|massacrer|descendre|poignarder|planter|defoncer|cramer|bruler|abattre|etrangler|decapiter|torturer|violer|lyncher|tabasser|frapper|casser la gueule|faire la peau|eclater|fusiller|pendre|tirer dessus|achever|trouver et tuer|exterminer|gazer)`,
    { negatable: true },
  ],
  [
    6,
    `(?:je|on) (?:te|vous|le|la|les|t) (?:tue|tues|bute|egorge|flingue|massacre|descends|plante|defonce|demonte|etrangle|crame)(?! de rire)`,
    { negatable: true },
  ],
  [
    6,
    `(?:je|on|nous)(?: (?:vais|va|allons|vont|veux))? (?:tous|toutes) (?:vous|les) (?:tuer|buter|egorger|massacrer|flinguer|descendre|cramer|bruler|exterminer|gazer|abattre)`,
  ],
  [5, `tu vas (?:crever|y passer|saigner|le payer de ta vie)|tu vas le regretter`],
  [
    6,
    `(?:je|on|nous|j) (?:te|vous|le|la|les|t|l) (?:tuerai|tuerons|tuera|buterai|buterons|egorgerai|egorgerons|flinguerai|massacrerai|descendrai|poignarderai|cramerai|brulerai|etranglerai|defoncerai|eclaterai)`,
    { negatable: true },
  ],
  [
    6,
    `(?:casser|casse|casserai|casserais|cassera|peter|pete|peterai|briser|brise|briserai|arracher|arrache|arracherai|trancher|tranche|trancherai|defoncer|defonce|defoncerai|demonter|demonte|exploser|eclater|eclate|couper|coupe|couperai)(?: \\w+)? (?:les|la|le|tes|ta|ton|vos|votre|ses|sa|son|leurs|leur) (?:jambes|jambe|bras|cou|gueule|tete|dents|os|genoux|cotes|doigts|nez|crane|yeux|bide|tronche|figure|couilles)`,
    { negatable: true },
  ],
  [
    6,
    `(?:quelqu un|quelqu une|on|il faudrait|faudrait|il faut|faut|vous devriez|tu devrais)(?: (?:devrait|doit|devrait bien|va|pourrait|aller|bien))? (?:abattre|tuer|buter|descendre|flinguer|egorger|poignarder|cramer|bruler|pendre|lyncher|tabasser|frapper|fusiller|etrangler|empoisonner) (?:ce|cette|ces|le|la|les|ton|ta|tes|son|sa|leur|lui|mon|ma|mes|l)? ?(?:type|mec|gars|connard|connasse|patron|patronne|directeur|directrice|vendeur|vendeuse|caissier|caissiere|gerant|gerante|femme|homme|fille|gamin|flic|flics|juif|juifs|arabe|arabes|noir|noirs|president|ministre|politicien|politiciens|prof|enfant|enfants|gosse|famille|lui|elle|eux|salaud|batard|client|clients|tous)`,
  ],
  [
    6,
    `(?:je|j|on|nous|ils)(?: (?:vais|va|allons|vont|veux|voudrais|compte))? (?:te|vous|le|la|les|t|l) (?:etrangler|noyer|empoisonner|sequestrer|tirer une balle|planter un couteau|saigner|depecer|demembrer|pendre)`,
    { negatable: true },
  ],
  [
    6,
    `(?:faire sauter|faire exploser|incendier|bruler|cramer|attaquer|mettre le feu a|mitrailler)(?: \\w+){0,1} (?:ton|ta|tes|votre|vos|le|la|l|son|sa|leur|ce|cette) ?(?:\\w+ )?(?:magasin|boutique|maison|voiture|bureau|bureaux|ecole|eglise|mosquee|synagogue|gare|batiment|immeuble|usine|centre commercial|appartement|restaurant|local|entreprise|famille)`,
  ],
  [
    6,
    `(?:mettre|poser|placer|fabriquer|construire|preparer) (?:une|un) (?:bombe|engin explosif|explosif|cocktail molotov)|comment (?:faire|fabriquer|construire) (?:une |un )?(?:bombe|explosif|cocktail molotov)`,
  ],
  [
    6,
    `il faut (?:tous |toutes )?(?:les |la |le |l )?(?:tuer|exterminer|bruler|gazer|pendre|fusiller|abattre|eliminer|massacrer|egorger|buter)`,
  ],
  [
    6,
    `(?:tuez|tuons|brulez|gazez|pendez|massacrez|fusillez|exterminez|egorgez|butez|abattez)(?: les)? (?:tous|toutes|les|ces|tout|la|le)`,
  ],
  [6, `mort (?:aux|a) (?:${GROUP_FR}|toi|vous|tous|ces|cette)`],
  [
    6,
    `(?:ils|elles|tu|vous|ces gens|ces types) (?:doivent|devraient|meritent de|merites de|meritez de|merite de) (?:mourir|crever|etre tues|etre tuees|etre extermines|etre pendus|etre fusilles|bruler|etre brules|etre gazes)`,
  ],
  [
    6,
    `(?:die kehle|den hals) (?:durchschneiden|aufschlitzen|umdrehen)|(?:la gorge|le cou) (?:trancher|couper)|trancher la gorge|couper la gorge|cortar(?:le|te)? el cuello`,
  ],
  [
    6,
    `(?:devrait|devraient|doit|doivent|merite|meritent|faudrait qu il soit|faudrait qu ils soient)(?: \\w+){0,2} (?:etre )?(?:tue|tues|tuee|tuees|abattu|abattus|fusille|fusilles|pendu|pendus|brule|brules|egorge|egorges|gaze|gazes|lynche|lynches|ecrase|ecrases|extermine|extermines|massacre|massacres)`,
  ],
  [
    4,
    `je sais ou tu (?:habites|vis|travailles|dors)|on sait ou tu (?:habites|vis)|tu vas mourir|tu es mort|t es mort|t es un homme mort`,
  ],
  [6, `tu vas mourir (?:ce soir|aujourd hui|demain|bientot|lentement)`],
  [
    6,
    `${GROUP_FR} (?:doivent|devraient|meritent de) (?:tous )?(?:mourir|crever|bruler|etre extermines|etre gazes)`,
  ],
]);

/** People a customer or mob threatens at work: staff named by their role. */
const STAFF_EN =
  '(?:bosses|execs|executives|managers|ceos|owners|staff|employees|guards|security guard|bouncer|cashiers|couriers|drivers)';
const STAFF_ES =
  '(?:jefes|directivos|duenos|empleados|gerentes|seguratas|de seguridad|vigilante|cajeros|repartidores)';
const STAFF_DE = '(?:bosse|chefs|manager|vorstand|mitarbeiter|security|wachmann|kassierer|fahrer|boten)';
const STAFF_FR = '(?:patrons|dirigeants|chefs|managers|vendeurs|employes|vigiles?|caissiers|livreurs)';

/** Calls to lynch, hang or beat up staff: incitement even when no reader is addressed. */
const INCITEMENT_AGAINST_STAFF = defineRules('violence', 'incitement against staff', [
  [
    6,
    `(?:hang|lynch|string up|shoot|beat up|torch) (?:the|those|these|all the|every|their) ${STAFF_EN}(?! (?:photos?|pictures?|portraits?|party|parties|banners?|posters?|room|rooms|meeting|lockers?|uniforms?|badges?|list|schedule|notices?|signs?|picks?|video|training))`,
  ],
  [
    6,
    `(?:colgar|ahorcar|linchar|fusilar|apalear|partirle la cara) a (?:los|las|esos|todos los|el|la) ${STAFF_ES}|(?:le|les) (?:partimos|partiremos|vamos a partir|rompemos) la (?:cara|boca|crisma|jeta|madre) (?:al|a los|a la) ${STAFF_ES}`,
  ],
  [6, `${STAFF_DE}(?: \\w+){0,5} (?:aufhangen|aufknupfen|lynchen|erschiessen|verprugeln|platt machen)`],
  [
    6,
    `(?:pendre|lyncher|fusiller|buter|tabasser|defoncer|casser la gueule a) (?:les|le|la|ces|tous les|au|aux) ${STAFF_FR}|(?:on defonce|on tabasse|on bute|on pend) (?:le|la|les) ${STAFF_FR}`,
  ],
]);

export const VIOLENCE_RULES: readonly HarmRule[] = [
  ...GENERIC_THREATS,
  ...SPANISH,
  ...GERMAN,
  ...FRENCH,
  ...INCITEMENT_AGAINST_STAFF,
];
