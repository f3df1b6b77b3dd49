import type { TemplateGoal } from './campaignGoal';

/**
 * Template families: for every goal, one family per angle, each with two alternatives so up to
 * ten variants differ. Text here must carry no facts (no numbers, prices, dates or offer terms):
 * every fact in the copy comes verbatim from a cited document's `Key facts`.
 * Slots: `[headline]`, `[ends]` (filled from facts) and `{{firstName}}` (filled at send time).
 */
export const ANGLES = ['urgency', 'benefit', 'community', 'personal', 'direct'] as const;
export type Angle = (typeof ANGLES)[number];

export interface CopyFamily {
  angle: Angle;
  /** Email subject candidates per alternative, first one that can be filled and fits wins. */
  subjects: readonly [readonly string[], readonly string[]];
  /** Opening sentence of the email, per alternative. */
  hooks: readonly [string, string];
  /** At most 32 characters: the opening of SMS and push messages, per alternative. */
  shortHooks: readonly [string, string];
}

/**
 * How each angle introduces the offer (in email, and shorter in SMS/push) and its end date. Leads end
 * with a colon because offers are written both as noun phrases ("20% off …") and as imperatives
 * ("give a friend $15 …"), and a colon reads well before either.
 */
export const ANGLE_PHRASES: Readonly<
  Record<Angle, { offerLead: string; shortLead: string; endsLead: string }>
> = {
  urgency: { offerLead: 'Do not miss it:', shortLead: 'Do not miss it:', endsLead: 'The offer ends' },
  benefit: {
    offerLead: 'Here is what is waiting for you:',
    shortLead: 'Good news:',
    endsLead: 'Valid until',
  },
  community: { offerLead: 'Join fellow explorers:', shortLead: 'Join us:', endsLead: 'Available until' },
  personal: { offerLead: 'Your offer:', shortLead: 'Yours:', endsLead: 'Use it by' },
  direct: { offerLead: 'The details:', shortLead: 'Offer:', endsLead: 'Ends' },
};

