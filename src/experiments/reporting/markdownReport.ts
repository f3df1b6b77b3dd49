import type { ExperimentDefinition } from '../definition/experimentDefinition';
import { formatPercent } from '../../text/numberFormat';
import type { ExperimentResults } from '../../domain/experimentResults';
import {
  freshnessSentence,
  guardrailTable,
  headerLine,
  holdoutTable,
  METHOD_NOTES,
  primaryTable,
  progressSentence,
  secondaryTable,
  segmentTable,
  srmSentence,
  srmTable,
  type Table,
} from './reportSections';
import type { VariantExplanation } from './variantExplanations';
import type { RejectionTally } from '../../campaigns/rejectionFeedback';

const BAR_WIDTH = 32;

/** Escapes text from campaigns and variants so it renders literally (no links, HTML or tables broken). */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\r?\n/g, ' ')
    .replace(/[\\`*_[\]<>|#!~]/g, (character) => `\\${character}`)
    .replace(/&/g, '&amp;');
}

function table(data: Table): string {
  const cell = (text: string): string => escapeMarkdown(text);
  const align = data.headers.map((_, index) => (data.numeric.includes(index) ? '---:' : '---'));
  return [
    `| ${data.headers.map(cell).join(' | ')} |`,
    `| ${align.join(' | ')} |`,
    ...data.rows.map((row) => `| ${row.map(cell).join(' | ')} |`),
  ].join('\n');
}

/** A text bar chart of click rates (renders anywhere Markdown does; the HTML report has the SVG charts). */
function clickRateBars(results: ExperimentResults): string | undefined {
  const arms = results.arms.filter((arm) => arm.clickRate !== null && arm.recipients > 0);
  const max = Math.max(...arms.map((arm) => arm.clickRate ?? 0));
  if (arms.length === 0 || max <= 0) return undefined;
  const width = Math.max(...arms.map((arm) => arm.label.length));
  const lines = arms.map((arm) => {
    const rate = arm.clickRate ?? 0;
    const bar = '█'.repeat(Math.max(1, Math.round((rate / max) * BAR_WIDTH)));
    return `${arm.label.padEnd(width)}  ${bar} ${formatPercent(rate)}`;
  });
  return ['```text', ...lines, '```'].join('\n');
}

function explanationSection(explanation: VariantExplanation): string {
  const lines = [`### ${escapeMarkdown(explanation.label)} (${escapeMarkdown(explanation.arm)})`, ''];
  if (explanation.subject !== undefined) lines.push(`- **Subject:** ${escapeMarkdown(explanation.subject)}`);
  lines.push(`- **Message:** ${escapeMarkdown(explanation.body)}`);
  lines.push(
    `- **Written for:** ${escapeMarkdown(explanation.segmentName)}${explanation.segmentExplanation ? ` — ${escapeMarkdown(explanation.segmentExplanation)}` : ''}`,
  );
  if (explanation.traits.length > 0)
    lines.push(`- **Segment traits:** ${explanation.traits.map(escapeMarkdown).join('; ')}`);
  if (explanation.sources.length === 0) lines.push('- **Sources:** none cited');
  else {
    lines.push('- **Sources:**');
    for (const source of explanation.sources) {
      lines.push(
        `  - \`${source.id.replace(/`/g, "'")}\` ${escapeMarkdown(source.title)}: “${escapeMarkdown(source.excerpt)}”`,
      );
    }
  }
  lines.push(`- **Generator / template:** \`${explanation.generator.replace(/`/g, "'")}\``);
  if (explanation.safetyVerdict)
    lines.push(`- **Safety screen:** ${escapeMarkdown(explanation.safetyVerdict)}`);
  if (explanation.approvedBy.length > 0)
    lines.push(`- **Approved by:** ${explanation.approvedBy.map(escapeMarkdown).join(', ')}`);
  return lines.join('\n');
}

/** The Markdown report: recommendation first, trust checks prominent, then metrics, explanations and method. */
export function renderMarkdownReport(
  results: ExperimentResults,
  definition: ExperimentDefinition,
  explanations: readonly VariantExplanation[],
  rejections: readonly RejectionTally[] = [],
  launchedByName?: string,
  costLine?: string,
): string {
  const { recommendation } = results;
  const out: string[] = [
    `# Experiment report: ${escapeMarkdown(results.campaignId)}`,
    '',
    escapeMarkdown(headerLine(results, definition, launchedByName)),
    ...(costLine === undefined ? [] : ['', escapeMarkdown(costLine)]),
    '',
    // The reason is one sentence that starts with the action ("Keep running until …"): never repeat the action.
    `> **Recommendation:** ${escapeMarkdown(recommendation.reason)}`,
    '',
  ];
  if (!results.trustworthy)
    out.push('> ⛔ **These results are untrustworthy: see the sample ratio check below.**', '');

  out.push(
    '## Trust checks',
    '',
    `- ${results.srm?.mismatch ? '⛔' : '✅'} ${escapeMarkdown(srmSentence(results))}`,
  );
  out.push(`- Data freshness: ${escapeMarkdown(freshnessSentence(results))}`);
  out.push(`- Progress: ${escapeMarkdown(progressSentence(results))}`);
  const srm = srmTable(results);
  if (srm) out.push('', table(srm));
  if (results.caveats.length > 0) {
    out.push('', '### Caveats', '');
    for (const caveat of results.caveats) {
      const icon = caveat.severity === 'critical' ? '⛔' : caveat.severity === 'warning' ? '⚠️' : 'ℹ️';
      out.push(`- ${icon} ${escapeMarkdown(caveat.message)}`);
    }
  }

  out.push('', '## Primary metric: click rate', '', table(primaryTable(results)), '');
  for (const statement of results.statements) out.push(`- ${escapeMarkdown(statement)}`);
  const bars = clickRateBars(results);
  if (bars) out.push('', bars);

  out.push('', '## Secondary metrics', '', table(secondaryTable(results)));
  const holdout = holdoutTable(results);
  if (holdout) out.push('', '## Holdout: does messaging help at all?', '', table(holdout));
  out.push('', '## Guardrails', '');
  const guardrails = guardrailTable(results);
  out.push(guardrails.rows.length > 0 ? table(guardrails) : 'Not enough data for the guardrail checks yet.');
  const segments = segmentTable(results);
  if (segments)
    out.push(
      '',
      '## Breakdown by segment',
      '',
      'Event counts (not distinct customers).',
      '',
      table(segments),
    );

  out.push('', '## Why each variant was generated', '');
  if (explanations.length === 0) out.push('The campaign’s variants could not be found.');
  for (const explanation of explanations) out.push(explanationSection(explanation), '');

  out.push('', '## Review feedback', '');
  out.push(
    rejections.length === 0
      ? 'No variant of this campaign was rejected.'
      : `Rejections by reason: ${rejections.map((entry) => `${entry.label} (${entry.count})`).join(', ')}.`,
  );

  out.push('', '## Method', '', ...METHOD_NOTES.map((note) => `- ${escapeMarkdown(note)}`), '');
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n')}\n`;
}
