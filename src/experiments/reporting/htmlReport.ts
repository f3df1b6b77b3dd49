import { encode } from 'html-entities';
import type { ExperimentDefinition } from '../definition/experimentDefinition';
import type { ExperimentResults } from '../../domain/experimentResults';
import type { ReportCharts } from './reportCharts';
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

const esc = (text: string): string => encode(text, { mode: 'nonAsciiPrintable', level: 'html5' });

const STYLE = `
body{font-family:"Segoe UI",Helvetica,Arial,sans-serif;color:#1f2328;max-width:980px;margin:2rem auto;padding:0 1rem;line-height:1.45}
h1{font-size:1.6rem;margin-bottom:.2rem}h2{margin-top:2rem;border-bottom:1px solid #d0d7de;padding-bottom:.3rem}
.meta{color:#57606a;font-size:.9rem}
.banner{padding:1rem 1.2rem;border-radius:8px;margin:1rem 0;font-size:1.05rem}
.ship{background:#e6f4ea;border-left:6px solid #1e8e3e}.keep_running{background:#fff8e1;border-left:6px solid #f9a825}
.stop{background:#fdecea;border-left:6px solid #c5221f}
.untrustworthy{background:#c5221f;color:#fff;font-weight:600;padding:.8rem 1rem;border-radius:6px}
.check{padding:.6rem 1rem;border-radius:6px;margin:.4rem 0}.ok{background:#e6f4ea}.bad{background:#fdecea;font-weight:600}
table{border-collapse:collapse;margin:.6rem 0;font-size:.9rem}th,td{border:1px solid #d0d7de;padding:.35rem .6rem}
th{background:#f6f8fa;text-align:left}td.num{text-align:right;font-variant-numeric:tabular-nums}
.caveat-critical{color:#c5221f;font-weight:600}.caveat-warning{color:#8a5a00}
figure{margin:1rem 0}blockquote{margin:.4rem 0;padding:.4rem .8rem;border-left:4px solid #d0d7de;color:#3d444d}
code{background:#f6f8fa;padding:0 .25rem;border-radius:3px}`;

function table(data: Table): string {
  const head = data.headers.map((header) => `<th>${esc(header)}</th>`).join('');
  const body = data.rows
    .map(
      (row) =>
        `<tr>${row.map((cell, index) => `<td${data.numeric.includes(index) ? ' class="num"' : ''}>${esc(cell)}</td>`).join('')}</tr>`,
    )
    .join('\n');
  return `<table><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table>`;
}

function figure(svg: string | undefined, caption: string): string {
  // The SVG comes from Vega's renderer, which escapes every text it draws.
  return svg === undefined ? '' : `<figure role="img" aria-label="${esc(caption)}">${svg}</figure>`;
}

function explanationSection(explanation: VariantExplanation): string {
  const sources =
    explanation.sources.length === 0
      ? '<li>none cited</li>'
      : explanation.sources
          .map(
            (source) =>
              `<li><code>${esc(source.id)}</code> ${esc(source.title)}<blockquote>${esc(source.excerpt)}</blockquote></li>`,
          )
          .join('');
  return [
    `<h3>${esc(explanation.label)} <small>(${esc(explanation.arm)})</small></h3>`,
    explanation.subject === undefined ? '' : `<p><strong>Subject:</strong> ${esc(explanation.subject)}</p>`,
    `<blockquote>${esc(explanation.body)}</blockquote>`,
    `<p><strong>Written for:</strong> ${esc(explanation.segmentName)}${explanation.segmentExplanation ? ` — ${esc(explanation.segmentExplanation)}` : ''}</p>`,
    explanation.traits.length === 0
      ? ''
      : `<p><strong>Segment traits:</strong> ${esc(explanation.traits.join('; '))}</p>`,
    `<p><strong>Sources:</strong></p><ul>${sources}</ul>`,
    `<p><strong>Generator / template:</strong> <code>${esc(explanation.generator)}</code>${explanation.safetyVerdict ? ` · <strong>Safety screen:</strong> ${esc(explanation.safetyVerdict)}` : ''}${explanation.approvedBy.length > 0 ? ` · <strong>Approved by:</strong> ${esc(explanation.approvedBy.join(', '))}` : ''}</p>`,
  ].join('\n');
}

