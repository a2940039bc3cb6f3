/**
 * The HTML report: one self-contained report.html (inline styles, SVG charts and script, no
 * network fetch) rendered by eta with auto-escaping from the results document.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Eta } from 'eta';
import { formatLocation } from '../common/source.js';
import type { ResultsDocument } from '../results/document.js';
import { WATERFALL_LEGEND } from './html/charts.js';
import { CLIENT_SCRIPT, CLIENT_SCRIPT_HASH } from './html/client.js';
import { STYLES } from './html/styles.js';
import { TEMPLATE } from './html/template.js';
import { formatBytes, formatCount, formatMs, formatPercent, jsonForScript } from './html/units.js';
import { buildView, type HtmlOptions } from './html/view.js';
import type { Renderer, ReportContext, ReportFile, Reporter, ReporterFactory } from './types.js';

const eta = new Eta({ autoEscape: true });

const FORMATTERS = {
  ms: formatMs,
  /** A statistic over `count` samples: a dash when there were none. */
  stat: (ms: number, count: number) => (count === 0 ? '-' : formatMs(ms)),
  bytes: formatBytes,
  percent: formatPercent,
  count: formatCount,
  countOf: (count: number, noun: string) =>
    `${formatCount(count)} ${count === 1 ? noun : `${noun}s`}`,
  loc: formatLocation,
};

/** Renders the results document as a self-contained HTML page. */
export function renderHtml(results: ResultsDocument, options: Partial<HtmlOptions> = {}): string {
  const view = buildView(results, { fullBodies: options.fullBodies ?? false });
  return eta.renderString(TEMPLATE, {
    view,
    fmt: FORMATTERS,
    legend: WATERFALL_LEGEND,
    styles: STYLES,
    script: CLIENT_SCRIPT,
    scriptHash: CLIENT_SCRIPT_HASH,
    json: jsonForScript(view.data),
  });
}

/** Reads the HTML options out of the reporter options (`fullBodies`). */
export function htmlOptions(context: ReportContext): HtmlOptions {
  return { fullBodies: context.options['fullBodies'] === true };
}

export const htmlRenderer: Renderer = {
  format: 'html',
  contentType: 'text/html; charset=utf-8',
  fileName: 'report.html',
  render: async (results, context) => renderHtml(results, htmlOptions(context)),
};

/** Builds the `html` reporter, which writes report.html into the output folder. */
export const createHtmlReporter: ReporterFactory = (context: ReportContext): Reporter => ({
  name: 'html',
  async onEnd(results): Promise<ReportFile[]> {
    const path = join(context.outDir, htmlRenderer.fileName);
    await writeFile(path, renderHtml(results, htmlOptions(context)), 'utf8');
    return [{ reporter: 'html', path, contentType: htmlRenderer.contentType }];
  },
});
