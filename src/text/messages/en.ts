/**
 * English replies: the reference catalog. Every other language has exactly these keys (the type of this
 * object is the type of every catalog), with the same `{{placeholders}}`. Plural forms use i18next's
 * `_one` / `_other` suffixes, chosen by `count` through Intl.PluralRules.
 */
export const en = {
  common: {
    sorry: 'Sorry — {{message}}',
    listSeparator: ', ',
  },
  errors: {
    internal: 'Something went wrong on my side. Please try again.',
    /** An error whose detail exists only in English: a localized lead, the code, then the detail. */
    withDetail: '{{reason}} ({{code}}): {{message}}',
    codes: {
      INVALID_INPUT: 'Something in the request is not valid',
      NOT_FOUND: 'Not found',
      FORBIDDEN: 'Not allowed',
      CONFLICT: "That can't be done right now",
      UNAVAILABLE: 'A service is not available',
      CONFIG: 'The bot is not configured for this',
      INTERNAL: 'Something went wrong on my side',
    },
    noAudience: 'No customers match that audience. Try a broader description.',
    noContent:
      "I found no approved, currently valid content about “{{query}}”, so I won't draft claims without a source.",
    campaignMissing: "I can't find campaign “{{campaign}}”.",
    campaignRunning:
      "Campaign “{{campaign}}” is already running, so its variants can't change. Draft a new campaign instead.",
    noSuchVariant_one: 'Campaign “{{campaign}}” has {{count}} variant, so there is no variant {{position}}.',
    noSuchVariant_other:
      'Campaign “{{campaign}}” has {{count}} variants, so there is no variant {{position}}.',
    sourcesGone:
      "The approved content variant {{position}} cites is no longer available, so I can't revise it. Draft it again instead.",
    launchWaits:
      'Campaign {{campaign}} is drafted but not launched yet: {{reason}} Once approvers have approved its variants, say “launch it”.',
  },
  bot: {
    busy: "I'm busy right now, please try again in a minute. Nothing was started, approved or sent.",
    tooMany_one:
      "You're sending requests faster than I can handle them. Please wait about {{count}} second and try again.",
    tooMany_other:
      "You're sending requests faster than I can handle them. Please wait about {{count}} seconds and try again.",
    tooSlow:
      'This is taking longer than it should, so I stopped waiting. It may still finish in the background: check the card or "show my campaigns" in a minute before trying again.',
    working: 'Working on your campaign…',
    stopped: 'Stopped — see the message below.',
    done: 'Done.',
    revised:
      'Revised variant {{position}} of **{{campaign}}** (version {{version}}); it was screened again and needs a new approval.',
  },
  tools: {
    segment_customers: 'Finding the audience',
    retrieve_content: 'Retrieving approved content',
    generate_variants: 'Drafting variants',
    screen_content: 'Screening for safety and grounding',
    run_experiment: 'Running the experiment step',
    summarize_results: 'Summarizing results',
    review_queue: 'Reading the review queue',
    list_campaigns: 'Listing campaigns',
    help: 'Explaining what I can do',
  },
  channels: { email: 'email', sms: 'sms', push: 'push' },
  draft: {
    drafted_one: 'Drafted {{count}} {{channel}} variant for campaign **{{campaign}}**',
    drafted_other: 'Drafted {{count}} {{channel}} variants for campaign **{{campaign}}**',
    audience_one: '— audience: {{segment}} ({{size}} customer).',
    audience_other: '— audience: {{segment}} ({{size}} customers).',
    passed_one: '{{count}} passed the safety screen{{held}}.',
    passed_other: '{{count}} passed the safety screen{{held}}.',
    held_one: ', {{count}} need review or were blocked',
    held_other: ', {{count}} need review or were blocked',
    approver: 'An approver other than you must approve each variant.',
    notAppliedHeading: 'Not applied as asked:',
    costNone: 'Model cost: none (drafted offline).',
    cost_one: 'Model cost: {{cost}} for {{count}} call ({{tokens}} tokens){{perCustomer}}.',
    cost_other: 'Model cost: {{cost}} for {{count}} calls ({{tokens}} tokens){{perCustomer}}.',
    costPerCustomer: ', {{cost}} per customer',
  },
  notApplied: {
    unsupported:
      '“{{condition}}”: the customer data has no field for this, so the audience is not narrowed by it.',
    topic:
      'No approved content about “{{topic}}” — I used “{{used}}” instead. Name another offer to change it.',
  },
  clarify: {
    whichMeant: 'Which of these did you mean?',
    draftersOnly:
      'Only marketers can draft campaigns. Ask an admin to add you to the marketers list in the roles file.',
    invalidCampaignName: 'The campaign name “{{name}}” is not valid.',
    whichCampaign: 'Which campaign?',
    noCampaign:
      '{{lead}} There is no campaign yet — draft one first, e.g. “draft a win-back email for lapsed customers”.',
    noLaunchedCampaign:
      '{{lead}} There is no launched campaign yet — draft one first, e.g. “draft a win-back email for lapsed customers”.',
    youHave: '{{lead}} You have: {{campaigns}}.',
    fixDetail:
      'I need one detail changed before “{{step}}”: {{details}}. Could you say it again with that fixed?',
    pasteToScreen: 'Paste the text you want checked after “is this safe:”, or ask me to draft a campaign.',
    verbs: {
      results: 'Show results for {{campaign}}',
      startFrom: 'Start from {{campaign}}',
      launch: 'Launch {{campaign}}',
      simulate: 'Simulate {{campaign}}',
      size: 'Size {{campaign}}',
    },
  },
  help: {
    intros: {
      greeting: "Hi! I'm the Customer Personalization Orchestrator.",
      out_of_scope: "That's outside what I can help with.",
      unclear: "I'm not sure what you'd like me to do.",
      empty: 'Your message was empty.',
      explicit: 'Here is what I can do.',
      not_available: "I can't do that yet.",
    },
    youCanAsk: 'You can ask me, in your own words:',
    examples: {
      draftTitle: 'Draft a campaign',
      draft:
        'Draft a win-back email for customers who haven’t bought in 90 days, promote the spring sale, 3 variants',
      segmentsTitle: 'Explore segments',
      segments: 'Show me the VIP customers · Who has been inactive for 6 months?',
      contentTitle: 'Find approved content',
      content: 'Find approved content about free shipping',
      checkTitle: 'Check copy',
      check: 'Is this copy safe: “Last chance: 20% off everything”',
      experimentsTitle: 'Experiments',
      experiments:
        'Launch the experiment for campaign spring-winback · How is the spring-winback test doing?',
    },
    /** English uses the tool registry's own descriptions; these are its wording, for the translations. */
    capabilities: {
      segment_customers:
        'Group customers into cohorts (RFM, behaviour or attributes) and explain each cohort, e.g. customers inactive for 90 days.',
      retrieve_content: 'Find approved brand content and offers relevant to a query, with citations.',
      generate_variants:
        'Draft message variants for the segment, grounded only in the retrieved approved content.',
      screen_content:
        'Screen drafted variants or a text for harm, PII, prompt injection, blocklisted terms and ungrounded claims.',
      run_experiment:
        'Launch an A/B/n experiment for an approved campaign, simulate engagement or estimate power.',
      summarize_results:
        'Summarize experiment results: lift, confidence intervals, significance and a recommendation.',
      review_queue:
        'Show the approver the variants waiting for their decision, grouped by campaign ("show me pending approvals").',
      list_campaigns:
        'List campaigns with their state (drafted, in review, approved, running, decided), author and next action.',
      help: 'Explain what the assistant can do. Used for greetings, unclear or out-of-scope requests.',
    },
    languages: 'I understand English, Deutsch, Français, Español, Português and 日本語.',
  },
  generation: {
    noOptIn: 'No one in "{{segment}}" has opted in to {{channel}}.',
    englishOnly: 'The offline template generator writes English only; "{{language}}" was not applied.',
    citationsRemoved:
      'Variant {{position}} cited content that was not provided; those citations were removed.',
    fewer: 'Only {{drafted}} of {{requested}} requested variants could be drafted.',
    heldSource:
      'Approved content “{{title}}” ({{id}}) was left out: it reads like an instruction to the model. Ask the content owner to check it.',
    noSources: 'There is no approved content to ground the copy in yet. Retrieve an offer first.',
    noChannelSources:
      'None of the retrieved content is approved for {{channel}}. Pick another channel or offer.',
  },
  segments: {
    title: 'Customer segments',
    size_one: '{{name}} · {{size}} customer',
    size_other: '{{name}} · {{size}} customers',
  },
  content: {
    title: 'Approved content for “{{query}}”',
    none: 'No approved, currently valid content matches.',
  },
  safety: {
    title: 'Safety check: {{headline}}',
    headlines: { pass: 'No issues found', review: '⚠️ Needs human review', block: '⛔ Blocked' },
    said: { pass: 'no issues found', review: 'needs human review', block: 'blocked' },
    offlineLabel: 'Screened offline (rules and classifier)',
    screens: {
      local: 'Offline rules and classifier',
      azure: 'Azure AI Content Safety',
      policy: 'Brand policy and cited sources',
      judge: 'Model judge',
    },
    couldNotJudge: '{{screen}}: could not judge, so it asks for human review',
    judgedEarlier: ' (judged earlier)',
    caveatOffline:
      'No model judged this copy: the offline screen misses harm said without the usual words. The approver is the last line.',
    caveatModel: 'Automated screens can miss harm; the approver is the last line.',
    categories: { hate: 'Hate', violence: 'Violence', selfHarm: 'Self-harm', sexual: 'Sexual' },
  },
  lists: {
    titles: {
      mine: 'My campaigns',
      running: 'Running experiments',
      waiting: 'Waiting for you',
      all: 'Campaigns',
    },
    page_one: 'Page {{page}} of {{pageCount}} · {{count}} campaign',
    page_other: 'Page {{page}} of {{pageCount}} · {{count}} campaigns',
    previous: '◀ Previous',
    next: 'Next ▶',
    variants_one: '{{count}} variant',
    variants_other: '{{count}} variants',
    queueTitle: 'Waiting for your review',
    inReview_one: '{{count}} campaign in review',
    inReview_other: '{{count}} campaigns in review',
    waiting_one: ' · {{count}} variant waiting',
    waiting_other: ' · {{count}} variants waiting',
    oldestFirst: ' · oldest first',
    pendingOf: '{{pending}} of {{variants}} waiting',
    by: 'By {{author}} · {{market}} · {{age}}',
  },
  views: {
    states: {
      drafted: 'Drafted',
      in_review: 'In review',
      approved: 'Approved',
      running: 'Running',
      decided: 'Decided',
    },
    ageNow: 'just now',
    ageHours_one: '{{count}} h ago',
    ageHours_other: '{{count}} h ago',
    ageDays_one: '{{count}} day ago',
    ageDays_other: '{{count}} days ago',
    allMarkets: 'All markets',
    actions: {
      review: 'Review variants',
      show: 'Show variants',
      revise: 'Revise variants',
      launch: 'Launch',
      results: 'Show results',
      open_one: 'Open {{count}} variant',
      open_other: 'Open {{count}} variants',
    },
    details: {
      inReview: '{{approved}} of {{eligible}} approved, {{pending}} waiting',
      rejected: '{{rejected}} rejected: revise and resubmit',
      noPass: 'no variant passed the safety screen',
      approved: '{{approved}} approved: ready to launch',
      running: 'experiment running',
      ship: 'decided: ship the winner',
      keep: 'decided: keep the control',
    },
    empty: {
      mine: "You haven't drafted a campaign yet.",
      running: 'No experiment is running.',
      waiting: 'Nothing is waiting for you.',
      all: 'No campaigns yet.',
      queue: 'Nothing is waiting for your review.',
      notApprover: 'Only approvers have a review queue. Ask an admin to add you to the approvers list.',
    },
  },
  power: {
    launchedTitle: '🚀 Experiment launched · {{campaign}}',
    checkTitle: 'Power check · {{campaign}}',
    notDetectable: 'A {{lift}} lift is not a detectable change of the click rate.',
    detectable:
      '✅ A {{lift}} lift is detectable: it needs {{needed}} customers per arm and you have {{have}}.',
    notEnough: '⚠️ A {{lift}} lift needs {{needed}} customers per arm; you have {{have}}.',
    audience: 'Audience',
    customers: '{{size}} customers',
    armShare: '{{share}} · ~{{size}} customers',
    baseline: 'Baseline click rate',
    detectableLift: 'Detectable lift',
    noneRealistic: 'none realistic',
    forLift: 'For a {{lift}} lift',
    perArm: '{{size}} customers per arm',
    test: 'Test',
    testValue_one: 'two-sided, α {{alpha}} split over {{count}} comparison, power {{power}}',
    testValue_other: 'two-sided, α {{alpha}} split over {{count}} comparisons, power {{power}}',
    launchedNote: 'Experiment {{key}}, launched {{when}} UTC. Ask "how is {{campaign}} doing?" for results.',
  },
  results: {
    ship: '✅ Ship',
    keepRunning: '⏳ Keep running',
    stop: '⛔ Stop',
    chartTitle: 'Click rate by arm (% of delivered recipients, 95% CI)',
    arm: 'Arm',
    clickRateBar: 'Click rate (bar: share of the highest)',
    rateCi: 'Rate (95% CI)',
    clickRateAxis: 'Click rate (%)',
    noClicksYet: 'no clicks yet',
    rateOf: '{{rate}} of {{recipients}}',
    baseline: 'baseline',
    liftAndChance: '{{lift}}, chance to win {{chance}}',
    guardrailsNoData: 'Guardrails: not enough data yet.',
    guardrailsOk: '✅ Guardrails: no significant rise in unsubscribes or complaints.',
    guardrailsDegraded: '⛔ Guardrails: {{checks}}.',
    raisesUnsubscribes: '{{arm}} raises the unsubscribe rate',
    raisesComplaints: '{{arm}} raises the complaint rate',
    progress: 'Progress: {{progress}}',
    title: 'Experiment results · {{campaign}}',
    noEngagement: 'No engagement recorded yet',
    dataThrough: 'Data through {{when}} · {{events}} events',
    sampleReached: 'Planned sample reached.',
    sampleProgress: '{{share}} of the planned sample.',
    sampleProgressEta: '{{share}} of the planned sample, expected complete around {{date}}.',
    srm: '⛔ Sample ratio mismatch: results untrustworthy',
    simulated: 'Simulated {{days}} days of engagement with a true lift of {{lift}}%.',
    simulatedCompressed:
      "Simulated {{days}} days' worth of engagement with a true lift of {{lift}}%, squeezed into the time since launch so no event is dated in the future.",
  },
} as const;
