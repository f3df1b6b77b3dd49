import {
  draft,
  experiment,
  help,
  retrieve,
  screen,
  segment,
  summarize,
  type PlannerCase,
} from './plannerCase';

export const JAPANESE_CASES: PlannerCase[] = [
  draft('90日間購入していない顧客向けにメールを3通作成して', {
    variants: 3,
    channel: 'email',
    inactiveDays: 90,
  }),
  draft('半年購入していないお客様にプッシュ通知を三つ書いて', {
    variants: 3,
    channel: 'push',
    inactiveDays: 180,
  }),
  draft('VIP顧客向けのSMSを2パターン作って', { variants: 2, channel: 'sms', cohort: 'vip' }),
  draft('休眠顧客に送るメールを5案作成してください', { variants: 5, channel: 'email', cohort: 'lapsed' }),
  draft('3ヶ月購入のない顧客向けにショートメッセージを3つ書いてください', {
    variants: 3,
    channel: 'sms',
    inactiveDays: 90,
  }),
  draft('春のセールについてのメールを2通下書きして', { variants: 2, channel: 'email', query: '春のセール' }),
  draft('送料無料に関するプッシュ通知を4パターン作成', { variants: 4, channel: 'push', query: '送料無料' }),
  draft('新規顧客向けのメールを半ダース作って', { variants: 6, channel: 'email', cohort: 'new' }),
  draft('2週間購入していない顧客にメールを3通作成して', { variants: 3, channel: 'email', inactiveDays: 14 }),
  draft('１年間購入がない顧客へのメール文面を３つ作成して', {
    variants: 3,
    channel: 'email',
    inactiveDays: 365,
  }),
  draft('離反リスクのある顧客向けにプッシュ通知を2つ考えて', {
    variants: 2,
    channel: 'push',
    cohort: 'at_risk',
  }),
  draft('優良顧客向けにメールのバリエーションを三つ作成して', {
    variants: 3,
    channel: 'email',
    cohort: 'vip',
  }),
  draft('60日購入していない顧客向けにテキストメッセージを2通作って', {
    variants: 2,
    channel: 'sms',
    inactiveDays: 60,
  }),
  draft('一ヶ月購入のない顧客にメールを一通書いて', { variants: 1, channel: 'email', inactiveDays: 30 }),

  segment('文面は作成しないで、VIP顧客だけ見せて', { cohort: 'vip' }),
  segment('下書きは不要です。休眠顧客を一覧で表示して', { cohort: 'lapsed' }),
  segment('休眠顧客は誰？', { cohort: 'lapsed' }),
  segment('RFMでセグメントを見せて', { method: 'rfm' }),
  segment('90日間購入していない顧客は何人？', { inactiveDays: 90 }),
  segment('新規顧客を抽出して', { cohort: 'new' }),

  retrieve('送料無料に関する承認済みコンテンツを探して', '送料無料'),
  retrieve('春のセールの素材を検索して', '春のセール'),

  screen('この文面は安全？「今すぐ購入で90%オフ」', '今すぐ購入で90%オフ'),
  screen(
    'このテキストをチェックして：こんにちは{{firstName}}さん、クーポンをどうぞ',
    'こんにちは{{firstName}}さん、クーポンをどうぞ',
  ),
  screen('「絶対に儲かる」は問題ない？', '絶対に儲かる'),
  screen('下書きのメールをチェックして'),

  experiment('キャンペーン spring-winback の実験を開始して', {
    action: 'launch',
    campaign: 'spring-winback',
  }),
  experiment('spring-winbackのABテストを開始してください', { action: 'launch', campaign: 'spring-winback' }),
  experiment('spring-winbackで12%のリフトで1週間分の結果をシミュレーションして', {
    action: 'simulate',
    days: 7,
    lift: 0.12,
    campaign: 'spring-winback',
  }),
  experiment('5%のリフトを検出するのに必要なサンプルサイズは？', { action: 'power', lift: 0.05 }),

  summarize('spring-winbackのテストの結果は？', 'spring-winback'),
  summarize('キャンペーンSPRING-2025の結果を見せて', 'spring-2025'),
  summarize('結果をまとめて'),
  summarize('テストの調子はどう？', 'fall-promo', { currentCampaign: 'fall-promo' }),

  help('こんにちは'),
  help('ヘルプ'),
  help('何ができるの？'),
  help('今日の天気は？'),
  help('ありがとう'),
];
