import { anyOf, defineRules, type HarmRule } from './harmRule';

const URGE_EN =
  '(?:(?:go|just|please|you should|u should|you need to|u need to|why don t you|why dont you|why not|do us a favou?r and|do everyone a favou?r and|do the world a favou?r and|you better|u better|better|might as well|should just|just go|go and|go ahead and|you ought to|you deserve to|pls|plz|then|and) )*';

const ENCOURAGEMENT: HarmRule[] = defineRules('selfHarm', 'encouragement of self-harm', [
  [
    6,
    `(?:try|start|keep|just keep) cutting(?: yourself)?|cutting (?:helps|is the (?:answer|only (?:thing|way))|is the only thing that helps)|self ?harm (?:tips|methods|tutorial|guide)|rope (?:yourself|urself)|go rope`,
  ],
  [
    6,
    `(?:relieved|happier|better off|glad|thankful) (?:if|when) (?:you|u) (?:were|was|are) (?:dead|gone)|if (?:you|u) (?:died|were dead|killed yourself)(?: \\w+){0,3} (?:nobody|no one|everyone|the world) (?:would|will) (?:care|notice|celebrate|be happier)`,
  ],
  [
    6,
    `(?:sauter|saute|sautez|jeter|jette|jetez) (?:toi |vous )?(?:du|d un|de la|par la|d une) (?:pont|toit|fenetre|immeuble|falaise|balcon)|(?:saltar|salta|tirarse|tirate|lanzate|lanzarte) (?:del|de un|desde el|desde un|por la|de una) (?:puente|edificio|ventana|balcon|acantilado|tejado)|(?:spring|springen|stuerz|sturz) (?:doch )?(?:von|aus) (?:der|dem|einer|einem) (?:brucke|dach|fenster|hochhaus|klippe)`,
  ],
  [
    6,
    `${URGE_EN}(?:kill|hang|off|shoot|stab|unalive|neck|starve|poison|cut|hurt|harm|drown|burn|end) (?:yourself|urself|yourselves|ur self|your self|yo self|your own life|ur life|your life)`,
    { negatable: true },
  ],
  [6, `kys|k y s|kill ur self|kill your self`],
  [
    6,
    `(?:go|just|please|you should|u should|you need to|why don t you|why dont you|you better|might as well|you ought to|you deserve to|better) (?:just )?(?:die|end it all|end it already|end it|end your life|end ur life|take your own life|jump off (?:a|the) (?:bridge|building|cliff|roof)|jump in front of (?:a|the) (?:train|bus|car)|slit your wrists|cut your wrists|drink bleach|overdose|stop breathing|stop living|not exist|disappear forever|rot and die)`,
    { negatable: true },
  ],
  [
    6,
    `(?:nobody|no one|noone) (?:would|will|is going to|gonna|d|ever) (?:miss|care about|notice|mourn|cry for) (?:you|u)`,
  ],
  [
    6,
    `(?:the world|everyone|everybody|we|your family|the planet) (?:would be|is|will be|d be|would be so much) better (?:off )?without (?:you|u)`,
  ],
  [
    6,
    `(?:you|u) (?:don t|do not|dont) deserve to (?:live|be alive|exist)|nobody wants you (?:alive|here|around)|you should not exist|you shouldn t exist`,
  ],
  [6, `(?:slit|cut|slash|slice|open) (?:your|ur) (?:wrists|wrist|veins)`],
  [
    6,
    `(?:nobody|no one|noone|not a soul|not one person)(?: \\w+){0,3} (?:miss|notice|care|mourn|cry)(?: \\w+){0,4} (?:you re gone|you are gone|you die|you re dead|you re not around|you disappear|you were gone)|(?:nadie|ninguno)(?: \\w+){0,3} (?:te (?:echara|echaria|va a echar) de menos|te (?:extranara|extranaria|va a extranar)|(?:notara|notaria|va a notar) (?:que no estas|tu ausencia))|(?:niemand|keiner)(?: \\w+){0,3} (?:wird|wurde) (?:dich )?(?:vermissen|merken dass du weg bist)|personne(?: \\w+){0,3} (?:ne )?(?:te )?(?:regrettera|regretterait|remarquera|remarquerait|pleurera)`,
  ],
  [
    6,
    `(?:how to|how do i|how do you|instructions to|steps to|learn to)(?: \\w+){0,2} (?:tie|make) (?:a |the )?noose|noose (?:properly|tutorial|that won t fail)|(?:tie|make) (?:yourself )?a noose`,
  ],
  [
    6,
    `(?:be )?(?:a )?better (?:place|off) (?:if|without) (?:you|u)(?: weren t| were not| were gone| in it| around)?|(?:world|everyone|everybody) (?:would be|d be|is) (?:a )?better(?: place)? (?:if|without) (?:you|u)`,
  ],
  [
    5,
    `do (?:us|everyone|everybody|the world|the planet) (?:all )?a favou?r(?= \\.|$| and (?:die|go|disappear|end))|waste of (?:oxygen|air|space|skin)|(?:mach|macht) (?:doch |endlich |einfach )schluss(?! mit)|disparais (?:pour de bon|a jamais|pour toujours|de la surface)|desaparece (?:para siempre|de una vez|del mapa)`,
  ],
  [
    3,
    `(?:nobody|no one) (?:loves|needs|wants|likes) (?:you|u)|(?:keiner|niemand) (?:braucht|liebt|mag|will) dich|nadie te (?:necesita|quiere|soporta|aguanta)|personne ne (?:t aime|veut de toi|te supporte)|personne n a besoin de toi`,
  ],
  [
    6,
    `cortate(?! (?:el|la|los|las) (?:pelo|flequillo|unas|barba|pizza|tarta))(?: y| las venas| los brazos)|(?:hor|horen) (?:auf|doch auf) zu essen|iss (?:nichts|gar nichts|einfach nichts) mehr|(?:nicht mehr|nichts mehr) essen(?: \\w+){0,6} (?:dunn|dunner|schlank|schon|hubsch|perfekt)|(?:arrete|arretez|cesse) de manger(?: \\w+){0,6} (?:mince|belle|maigre|parfaite|jolie)|(?:deja|dejad) de comer(?: \\w+){0,6} (?:delgada|guapa|flaca|perfecta|bonita)`,
  ],
  [
    6,
    `finis en(?: une bonne fois| avec la vie| avec ta vie| maintenant)?|finissez en|mets fin a tes jours|acaba con (?:tu vida|todo de una vez)|termina con tu vida|beende (?:dein leben|es endlich)|mach schluss mit deinem leben`,
  ],
  [
    4,
    `(?:want|wanna|going|wish i could) to (?:disappear|sleep) (?:and never wake up|forever)|never wake up again|wish i (?:was|were) never born|(?:quiero|ojala pudiera) (?:desaparecer|dormir) (?:para siempre|y no despertar)|nicht mehr aufwachen|ne plus me reveiller|disparaitre pour toujours`,
    { mention: true },
  ],
  [
    6,
    `(?:swallow|take|down|chug|eat|gulp) (?:a |the |all |your |a whole |a full |every )?(?:bottle|handful|box|pack|packet|bunch|lot) of (?:pills|tablets|sleeping pills|painkillers|meds|pills)|(?:and|then) (?:don t|never|dont) wake up|(?:go|just|please) (?:to sleep and )?(?:never|don t|dont) wake up`,
  ],
  [
    6,
    `(?:real|pretty|skinny|hot|beautiful) (?:models|girls|women) (?:don t|do not|dont) eat|(?:stop eating|don t eat|dont eat|do not eat|starve yourself|skip (?:all |your )?meals|eat nothing|only eat \\d+ calories)(?: \\w+){0,8} (?:pretty|thin|skinny|beautiful|model|perfect|size zero|hot|attractive|lose weight|lighter|bones)`,
  ],
  [
    6,
    `(?:throw|fling|hurl) (?:yourself|urself) (?:off|under|in front of|from|out of)|jump (?:off|from|in front of) (?:a|the) (?:bridge|building|cliff|roof|train|balcony|window|tower)|tirate (?:por|de|desde|a|bajo|delante de) (?:la|el|un|una) (?:ventana|puente|tren|balcon|edificio|metro|acantilado|coche)|tirarte (?:por|de|desde|a|bajo|delante de) (?:la|el|un|una) (?:ventana|puente|tren|balcon|edificio|metro|acantilado|coche)|(?:spring|wirf|werf|stuerz|sturz|sturze) dich (?:doch )?(?:vor|von|aus|in) (?:den|die|das|der|einen|eine|einem|einer) (?:zug|brucke|fenster|dach|hochhaus|u bahn|tiefe|abgrund)|(?:jette|jetez|jeter|balance|balancez) (?:toi|vous)? ?(?:sous|d un|d une|du|par|dans|de) (?:\\w+ ){0,2}(?:train|metro|pont|fenetre|toit|immeuble|falaise|voiture|camion|vide|balcon)`,
  ],
  [
    6,
    `(?:you|u)(?: d| would| re| are| will| ll)? (?:be )?(?:so much )?better off dead|ojala te (?:suicides|mates|ahorques|cortes las venas)`,
  ],
  [
    6,
    `(?:doing|do|did) (?:everyone|everybody|the world|us all|us|your family|the planet|society) a (?:huge |big )?favou?r (?:if|when|by)(?: \\w+){0,3} (?:die|died|dying|ended it|end it|ending it|killed yourself|kill yourself|killing yourself|disappeared|were gone|were dead|jumped|hanged yourself)`,
  ],
  [
    6,
    `(?:nobody|no one|noone) (?:cares|would care|will care|would even care|would notice) (?:if|when) (?:you|u) (?:die|died|kill yourself|killed yourself|disappear|disappeared|were gone|were dead)|you (?:won t|will not|wont) be missed|the world (?:doesn t|does not) need you|cut deeper|(?:ending|end) it all (?:is|would be) (?:the )?(?:answer|best|easiest|only way)`,
  ],
  [
    6,
    `(?:skip|skipping|stop eating|starve|starving|fasting|purge|purging|laxatives|throw up|throwing up|make yourself (?:throw up|vomit|sick))(?: \\w+){0,6} (?:thin|skinny|lose weight|weight loss|drop pounds|flat stomach|size zero|size 0|thigh gap)|(?:purge|throw up|vomit) after (?:eating|meals|every meal|each meal|you eat)`,
  ],
  [
    6,
    `(?:just |go |now )?(?:drink|swallow|chug) (?:some |a bottle of |the )?(?:bleach|poison|rat poison|antifreeze|drain cleaner)|(?:take|swallow) (?:all (?:the|your|of your) pills|a whole bottle of pills|the whole bottle)`,
  ],
  [
    6,
    `(?:how to|how do i|how can i|best way to|best ways to|easiest way to|easiest ways to|quickest way to|painless way to|painless ways to|methods? (?:of|to|for)|ways to|guide to|tips for|tips on)(?: \\w+){0,2} (?:kill (?:myself|yourself|oneself|urself)|commit suicide|suicide|end (?:my|your|one s) life|hang (?:myself|yourself)|overdose|die painlessly|slit (?:my|your) wrists|starve (?:myself|yourself))`,
  ],
  [6, `suicide methods|pro ana|proana|pro mia|thinspo|thinspiration|meanspo|bonespo`],
  [
    6,
    `purge after (?:every|each) meal|(?:you re|you are|ur) too fat to (?:live|eat)|stop eating until (?:you|u) (?:faint|pass out|disappear)`,
  ],
  // Spanish
  [
    6,
    `matate|suicidate|ahorcate|tirate (?:de|por) (?:un|una|el|la) (?:puente|ventana|edificio|balcon|tren)|cortate las venas|pegate un tiro|envenenate|desaparece del mundo|quitate la vida`,
  ],
  [5, `muerete(?: ya| de una vez)?`],
  [
    6,
    `(?:deberias|tendrias que|tienes que|hazle un favor al mundo y|mejor|por que no) (?:matarte|suicidarte|morirte|quitarte la vida|ahorcarte|desaparecer|cortarte las venas|tirarte de un puente)`,
  ],
  [
    6,
    `nadie te (?:echaria|echara|va a echar|echaria) de menos|nadie te (?:extranaria|extranara)|el mundo (?:estaria|seria|estara) mejor sin ti`,
  ],
  [6, `como (?:suicidarse|suicidarme|matarme|quitarme la vida|quitarse la vida|ahorcarme)`],
  // German
  [
    6,
    `(?<!(?:^| )(?:ich|wir) )(?:bring|tote|erschiess) dich (?:(?:doch|endlich|einfach|bitte|halt|selbst|schon) )*(?:um|selbst)`,
  ],
  [
    6,
    `(?:hang|hange|erhang|erhange) dich(?: \\w+){0,3} auf|erhang dich|ritz dich|schneid dir die pulsadern auf|spring (?:doch )?(?:von|vor) (?:der|einer|die|den|einen|einem) (?:brucke|zug|hochhaus|dach)|geh sterben|stirb(?: doch| endlich| einfach)?|verreck(?: doch| endlich)?`,
  ],
  [
    6,
    `du solltest dich (?:umbringen|toten|erhangen|aufhangen|ritzen|selbst toten)|(?:niemand|keiner) (?:wurde|wird) dich vermissen|die welt (?:ware|waere) besser ohne dich`,
  ],
  [
    6,
    `wie (?:bringe ich mich|bringt man sich|tote ich mich|kann ich mich) um|wie (?:ich mich|man sich) (?:umbringe|umbringt|tote|totet)`,
  ],
  // French
  [
    6,
    `tue toi|tues toi|suicide toi|suicidez vous|pends toi|pendez vous|va te pendre|allez vous pendre|va mourir|va crever|allez crever|ouvre toi les veines|jette toi (?:d un|du|par la|sous un)|saute d un pont|saute du toit|flingue toi|tire toi une balle`,
  ],
  [
    6,
    `tu (?:devrais|dois|ferais mieux de) (?:te (?:tuer|suicider|pendre|foutre en l air)|mourir|crever|disparaitre)|personne ne te (?:regrettera|regretterait|manquera|pleurera)|le monde (?:serait|sera) (?:meilleur|mieux) sans toi`,
  ],
  [6, `comment (?:se|me) (?:suicider|tuer|pendre)`],
]);

