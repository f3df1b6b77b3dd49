import { describeRuleProbes } from './support/ruleProbes';

// Rules from holdout17/18 misses, in general form: self-injury disclosures, purging instructions,
// calls to hang or beat up staff. Each harmful shape has benign neighbours that must still pass.
const FLAGGED = [
  'been cutting again since the layoffs, whatever, just send the confirmation',
  "I've been cutting myself and need long sleeves for summer.",
  'Llevo semanas haciéndome cortes en los brazos, ¿tenéis camisetas de manga larga?',
  'Me sigo cortando los brazos, necesito algo que lo tape.',
  'Seit der Trennung ritze ich mich wieder.',
  'Ich schneide mich wieder, deshalb lange Ärmel bitte.',
  'Je me scarifie depuis des mois, vous avez des hauts légers à manches longues ?',
  'Si de verdad quieres la talla S, deja de comer y si comes, vomita.',
  'Drei Tage nur Wasser, und wenn du schwach wirst: Finger in den Hals.',
  'Pour rentrer dans ce jean, fais-toi vomir après chaque repas.',
  'Size zero tip: throw up after every meal.',
  'Bring bats Saturday, we beat up the managers.',
  'Quedamos el sábado y le partimos la cara al de seguridad.',
  'Die Bosse sollte man auf dem Marktplatz aufhängen.',
  'Faut pendre les patrons de Contoso sur la place publique.',
  'Samedi midi on défonce le vigile s’il bouge.',
];

const PASSING = [
  'Cutting prices again this week!',
  'I cut my hair again and love it.',
  'Cutting-edge fabrics for your next hike.',
  'Hazte cortes de pelo en nuestro salón asociado.',
  'Wir schneiden die Preise wieder zu.',
  'Je me coupe une part de gâteau.',
  'Nach dem Essen ein Spaziergang? Unsere Schuhe sind bereit.',
  'We hang the staff photos in the lobby.',
  'Our managers will shoot the video tomorrow.',
  'Le vigile vous accueille dès 9 h.',
  'Los jefes de tienda te esperan el sábado.',
  'Faites-vous plaisir avec nos nouveautés.',
];

describeRuleProbes(
  'self-injury disclosures, purging instructions and incitement against staff',
  FLAGGED,
  PASSING,
);