/**
 * The self-contained HTML report: inline CSS and inline SVG charts, no script and no external resource
 * (the Content-Security-Policy forbids both), every campaign-supplied text HTML-escaped.
 */
export function renderHtmlReport(
  results: ExperimentResults,
  definition: ExperimentDefinition,
  explanations: readonly VariantExplanation[],
  charts: ReportCharts,
  rejections: readonly RejectionTally[] = [],
  launchedByName?: string,
  costLine?: string,
): string {
  const { recommendation } = results;
  const title = `Experiment report: ${results.campaignId}`;
  const caveats = results.caveats
    .map((caveat) => `<li class="caveat-${caveat.severity}">${esc(caveat.message)}</li>`)
    .join('\n');
  const srm = srmTable(results);
  const holdout = holdoutTable(results);
  const guardrails = guardrailTable(results);
  const segments = segmentTable(results);
  const parts = [
    '<!doctype html>',
    '<html lang="en"><head><meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${esc(title)}</title><style>${STYLE}</style></head><body>`,
    `<h1>${esc(title)}</h1>`,
    `<p class="meta">${esc(headerLine(results, definition, launchedByName))}</p>`,
    ...(costLine === undefined ? [] : [`<p class="meta">${esc(costLine)}</p>`]),
    results.trustworthy
      ? ''
      : '<p class="untrustworthy">⛔ These results are untrustworthy: the sample ratio check failed.</p>',
    `<section class="banner ${recommendation.action}" id="recommendation"><strong>Recommendation:</strong> ${esc(recommendation.reason)}</section>`,
    '<h2 id="trust">Trust checks</h2>',
    `<p class="check ${results.srm?.mismatch ? 'bad' : 'ok'}">${results.srm?.mismatch ? '⛔' : '✅'} ${esc(srmSentence(results))}</p>`,
    `<p><strong>Data freshness:</strong> ${esc(freshnessSentence(results))}</p>`,
    `<p><strong>Progress:</strong> ${esc(progressSentence(results))}</p>`,
    srm ? table(srm) : '',
    figure(charts.split, 'Traffic split: observed share per arm against the planned split'),
    caveats === '' ? '' : `<h3>Caveats</h3><ul>${caveats}</ul>`,
    '<h2 id="primary">Primary metric: click rate</h2>',
    table(primaryTable(results)),
    `<ul>${results.statements.map((statement) => `<li>${esc(statement)}</li>`).join('')}</ul>`,
    figure(charts.clickRate, 'Click rate by arm with 95% confidence intervals'),
    figure(charts.lift, 'Relative lift in click rate against control with confidence intervals'),
    '<h2 id="secondary">Secondary metrics</h2>',
    table(secondaryTable(results)),
    holdout ? `<h2 id="holdout">Holdout: does messaging help at all?</h2>${table(holdout)}` : '',
    '<h2 id="guardrails">Guardrails</h2>',
    guardrails.rows.length > 0 ? table(guardrails) : '<p>Not enough data for the guardrail checks yet.</p>',
    segments
      ? `<h2 id="segments">Breakdown by segment</h2><p>Event counts (not distinct customers).</p>${table(segments)}`
      : '',
    '<h2 id="explanations">Why each variant was generated</h2>',
    explanations.length === 0
      ? '<p>The campaign’s variants could not be found.</p>'
      : explanations.map(explanationSection).join('\n'),
    '<h2 id="review-feedback">Review feedback</h2>',
    rejections.length === 0
      ? '<p>No variant of this campaign was rejected.</p>'
      : `<p>Rejections by reason: ${esc(rejections.map((entry) => `${entry.label} (${entry.count})`).join(', '))}.</p>`,
    '<h2 id="method">Method</h2>',
    `<ul>${METHOD_NOTES.map((note) => `<li>${esc(note)}</li>`).join('')}</ul>`,
    '</body></html>',
  ];
  return `${parts.filter((part) => part !== '').join('\n')}\n`;
}
