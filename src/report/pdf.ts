/**
 * The PDF report: report.html printed by Chromium through playwright-core. Both are optional
 * at run time, so a missing package or browser skips the PDF with one warning.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { FlowRunnerError } from '../common/errors.js';
import type { ResultsDocument } from '../results/document.js';
import { CHROME_ARGS, findChrome } from './chrome.js';
import { htmlOptions, renderHtml } from './html.js';
import type { Renderer, ReportContext, ReportFile, Reporter, ReporterFactory } from './types.js';

/** Raised when the PDF cannot be printed on this machine; the message tells how to fix it. */
export class PdfUnavailableError extends FlowRunnerError {
  constructor(message: string, cause?: unknown) {
    super('FR_PDF_UNAVAILABLE', message, { cause });
    this.name = 'PdfUnavailableError';
  }
}

/** The playwright-core API used here, loaded on first use so the package stays optional. */
type Chromium = typeof import('playwright-core').chromium;

async function loadChromium(): Promise<Chromium> {
  try {
    // webpackIgnore keeps ncc from hoisting this into a static import of the bundle.
    const playwright = await import(/* webpackIgnore: true */ 'playwright-core');
    return playwright.chromium;
  } catch (error) {
    if ((error as { code?: unknown }).code === 'ERR_MODULE_NOT_FOUND') {
      throw new PdfUnavailableError(
        'PDF skipped: playwright-core is not installed. Install it with `npm i playwright-core`.',
        error,
      );
    }
    throw error;
  }
}

/** Reads `chromePath` and, for tests, `chromeDefaultPaths` from the reporter options. */
function chromeLookupOptions(context: ReportContext) {
  const chromePath = context.options['chromePath'];
  const defaultPaths = context.options['chromeDefaultPaths'];
  return {
    chromePath: typeof chromePath === 'string' ? chromePath : undefined,
    defaultPaths: Array.isArray(defaultPaths) ? defaultPaths.map(String) : undefined,
    env: context.env,
  };
}

/** Prints an HTML page to an A4 PDF in headless Chromium; throws PdfUnavailableError. */
export async function printPdf(html: string, context: ReportContext): Promise<Uint8Array> {
  const chrome = findChrome(chromeLookupOptions(context));
  if (!chrome.found) {
    throw new PdfUnavailableError(`PDF skipped: ${chrome.reason}.`);
  }
  const chromium = await loadChromium();

  const browser = await chromium.launch({ executablePath: chrome.path, args: [...CHROME_ARGS] });
  try {
    const page = await browser.newPage();
    // The report is self-contained; refusing every request keeps printing offline regardless.
    await page.route('**', (route) => route.abort());
    await page.setContent(html, { waitUntil: 'load' });
    // Collapsed <details> would print empty, so open them all (the string runs in the page).
    await page.evaluate(
      "document.querySelectorAll('details').forEach((item) => { item.open = true; })",
    );
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({
      format: 'A4',
      printBackground: true,
      margin: { top: '12mm', bottom: '14mm', left: '10mm', right: '10mm' },
      displayHeaderFooter: true,
      headerTemplate: '<span></span>',
      footerTemplate:
        '<div style="font-size:8px;width:100%;text-align:center;color:#57606a">' +
        '<span class="pageNumber"></span> / <span class="totalPages"></span></div>',
    });
    return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
  } finally {
    await browser.close();
  }
}

/** Renders the results document to PDF bytes. */
export async function renderPdf(
  results: ResultsDocument,
  context: ReportContext,
): Promise<Uint8Array> {
  return printPdf(renderHtml(results, htmlOptions(context)), context);
}

export const pdfRenderer: Renderer = {
  format: 'pdf',
  contentType: 'application/pdf',
  fileName: 'report.pdf',
  render: renderPdf,
};

/**
 * Builds the `pdf` reporter, which writes report.pdf. When the PDF cannot be printed it warns
 * once and writes nothing, so the other reports are still written.
 */
export const createPdfReporter: ReporterFactory = (context: ReportContext): Reporter => ({
  name: 'pdf',
  async onEnd(results): Promise<ReportFile[]> {
    let pdf: Uint8Array;
    try {
      pdf = await renderPdf(results, context);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      context.warn(
        error instanceof PdfUnavailableError ? message : `PDF skipped: printing failed: ${message}`,
      );
      return [];
    }

    const path = join(context.outDir, pdfRenderer.fileName);
    await writeFile(path, pdf);
    return [{ reporter: 'pdf', path, contentType: pdfRenderer.contentType }];
  },
});
