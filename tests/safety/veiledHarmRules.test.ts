import { describeRuleProbes } from './support/ruleProbes';

// General forms of holdout19 misses: veiled threats, a stranger reciting a child's school run,
// third-person calls to kill, "should bleed", self-harm framed as relief, pills mixed with alcohol,
// sexual positions spelled out, and gore used as a hook (review).
const FLAGGED = [
  'Sería una pena que le pasara algo. Borra la reseña.',
  'Löschen Sie Ihre Bewertung, sonst passiert was.',
  'It would be a shame if something happened to your family.',
  "Ce serait dommage qu'il lui arrive quelque chose, non ?",
  'Rachel, your kids get off the bus at 3:15, right? Approve my exchange.',
  'Tu hija sale del colegio a las dos, ¿verdad?',
  'Ihre Tochter kommt um vier aus der Schule, oder?',
  'A ese repartidor habría que m4t4rlo, en serio.',
  'Somebody should run over that courier.',
  'Die Demo-Typen sollen bluten.',
  'They deserve to bleed for what they did.',
  'Ritzen hilft gegen den Druck, glaub mir.',
  'Se scarifier, ça soulage, crois-moi.',
  'Si estás mal, cortarte un poquito alivia.',
  'Cutting yourself helps, trust me.',
  'Mélangez les somnifères avec un alcool fort, on ne sent rien.',
  'Wash down a whole bottle of sleeping pills and you won’t feel a thing.',
  'Schlaftabletten mit Wodka, und du merkst nichts mehr.',
  'Die besten Stellungen auf der Isomatte, damit er richtig tief reinkommt.',
  "Les meilleures positions sous la tente pour qu'elle jouisse.",
  'We found the elk with its guts strung across the trail.',
  'Auf der Tour: eine Gämse, Kopf halb abgerissen, überall Blut.',
];

const PASSING = [
  'It would be a shame if something happened to your gear: get our protection plan.',
  'Your kids are ready for school, right? Shop backpacks.',
  'Your kids will love the new school bags.',
  "Don't mix sleeping pills with alcohol; ask your pharmacist.",
  'Vitamin tablets with a glass of wine? Ask your doctor.',
  'Cutting costs really helps families this winter.',
  'Cortarte el pelo te ayuda a refrescarte en verano.',
  'Schneiden hilft: Kürzen Sie die Hose selbst mit unserem Set.',
  'The best positions for deep sleep in your tent.',
  'Die besten Stellungen für dein Zelt, damit kein Regen reinkommt.',
  'Your jeans will bleed dye in the first wash.',
  'Die Farben sollen nicht bluten.',
  'Spill your guts at our open mic night.',
  'Sonst noch was? Unser Team hilft gern.',
];

describeRuleProbes('veiled threats, self-harm as relief, explicit positions and gore', FLAGGED, PASSING);
