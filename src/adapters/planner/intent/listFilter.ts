import { Lexicon } from './lexicon';

/** The filters list_campaigns accepts. */
export type ListFilter = 'mine' | 'running' | 'waiting' | 'all';

/** "not just mine", "pas seulement les miennes": the user widens the list past their own campaigns. */
const BEYOND_MINE = new Lexicon([
  'not just mine',
  'not only mine',
  'not just my own',
  'not only my own',
  'everyone s',
  "everyone's",
  'nicht nur meine',
  'nicht nur die meinen',
  'pas seulement les miennes',
  'pas que les miennes',
  'pas uniquement les miennes',
  'no solo las mias',
  'no solamente las mias',
  'nao so as minhas',
  'nao apenas as minhas',
  'nao somente as minhas',
  '自分のだけじゃなく',
  '自分のだけでなく',
  '全員の',
  'チーム全体の',
]);

const FILTER_CUES: ReadonlyArray<readonly [Exclude<ListFilter, 'all'>, Lexicon]> = [
  [
    'mine',
    new Lexicon([
      'my campaigns',
      'my own',
      'mine',
      'belong to me',
      'belonging to me',
      'a moi',
      'les miennes',
      'las mias',
      'as minhas',
      'meine eigenen',
      'i created',
      'i set up',
      'i made',
      'i started',
      'meine kampagnen',
      'ich angelegt',
      'ich erstellt',
      'ich gestartet',
      'mes campagnes',
      "que j'ai creees",
      'que j ai creees',
      "que j'ai lancees",
      'mis campanas',
      'que cree',
      'que he creado',
      'minhas campanhas',
      'que eu criei',
      'que criei',
      '私が作った',
      '自分が作った',
      '自分のキャンペーン',
    ]),
  ],
  [
    'running',
    new Lexicon([
      'live',
      'running',
      'currently active',
      'active right now',
      'in flight',
      'laufend*',
      'gerade laufen',
      'aktiven kampagnen',
      'aktuell aktiv',
      'en cours',
      'actives',
      'en ligne',
      'activas',
      'en curso',
      'corriendo',
      'ativas',
      'rodando',
      'em andamento',
      'no ar',
      '実施中',
      '配信中',
      '稼働中',
      '実行中',
    ]),
  ],
  [
    'waiting',
    new Lexicon([
      'awaiting approval',
      'waiting for approval',
      'pending approval',
      'waiting on approval',
      'freigabe warten',
      'auf freigabe',
      "en attente d'approbation",
      'en attente de validation',
      'pendientes de aprobacion',
      'esperando aprobacion',
      'aguardando aprovacao',
      'pendentes de aprovacao',
      '承認待ち',
    ]),
  ],
];

const ALL = new Lexicon([
  'all campaigns',
  'every campaign',
  'all the campaigns',
  'alle kampagnen',
  'toutes les campagnes',
  "l'ensemble des campagnes",
  'todas las campanas',
  'todas as campanhas',
  'すべてのキャンペーン',
  '全てのキャンペーン',
  '全キャンペーン',
]);

/**
 * The list filter a request states, on the `matched` view; undefined when it states none or several, so the
 * model's label decides. "not just mine" widens to all; "alle Kampagnen, die ich angelegt hab" is the user's own.
 */
export function findListFilter(matched: string): ListFilter | undefined {
  if (BEYOND_MINE.has(matched)) return 'all';
  const stated = FILTER_CUES.filter(([, lexicon]) => lexicon.has(matched)).map(([filter]) => filter);
  if (stated.length === 1) return stated[0];
  if (stated.length === 0 && ALL.has(matched)) return 'all';
  return undefined;
}