export const COPY_FAMILIES: Readonly<Record<TemplateGoal, readonly CopyFamily[]>> = {
  winback: [
    {
      angle: 'urgency',
      subjects: [
        ['{{firstName}}, your comeback offer ends [ends]', 'Your comeback offer ends [ends]'],
        ['Last call: [headline]'],
      ],
      hooks: [
        'It has been a while, and your comeback offer will not wait forever.',
        'Your next adventure is calling, and this offer has an end date.',
      ],
      shortHooks: ['Your comeback offer is waiting.', 'Time to come back?'],
    },
    {
      angle: 'benefit',
      subjects: [['[headline]'], ['Come back to gear built to last']],
      hooks: [
        'Come back to gear that is built to last and easy to repair.',
        'Your next trip deserves gear you can count on.',
      ],
      shortHooks: ['Gear up again for less.', 'Your next trip starts here.'],
    },
    {
      angle: 'community',
      subjects: [
        ['The trail crew misses you, {{firstName}}', 'The trail crew misses you'],
        ['There is room for you on the trail'],
      ],
      hooks: [
        'The Contoso Outfitters trail crew has missed you.',
        'There is always room for you on the trail.',
      ],
      shortHooks: ['The trail crew misses you.', 'Rejoin the trail crew.'],
    },
    {
      angle: 'personal',
      subjects: [
        ['{{firstName}}, we saved something for you', 'We saved something for you'],
        ['{{firstName}}, we miss you', 'We miss you'],
      ],
      hooks: ['We saved something for you, {{firstName}}.', '{{firstName}}, we miss seeing you around.'],
      shortHooks: ['{{firstName}}, we miss you.', 'Saved for you, {{firstName}}.'],
    },
    {
      angle: 'direct',
      subjects: [['We miss you: [headline]', '[headline]'], ['Welcome back to Contoso Outfitters']],
      hooks: ['We miss you.', 'Welcome back, whenever you are ready.'],
      shortHooks: ['We miss you!', 'Welcome back.'],
    },
  ],
  promotion: [
    {
      angle: 'urgency',
      subjects: [
        ['[headline], ends [ends]', '[headline]'],
        ['Ends [ends]: [headline]', 'Do not miss this one'],
      ],
      hooks: ['This one has an end date, so plan your next trip now.', 'Good deals do not last forever.'],
      shortHooks: ['Do not miss this one.', 'Ending soon.'],
    },
    {
      angle: 'benefit',
      subjects: [['[headline]'], ['More trail time for less: [headline]', 'More trail time for less']],
      hooks: ['Gear up for your next adventure for less.', 'More trail time, less spending.'],
      shortHooks: ['Gear up for less.', 'More trail, less spend.'],
    },
    {
      angle: 'community',
      subjects: [
        ['Explorers are gearing up: [headline]', 'Explorers are gearing up'],
        ['Join the crew: [headline]', 'Join the crew'],
      ],
      hooks: [
        'Explorers everywhere are getting ready for the season.',
        'Join the Contoso Outfitters community out on the trail.',
      ],
      shortHooks: ['Explorers are gearing up.', 'Join the crew on the trail.'],
    },
    {
      angle: 'personal',
      subjects: [
        ['{{firstName}}, this one is for you', 'This one is for you'],
        ['Picked for you, {{firstName}}', 'Picked for you'],
      ],
      hooks: ['{{firstName}}, this one is for you.', 'We picked this for you, {{firstName}}.'],
      shortHooks: ['{{firstName}}, this is for you.', 'Picked for you, {{firstName}}.'],
    },
    {
      angle: 'direct',
      subjects: [
        ['[headline]'],
        ['News from Contoso Outfitters: [headline]', 'News from Contoso Outfitters'],
      ],
      hooks: ['Here is our latest offer.', 'A quick heads-up from Contoso Outfitters.'],
      shortHooks: ['New offer.', 'Quick heads-up.'],
    },
  ],
  welcome: [
    {
      angle: 'urgency',
      subjects: [
        ['Your welcome offer ends [ends]', 'Your welcome offer is ready'],
        ['Start your first adventure soon'],
      ],
      hooks: [
        'Welcome aboard. Your welcome offer is ready, so make the most of it.',
        'Your first adventure with us starts now.',
      ],
      shortHooks: ['Your welcome offer is ready.', 'Start your first trip.'],
    },
    {
      angle: 'benefit',
      subjects: [['[headline]'], ['Welcome to gear built to last']],
      hooks: [
        'Welcome to gear that is built to last and easy to repair.',
        'Everything you need for the trail, in one place.',
      ],
      shortHooks: ['Welcome to gear that lasts.', 'Trail-ready from day one.'],
    },
    {
      angle: 'community',
      subjects: [
        ['Welcome to the trail crew, {{firstName}}', 'Welcome to the trail crew'],
        ['You are one of us now'],
      ],
      hooks: ['Welcome to the Contoso Outfitters trail crew.', 'You just joined a community of explorers.'],
      shortHooks: ['Welcome to the trail crew.', 'You are one of us now.'],
    },
    {
      angle: 'personal',
      subjects: [
        ['{{firstName}}, welcome to Contoso Outfitters', 'Welcome to Contoso Outfitters'],
        ['A welcome gift for you, {{firstName}}', 'A welcome gift for you'],
      ],
      hooks: ['{{firstName}}, we are glad you are here.', 'A warm welcome to you, {{firstName}}.'],
      shortHooks: ['Welcome, {{firstName}}.', 'Glad you joined, {{firstName}}.'],
    },
    {
      angle: 'direct',
      subjects: [['Welcome: [headline]', '[headline]'], ['Welcome to Contoso Outfitters']],
      hooks: ['Welcome to Contoso Outfitters.', 'Thanks for signing up.'],
      shortHooks: ['Welcome!', 'Thanks for signing up.'],
    },
  ],
  loyalty: [
    {
      angle: 'urgency',
      subjects: [
        ['Your member perk ends [ends]', 'Your member perk is waiting'],
        ['Members first: [headline]', 'Members first'],
      ],
      hooks: ['Your member perk has an end date, so put it to good use.', 'Members hear about this first.'],
      shortHooks: ['Your member perk is waiting.', 'Members hear it first.'],
    },
    {
      angle: 'benefit',
      subjects: [['[headline]'], ['More from every trip with Trail Rewards']],
      hooks: ['Being a member pays off on every trip.', 'Get more from every purchase.'],
      shortHooks: ['Membership pays off.', 'Get more from every order.'],
    },
    {
      angle: 'community',
      subjects: [
        ['Thanks for being part of the crew, {{firstName}}', 'Thanks for being part of the crew'],
        ['For our most loyal explorers'],
      ],
      hooks: [
        'Thank you for being part of the Contoso Outfitters crew.',
        'Our most loyal explorers deserve a thank you.',
      ],
      shortHooks: ['Thanks for being one of us.', 'For our loyal explorers.'],
    },
    {
      angle: 'personal',
      subjects: [
        ['{{firstName}}, a thank you from us', 'A thank you from us'],
        ['Just for you, {{firstName}}', 'Just for you'],
      ],
      hooks: ['{{firstName}}, thank you for sticking with us.', 'This one is just for you, {{firstName}}.'],
      shortHooks: ['Thank you, {{firstName}}.', 'Just for you, {{firstName}}.'],
    },
    {
      angle: 'direct',
      subjects: [['Member update: [headline]', '[headline]'], ['Your member news']],
      hooks: ['Here is your member update.', 'News for members.'],
      shortHooks: ['Member update.', 'Member news.'],
    },
  ],
  announcement: [
    {
      angle: 'urgency',
      subjects: [['Now available: [headline]', 'Now available'], ['Be first on the trail with this']],
      hooks: ['It is here, and it will not sit on the shelf for long.', 'Be among the first to try it.'],
      shortHooks: ['Just landed.', 'Be the first to try it.'],
    },
    {
      angle: 'benefit',
      subjects: [['[headline]'], ['Made for your next adventure']],
      hooks: ['Made for your next adventure.', 'Built to last and easy to repair.'],
      shortHooks: ['Made for your next trip.', 'Built to last.'],
    },
    {
      angle: 'community',
      subjects: [
        ['New for the trail crew: [headline]', 'New for the trail crew'],
        ['Explorers, meet your new favorite'],
      ],
      hooks: ['New for the Contoso Outfitters trail crew.', 'Explorers, meet your new favorite.'],
      shortHooks: ['New for the trail crew.', 'Meet your new favorite.'],
    },
    {
      angle: 'personal',
      subjects: [
        ['{{firstName}}, you will want to see this', 'You will want to see this'],
        ['Picked for your next trip, {{firstName}}', 'Picked for your next trip'],
      ],
      hooks: ['{{firstName}}, we think you will like this.', 'Picked for your next trip, {{firstName}}.'],
      shortHooks: ['{{firstName}}, see what is new.', 'New for you, {{firstName}}.'],
    },
    {
      angle: 'direct',
      subjects: [['Introducing: [headline]', '[headline]'], ['New at Contoso Outfitters']],
      hooks: ['Here is what is new.', 'Introducing something new.'],
      shortHooks: ['What is new.', 'Introducing.'],
    },
  ],
};
