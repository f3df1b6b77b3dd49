import { defineRules, type HarmRule } from './harmRule';

/**
 * First-person disclosures of ongoing self-injury ("been cutting again", "ritze ich mich wieder",
 * "je me scarifie") and instructions to purge after eating. Disclosures are mentions: a support
 * or prevention text that quotes them stays low.
 */
export const SELF_INJURY_RULES: readonly HarmRule[] = [
  ...defineRules('selfHarm', 'disclosure of self-injury', [
    [
      4,
      `(?:i ve been|i have been|i m|i am|been|started|start|keep|still) cutting (?:myself|again|my (?:arms|wrists|legs|thighs))|i (?:still |keep )?(?:cut|burn|scratch) (?:myself|my (?:arms|wrists|legs|thighs))|hurting myself on purpose|self harming again`,
      { mention: true },
    ],
    [
      4,
      `(?:haciendome|hacerme|me hago|me hice|me sigo haciendo) (?:cortes|cortadas|heridas)|me (?:sigo )?cort(?:o|e|ando) (?:los brazos|las munecas|las piernas|otra vez)|me autolesiono|autolesionandome`,
      { mention: true },
    ],
    [
      4,
      `ritze ich mich|ich ritze mich|ich (?:ritze|schneide|verletze) mich (?:wieder|selbst|noch)|(?:ritze|schneide|verletze) ich mich (?:wieder|selbst|noch)`,
      { mention: true },
    ],
    [
      4,
      `je me (?:scarifie|mutile|coupe (?:les bras|les poignets|les veines|encore|a nouveau))|je me fais du mal (?:expres|volontairement|encore)`,
      { mention: true },
    ],
  ]),
  ...defineRules('selfHarm', 'instructions to purge', [
    [
      6,
      `(?:throw up|purge|vomit|puke|make yourself sick)(?: \\w+){0,2} (?:after (?:you eat|eating|meals|every meal)|if you eat|when you eat)|(?:finger|fingers) down (?:your|ur) throat`,
      { negatable: true },
    ],
    [
      6,
      `(?:si comes|despues de comer|tras comer|cuando comas)(?: \\w+){0,2} vomita|vomita (?:despues de comer|lo que comas|si comes)|(?:dedos?|los dedos) (?:en|a) la garganta`,
      { negatable: true },
    ],
    [
      6,
      `finger in den hals|nach dem essen (?:kotzen|erbrechen|auskotzen|spucken)|(?:kotz|erbrich) (?:es )?(?:nach dem essen|wieder aus)`,
      { negatable: true },
    ],
    [
      6,
      `(?:te faire|se faire|fais toi|faites vous|faut te faire) vomir|doigts? dans la gorge|vomir apres (?:les repas|manger|chaque repas)`,
      { negatable: true },
    ],
  ]),
];
