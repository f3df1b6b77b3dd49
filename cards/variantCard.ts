import * as ACData from 'adaptivecards-templating';
import template from './templates/variant.json';
import { CARD_VERBS, type AdaptiveCard } from './adaptiveCard';
import {
  REJECTION_REASONS,
  REJECTION_REASON_LABELS,
  type Campaign,
  type VariantReview,
} from '../src/domain/campaign';
import type { SafetyResult, Verdict } from '../src/domain/variant';
import { describeScreens } from './screenLabels';

/** Parsed once: building a Template parses every expression in it, expanding only binds the data. */
const VARIANT_TEMPLATE = new ACData.Template(template);

export interface VariantCardInput {
  campaign: Campaign;
  review: VariantReview;
  /** 1-based position and total, e.g. "Variant 2 of 3". */
  position: number;
  total: number;
  /** Users whose clients refresh the card automatically (Universal Actions; Teams caps this at 60). */
  refreshUserIds: string[];
}

const VERDICT_COLORS: Record<Verdict, string> = { pass: 'Good', review: 'Warning', block: 'Attention' };

const CHANNEL_LABELS = { email: 'Email', sms: 'SMS', push: 'Push notification' } as const;

function statusView(review: VariantReview): { label: string; color: string } {
  if (review.variant.safety?.verdict === 'block') return { label: 'Blocked', color: 'Attention' };
  if (review.status === 'approved') return { label: 'Approved', color: 'Good' };
  if (review.status === 'rejected') return { label: 'Rejected', color: 'Attention' };
  return { label: 'Pending approval', color: 'Warning' };
}

function formatTime(iso: string): string {
  return `${iso.slice(0, 16).replace('T', ' ')} UTC`;
}

function decisionText(review: VariantReview): string {
  if (review.status === 'rejected' && review.rejection) {
    const { by, at, reason, comment } = review.rejection;
    const why = REJECTION_REASON_LABELS[reason] + (comment ? `: ${comment}` : '');
    return `Rejected by ${by.name} on ${formatTime(at)} (${why})`;
  }
  if (review.approvals.length > 0) {
    return review.approvals
      .map((decision) => `Approved by ${decision.by.name} on ${formatTime(decision.at)}`)
      .join('\n\n');
  }
  return '';
}

function findingsOf(safety: SafetyResult | undefined): Array<{ text: string }> {
  if (!safety) return [{ text: 'Not screened yet.' }];
  return safety.findings.map((finding) => ({ text: `${finding.reason}: ${finding.detail}` }));
}

/** The safety section: the verdict in words, each screen that ran and what it said, and its limits. */
function safetyView(safety: SafetyResult | undefined) {
  if (safety === undefined) {
    return {
      verdictLabel: 'Not screened',
      verdictColor: 'Warning',
      screens: [],
      caveat: '',
      hasCaveat: false,
    };
  }
  const labels = describeScreens(safety);
  return {
    verdictLabel: labels.headline,
    verdictColor: VERDICT_COLORS[safety.verdict],
    screens: labels.screens.map((text) => ({ text })),
    caveat: labels.caveat,
    hasCaveat: labels.caveat !== '',
  };
}

function editAction(campaignId: string, review: VariantReview): Record<string, unknown> {
  const { variant } = review;
  return {
    type: 'Action.ShowCard',
    title: 'Edit',
    card: {
      type: 'AdaptiveCard',
      body: [
        ...(variant.subject === undefined
          ? []
          : [
              { type: 'Input.Text', id: 'subject', label: 'Subject', value: variant.subject, maxLength: 200 },
            ]),
        {
          type: 'Input.Text',
          id: 'body',
          label: 'Message',
          value: variant.body,
          isMultiline: true,
          isRequired: true,
          errorMessage: 'The message must not be empty',
          maxLength: 4000,
        },
        {
          type: 'TextBlock',
          text: 'Saving screens the new copy again and withdraws earlier approvals.',
          isSubtle: true,
          wrap: true,
          size: 'Small',
        },
      ],
      actions: [
        {
          type: 'Action.Execute',
          title: 'Save edit',
          verb: CARD_VERBS.edit,
          associatedInputs: 'auto',
          data: { campaignId, variantId: variant.id },
        },
      ],
    },
  };
}

function actionsFor(campaignId: string, review: VariantReview): Array<Record<string, unknown>> {
  const blocked = review.variant.safety?.verdict === 'block';
  if (blocked || review.status !== 'pending') return [editAction(campaignId, review)];
  const data = { campaignId, variantId: review.variant.id };
  return [
    { type: 'Action.Execute', title: 'Approve', verb: CARD_VERBS.approve, style: 'positive', data },
    {
      type: 'Action.ShowCard',
      title: 'Reject',
      card: {
        type: 'AdaptiveCard',
        body: [
          {
            type: 'Input.ChoiceSet',
            id: 'reason',
            label: 'Reason',
            isRequired: true,
            errorMessage: 'Pick a reason',
            choices: REJECTION_REASONS.map((code) => ({ title: REJECTION_REASON_LABELS[code], value: code })),
          },
          { type: 'Input.Text', id: 'comment', label: 'Comment', isMultiline: true, maxLength: 500 },
        ],
        actions: [
          {
            type: 'Action.Execute',
            title: 'Confirm rejection',
            verb: CARD_VERBS.reject,
            style: 'destructive',
            associatedInputs: 'auto',
            data,
          },
        ],
      },
    },
    editAction(campaignId, review),
  ];
}

/** The card that shows one variant: segment, copy, cited sources, safety verdict, review state and buttons. */
export function buildVariantCard(input: VariantCardInput): AdaptiveCard {
  const { campaign, review, position, total } = input;
  const { variant } = review;
  const status = statusView(review);
  const safety = safetyView(variant.safety);
  const data = {
    campaignId: campaign.id,
    variantId: variant.id,
    refreshUserIds: input.refreshUserIds.slice(0, 60),
    heading: `Variant ${position} of ${total}`,
    channelLabel: CHANNEL_LABELS[variant.channel],
    statusLabel: status.label,
    statusColor: status.color,
    segmentName: campaign.segment.name,
    segmentSize: campaign.segment.size.toLocaleString('en-US'),
    segmentExplanation: campaign.segment.explanation,
    hasSubject: variant.subject !== undefined && variant.subject !== '',
    subject: variant.subject ?? '',
    body: variant.body,
    citations: variant.citations.map((citation, index) => ({
      number: index + 1,
      title: citation.title,
      id: citation.id,
    })),
    noCitations: variant.citations.length === 0,
    ...safety,
    severities: variant.safety?.categories ?? { hate: '?', violence: '?', selfHarm: '?', sexual: '?' },
    findings: findingsOf(variant.safety),
    hasDecision: decisionText(review) !== '',
    decisionText: decisionText(review),
    actions: actionsFor(campaign.id, review),
  };
  return VARIANT_TEMPLATE.expand({ $root: data }) as AdaptiveCard;
}
