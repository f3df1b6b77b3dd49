import type { Messages } from './messages';

/**
 * 日本語の返答（です・ます調）。日本語には単複の区別がないため、`_one` も `_other` と同じ文です
 * （Intl.PluralRules は日本語で常に `other` を選びます）。
 */
export const ja: Messages = {
  common: {
    sorry: '申し訳ありません。{{message}}',
    listSeparator: '、',
  },
  errors: {
    internal: 'こちら側で問題が発生しました。もう一度お試しください。',
    withDetail: '{{reason}}（{{code}}）。詳細（英語）: {{message}}',
    codes: {
      INVALID_INPUT: 'リクエストに無効な内容があります',
      NOT_FOUND: '見つかりません',
      FORBIDDEN: '権限がありません',
      CONFLICT: '現在は実行できません',
      UNAVAILABLE: 'サービスを利用できません',
      CONFIG: 'この操作はボットに設定されていません',
      INTERNAL: 'こちら側で問題が発生しました',
    },
    noAudience: 'その条件に合う顧客がいません。条件を広げてみてください。',
    noContent:
      '「{{query}}」について承認済みで有効なコンテンツが見つからないため、出典のない表現は作成しません。',
    campaignMissing: 'キャンペーン「{{campaign}}」が見つかりません。',
    campaignRunning:
      'キャンペーン「{{campaign}}」はすでに実行中のため、バリエーションは変更できません。新しいキャンペーンを作成してください。',
    noSuchVariant_one:
      'キャンペーン「{{campaign}}」のバリエーションは{{count}}件なので、バリエーション{{position}}はありません。',
    noSuchVariant_other:
      'キャンペーン「{{campaign}}」のバリエーションは{{count}}件なので、バリエーション{{position}}はありません。',
    sourcesGone:
      'バリエーション{{position}}が引用している承認済みコンテンツが利用できなくなったため、修正できません。改めて作成してください。',
    launchWaits:
      'キャンペーン {{campaign}} は作成済みですが、まだ開始していません: {{reason}} バリエーションが承認されたら「開始して」と送ってください。',
  },
  bot: {
    busy: 'ただいま混み合っています。1分ほどしてからもう一度お試しください。開始・承認・送信されたものはありません。',
    tooMany_one: 'リクエストの送信が速すぎます。{{count}}秒ほど待ってからもう一度お試しください。',
    tooMany_other: 'リクエストの送信が速すぎます。{{count}}秒ほど待ってからもう一度お試しください。',
    tooSlow:
      '想定より時間がかかっているため、待つのをやめました。処理はバックグラウンドで完了する可能性があります。再度お試しになる前に、1分後にカードか「自分のキャンペーンを表示」で確認してください。',
    working: 'キャンペーンを作成しています…',
    stopped: '中断しました。下のメッセージをご覧ください。',
    done: '完了しました。',
    revised:
      '**{{campaign}}** のバリエーション{{position}}を修正しました（バージョン{{version}}）。再チェック済みで、改めて承認が必要です。',
  },
  tools: {
    segment_customers: '対象顧客を抽出中',
    retrieve_content: '承認済みコンテンツを取得中',
    generate_variants: 'バリエーションを作成中',
    screen_content: '安全性と出典をチェック中',
    run_experiment: '実験のステップを実行中',
    summarize_results: '結果を集計中',
    review_queue: '承認待ちを確認中',
    list_campaigns: 'キャンペーンを一覧中',
    help: 'できることを説明',
  },
  channels: { email: 'メール', sms: 'SMS', push: 'プッシュ通知' },
  draft: {
    drafted_one: 'キャンペーン **{{campaign}}** の{{channel}}バリエーションを{{count}}件作成しました',
    drafted_other: 'キャンペーン **{{campaign}}** の{{channel}}バリエーションを{{count}}件作成しました',
    audience_one: '— 対象: {{segment}}（{{size}}人）。',
    audience_other: '— 対象: {{segment}}（{{size}}人）。',
    passed_one: '{{count}}件が安全性チェックを通過しました{{held}}。',
    passed_other: '{{count}}件が安全性チェックを通過しました{{held}}。',
    held_one: '（{{count}}件は要確認またはブロック）',
    held_other: '（{{count}}件は要確認またはブロック）',
    approver: '各バリエーションは、あなた以外の承認者による承認が必要です。',
    notAppliedHeading: 'ご依頼どおりに反映できなかった点:',
    costNone: 'モデル費用: なし（オフラインで作成）。',
    cost_one: 'モデル費用: {{cost}}（{{count}}回の呼び出し、{{tokens}}トークン）{{perCustomer}}。',
    cost_other: 'モデル費用: {{cost}}（{{count}}回の呼び出し、{{tokens}}トークン）{{perCustomer}}。',
    costPerCustomer: '、顧客1人あたり{{cost}}',
  },
  notApplied: {
    unsupported:
      '「{{condition}}」: 顧客データに該当する項目がないため、この条件では対象を絞り込んでいません。',
    topic:
      '「{{topic}}」に関する承認済みコンテンツがないため、代わりに「{{used}}」を使いました。変更するには別のオファーを指定してください。',
  },
  clarify: {
    whichMeant: 'どれのことでしょうか？',
    draftersOnly:
      'キャンペーンを作成できるのはマーケターだけです。ロールファイルのマーケター一覧に追加するよう管理者に依頼してください。',
    invalidCampaignName: 'キャンペーン名「{{name}}」は無効です。',
    whichCampaign: 'どのキャンペーンですか？',
    noCampaign:
      '{{lead}} まだキャンペーンがありません。まず作成してください（例:「休眠顧客向けに呼び戻しメールを作成して」）。',
    noLaunchedCampaign:
      '{{lead}} 開始済みのキャンペーンがまだありません。まず作成してください（例:「休眠顧客向けに呼び戻しメールを作成して」）。',
    youHave: '{{lead}} お持ちのキャンペーン: {{campaigns}}。',
    fixDetail: '「{{step}}」の前に修正が必要な点があります: {{details}}。修正してもう一度送ってください。',
    pasteToScreen:
      'チェックしたい文章を「これは安全？:」の後に貼り付けるか、キャンペーンの作成を依頼してください。',
    verbs: {
      results: '{{campaign}}の結果を表示',
      startFrom: '{{campaign}}をもとに作成',
      launch: '{{campaign}}を開始',
      simulate: '{{campaign}}をシミュレーション',
      size: '{{campaign}}のサンプルサイズを見積もる',
    },
  },
  help: {
    intros: {
      greeting: 'こんにちは！Customer Personalization Orchestrator です。',
      out_of_scope: 'その内容にはお応えできません。',
      unclear: 'ご依頼の内容がよくわかりませんでした。',
      empty: 'メッセージが空でした。',
      explicit: '私にできることは次のとおりです。',
      not_available: 'それはまだできません。',
    },
    youCanAsk: 'ふだんの言葉で、たとえば次のように頼んでください:',
    examples: {
      draftTitle: 'キャンペーンを作成',
      draft: '90日間購入のない顧客向けに、春のセールを案内する呼び戻しメールを3パターン作成して',
      segmentsTitle: 'セグメントを調べる',
      segments: 'VIP顧客を見せて · 6か月間アクティブでないのは誰？',
      contentTitle: '承認済みコンテンツを探す',
      content: '送料無料に関する承認済みコンテンツを探して',
      checkTitle: '文面をチェック',
      check: 'この文面は安全？「最後のチャンス：全品20%オフ」',
      experimentsTitle: '実験',
      experiments: 'キャンペーン spring-winback の実験を開始して · spring-winback のテストの状況は？',
    },
    capabilities: {
      segment_customers:
        '顧客をコホート（RFM、行動、属性）に分け、それぞれを説明します（例: 90日間購入のない顧客）。',
      retrieve_content: 'テーマに合う承認済みのブランドコンテンツやオファーを、出典付きで探します。',
      generate_variants: '承認済みコンテンツだけに基づいて、セグメント向けのメッセージ案を作成します。',
      screen_content:
        '作成した案や文章に、有害表現、個人情報、プロンプトインジェクション、禁止語、根拠のない主張がないかチェックします。',
      run_experiment:
        '承認済みキャンペーンのA/B/nテストを開始し、反応をシミュレーションし、検出力を見積もります。',
      summarize_results: '実験結果（リフト、信頼区間、有意性、推奨）をまとめます。',
      review_queue: 'あなたの承認を待っているバリエーションを、キャンペーンごとに表示します。',
      list_campaigns:
        'キャンペーンを状態（作成済み、レビュー中、承認済み、実行中、決定済み）、作成者、次の操作とともに一覧表示します。',
      help: 'アシスタントにできることを説明します（あいさつ、不明確な依頼、対象外の依頼のとき）。',
    },
    languages: 'English、Deutsch、Français、Español、Português、日本語に対応しています。',
  },
  generation: {
    noOptIn: '「{{segment}}」に{{channel}}の受信に同意した顧客はいません。',
    englishOnly: 'オフラインのテンプレート生成は英語のみ対応のため、言語「{{language}}」は反映していません。',
    citationsRemoved:
      'バリエーション{{position}}が提供されていないコンテンツを引用していたため、その引用を削除しました。',
    fewer: '依頼された{{requested}}件のうち、作成できたのは{{drafted}}件だけです。',
    heldSource:
      '承認済みコンテンツ「{{title}}」（{{id}}）はモデルへの指示のように読めるため除外しました。コンテンツの担当者に確認を依頼してください。',
    noSources: '文面の根拠となる承認済みコンテンツがまだありません。まずオファーを取得してください。',
    noChannelSources:
      '取得したコンテンツに{{channel}}向けに承認されたものがありません。別のチャネルかオファーを選んでください。',
  },
  segments: {
    title: '顧客セグメント',
    size_one: '{{name}} · {{size}}人',
    size_other: '{{name}} · {{size}}人',
  },
  content: {
    title: '「{{query}}」の承認済みコンテンツ',
    none: '承認済みで有効なコンテンツは見つかりませんでした。',
  },
  safety: {
    title: '安全性チェック: {{headline}}',
    headlines: { pass: '問題は見つかりませんでした', review: '⚠️ 人による確認が必要', block: '⛔ ブロック' },
    said: { pass: '問題なし', review: '人による確認が必要', block: 'ブロック' },
    offlineLabel: 'オフラインでチェック済み（ルールと分類器）',
    screens: {
      local: 'オフラインのルールと分類器',
      azure: 'Azure AI Content Safety',
      policy: 'ブランドポリシーと引用元',
      judge: 'モデルによる判定',
    },
    couldNotJudge: '{{screen}}: 判定できなかったため、人による確認を求めています',
    judgedEarlier: '（判定済み）',
    caveatOffline:
      'この文面はモデルで判定していません。オフラインのチェックは、よくある言葉を使わない有害表現を見逃します。最終確認は承認者が行います。',
    caveatModel: '自動チェックは有害表現を見逃すことがあります。最終確認は承認者が行います。',
    categories: { hate: 'ヘイト', violence: '暴力', selfHarm: '自傷', sexual: '性的表現' },
  },
  lists: {
    titles: {
      mine: '自分のキャンペーン',
      running: '実行中の実験',
      waiting: 'あなたの対応待ち',
      all: 'キャンペーン',
    },
    page_one: '{{page}} / {{pageCount}} ページ · キャンペーン{{count}}件',
    page_other: '{{page}} / {{pageCount}} ページ · キャンペーン{{count}}件',
    previous: '◀ 前へ',
    next: '次へ ▶',
    variants_one: 'バリエーション{{count}}件',
    variants_other: 'バリエーション{{count}}件',
    queueTitle: 'あなたのレビュー待ち',
    inReview_one: 'レビュー中のキャンペーン{{count}}件',
    inReview_other: 'レビュー中のキャンペーン{{count}}件',
    waiting_one: ' · 承認待ちバリエーション{{count}}件',
    waiting_other: ' · 承認待ちバリエーション{{count}}件',
    oldestFirst: ' · 古い順',
    pendingOf: '{{variants}}件中{{pending}}件が承認待ち',
    by: '作成者 {{author}} · {{market}} · {{age}}',
  },
  views: {
    states: {
      drafted: '作成済み',
      in_review: 'レビュー中',
      approved: '承認済み',
      running: '実行中',
      decided: '決定済み',
    },
    ageNow: 'たった今',
    ageHours_one: '{{count}}時間前',
    ageHours_other: '{{count}}時間前',
    ageDays_one: '{{count}}日前',
    ageDays_other: '{{count}}日前',
    allMarkets: '全市場',
    actions: {
      review: 'バリエーションをレビュー',
      show: 'バリエーションを表示',
      revise: 'バリエーションを修正',
      launch: '開始',
      results: '結果を表示',
      open_one: 'バリエーション{{count}}件を開く',
      open_other: 'バリエーション{{count}}件を開く',
    },
    details: {
      inReview: '{{eligible}}件中{{approved}}件承認、{{pending}}件承認待ち',
      rejected: '{{rejected}}件却下: 修正して再提出してください',
      noPass: '安全性チェックを通過したバリエーションはありません',
      approved: '{{approved}}件承認済み: 開始できます',
      running: '実験実行中',
      ship: '決定: 勝者を採用',
      keep: '決定: コントロールを維持',
    },
    empty: {
      mine: 'まだキャンペーンを作成していません。',
      running: '実行中の実験はありません。',
      waiting: 'あなたの対応待ちはありません。',
      all: 'キャンペーンはまだありません。',
      queue: 'あなたのレビュー待ちはありません。',
      notApprover:
        'レビュー待ちの一覧は承認者だけが使えます。承認者一覧に追加するよう管理者に依頼してください。',
    },
  },
  power: {
    launchedTitle: '🚀 実験を開始しました · {{campaign}}',
    checkTitle: '検出力チェック · {{campaign}}',
    notDetectable: '{{lift}}のリフトはクリック率の変化として検出できません。',
    detectable:
      '✅ {{lift}}のリフトは検出できます。必要なのはバリエーションあたり{{needed}}人で、現在{{have}}人です。',
    notEnough: '⚠️ {{lift}}のリフトにはバリエーションあたり{{needed}}人が必要ですが、現在{{have}}人です。',
    audience: '対象',
    customers: '{{size}}人',
    armShare: '{{share}} · 約{{size}}人',
    baseline: '基準クリック率',
    detectableLift: '検出可能なリフト',
    noneRealistic: '現実的な値なし',
    forLift: '{{lift}}のリフトには',
    perArm: 'バリエーションあたり{{size}}人',
    test: '検定',
    testValue_one: '両側、α {{alpha}}を{{count}}件の比較に配分、検出力 {{power}}',
    testValue_other: '両側、α {{alpha}}を{{count}}件の比較に配分、検出力 {{power}}',
    launchedNote: '実験 {{key}}、{{when}} UTCに開始。結果は「{{campaign}}の状況は？」と聞いてください。',
  },
  results: {
    ship: '✅ 採用',
    keepRunning: '⏳ 継続',
    stop: '⛔ 停止',
    chartTitle: 'バリエーション別クリック率（配信済み受信者に対する%、95%信頼区間）',
    arm: 'バリエーション',
    clickRateBar: 'クリック率（バー: 最大値に対する割合）',
    rateCi: '率（95%信頼区間）',
    clickRateAxis: 'クリック率（%）',
    noClicksYet: 'クリックはまだありません',
    rateOf: '{{recipients}}人中 {{rate}}',
    baseline: '基準',
    liftAndChance: '{{lift}}、勝つ確率 {{chance}}',
    guardrailsNoData: 'ガードレール: まだデータが足りません。',
    guardrailsOk: '✅ ガードレール: 配信停止や苦情の有意な増加はありません。',
    guardrailsDegraded: '⛔ ガードレール: {{checks}}。',
    raisesUnsubscribes: '{{arm}}で配信停止率が上昇',
    raisesComplaints: '{{arm}}で苦情率が上昇',
    progress: '進捗: {{progress}}',
    title: '実験結果 · {{campaign}}',
    noEngagement: 'まだ反応は記録されていません',
    dataThrough: '{{when}}までのデータ · イベント{{events}}件',
    sampleReached: '予定したサンプル数に達しました。',
    sampleProgress: '予定サンプルの{{share}}。',
    sampleProgressEta: '予定サンプルの{{share}}。{{date}}ごろ完了の見込みです。',
    srm: '⛔ サンプル比率の不一致: 結果は信頼できません',
    simulated: '真のリフト{{lift}}%で{{days}}日分の反応をシミュレーションしました。',
    simulatedCompressed:
      '真のリフト{{lift}}%で{{days}}日分の反応をシミュレーションし、未来の日付のイベントが出ないよう開始以降の期間に圧縮しました。',
  },
};