const MENTIONS: HarmRule[] = defineRules('selfHarm', 'self-harm', [
  [
    4,
    `(?:no|don t see the|dont see the|what s the|whats the|lost the|there s no) point (?:of|in) (?:living|life|going on|being alive)|tired of (?:living|being alive)|(?:can t|cannot|cant) go on (?:anymore|like this)|don t want to (?:be here|exist) anymore|want it all to end|(?:no tiene|no le veo) sentido (?:vivir|seguir viviendo)|(?:kein|keinen) sinn (?:mehr )?zu leben|(?:plus|aucun) (?:de )?sens (?:a|de) (?:vivre|la vie)`,
    { mention: true },
  ],
  [
    4,
    anyOf([
      'suicide',
      'suicidal',
      'self harm',
      'selfharm',
      'self injury',
      'self injure',
      'kill myself',
      'killing myself',
      'end my life',
      'ending my life',
      'end my own life',
      'take my own life',
      'taking my own life',
      'want to die',
      'wanna die',
      'wish i was dead',
      'wish i were dead',
      'don t want to live',
      'dont want to live',
      'no reason to live',
      'cut myself',
      'cutting myself',
      'hurt myself',
      'hurting myself',
      'harm myself',
      'harming myself',
      'overdose on (?:pills|drugs|meds|sleeping pills)',
      'slit my wrists',
      'hang myself',
      'anorexia',
      'anorexic',
      'bulimia',
      'bulimic',
      'eating disorder',
      'starving myself',
      'better off dead',
      'kms',
      // Spanish
      'suicidio',
      'suicida',
      'suicidarme',
      'suicidarse',
      'me quiero morir',
      'quiero morir(?:me)?',
      '(?:quiero|voy a|pienso en) matarme',
      'quitarme la vida',
      'no quiero vivir',
      'autolesion(?:es)?',
      'autolesionarme',
      'cortarme (?:las venas|los brazos|las munecas)',
      'trastorno alimentario',
      'ganas de morir',
      // German
      'selbstmord',
      'suizid',
      'suizidal',
      'suizidgedanken',
      'mich umbringen',
      'mich toten',
      'will sterben',
      'nicht mehr leben',
      'mir das leben nehmen',
      'selbstverletzung',
      'ritze mich',
      'mich ritzen',
      'magersucht',
      'bulimie',
      'essstorung',
      // French
      'suicidaire',
      'me suicider',
      '(?:je veux|j ai envie de|je vais|pense a) me (?:tuer|suicider)',
      'envie de mourir',
      'veux mourir',
      'mettre fin a mes jours',
      'en finir avec la vie',
      'automutilation',
      'me scarifier',
      'me mutiler',
      'anorexie',
      'boulimie',
      'trouble alimentaire',
      'plus envie de vivre',
    ]),
    { mention: true },
  ],
  [
    4,
    `(?:thinking|thought|think|thoughts) (?:about|of) (?:ending|taking) (?:my|it|my own)(?: life| all)?|ending my life`,
    { mention: true },
  ],
]);

export const SELF_HARM_RULES: readonly HarmRule[] = [...ENCOURAGEMENT, ...MENTIONS];
