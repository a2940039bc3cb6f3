import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROME_ARGS, findChrome } from '../../src/report/chrome.js';
import { createHtmlReporter, htmlRenderer, renderHtml } from '../../src/report/html.js';
import { escapeHtml, formatMs, jsonForScript } from '../../src/report/html/units.js';
import type { ReportContext } from '../../src/report/types.js';
import { HOSTILE_BODY, largeResults, sampleResults } from './sample-run.js';

function context(
  outDir: string,
  options: Record<string, unknown> = {},
): ReportContext & { warnings: string[] } {
  const warnings: string[] = [];
  return {
    outDir,
    stdout: { write: () => {} },
    stderr: { write: () => {} },
    interactive: false,
    color: false,
    verbose: false,
    env: {},
    options,
    warn: (message) => warnings.push(message),
    warnings,
  };
}

describe('jsonForScript', () => {
  it.each([
    ['</script>', '\\u003c/script\\u003e'],
    ['<!--', '\\u003c!--'],
    ['a&b', 'a\\u0026b'],
    ['line\u2028break\u2029', 'line\\u2028break\\u2029'],
  ])('escapes %j', (input, expected) => {
    const json = jsonForScript({ value: input });
    expect(json).toBe(`{"value":"${expected}"}`);
    expect(JSON.parse(json)).toEqual({ value: input });
  });
});

describe('escapeHtml', () => {
  it('escapes markup and quotes', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
    );
  });
});

describe('renderHtml', () => {
  it('escapes every response value', () => {
    const html = renderHtml(sampleResults());

    expect(html).not.toContain('<script>window.__pwned');
    expect(html).not.toContain('<img src=x');
    expect(html).not.toContain('<b>bold</b>');
    expect(html).toContain('&lt;script&gt;window.__pwned = 1&lt;/script&gt;');
    expect(html).toContain('&lt;b&gt;bold&lt;/b&gt;');
    // Two script elements: the JSON data and the client script, none from the run.
    expect(html.match(/<script/g)).toHaveLength(2);
  });

  it('fetches nothing from the network', () => {
    const html = renderHtml(sampleResults());

    expect(html).not.toMatch(/<link\b/i);
    expect(html).not.toMatch(/\b(src|href)="(https?:)?\/\//i);
    expect(html).not.toMatch(/@import|url\(/i);
  });

  it('lists failures before the step table', () => {
    const html = renderHtml(sampleResults());

    expect(html.indexOf('<h3 class="failed">Failures</h3>')).toBeGreaterThan(0);
    expect(html.indexOf('<h3 class="failed">Failures</h3>')).toBeLessThan(
      html.indexOf('<h3>Steps</h3>'),
    );
    expect(html).toContain('expected status 200 but got 502');
    expect(html).toContain('flows/shop/checkout.flow.yaml:40:15');
  });

  it('shows thresholds, bottleneck, anomalies and console', () => {
    const html = renderHtml(sampleResults());

    expect(html).toContain('errorRate &lt; 1%');
    expect(html).toContain('crossed');
    expect(html).toMatch(/Bottleneck: <strong>List orders<\/strong> takes 49.0%/);
    expect(html).toContain('Method: median/MAD (minSamples 5, madLimit 3.5, cvLimit 0.5)');
    expect(html).toContain('request took 4.1 times the median');
    expect(html).toContain('[Before All] token fetched');
    expect(html).toContain('[Pay (iteration 2)] retried payment');
  });

  it('draws latency charts and the waterfall as inline SVG', () => {
    const html = renderHtml(sampleResults());

    expect(html.match(/<svg class="chart"/g)).toHaveLength(3);
    expect(html).toContain('<svg class="chart waterfall"');
    const waterfall = html.slice(html.indexOf('<svg class="chart waterfall"'));
    expect(waterfall).toContain('>Log in</text>');
    expect(waterfall).toContain('>List orders</text>');
    expect(html).toMatch(/class="phase firstByte"/);
    expect(html).toContain(formatMs(42 * 2.25));
  });

  it('stays under 2 MB for 100,000 requests', () => {
    const results = largeResults(10_000, 10);
    expect(results.summary.requests).toBe(100_000);

    const html = renderHtml(results);

    expect(Buffer.byteLength(html)).toBeLessThan(2 * 1024 * 1024);
    expect(html).toContain('more failed attempts are not shown');
  });

  it('includes whole bodies with fullBodies', () => {
    const results = largeResults(1_000, 1);

    const preview = renderHtml(results);
    const full = renderHtml(results, { fullBodies: true });

    expect(preview).not.toContain('x'.repeat(64 * 1024));
    expect(preview).toContain(`${64 * 1024 - 2048} more characters not shown`);
    expect(full).toContain('x'.repeat(64 * 1024));
  });
});

describe('html reporter', () => {
  it('writes report.html into the output folder', async () => {
    const outDir = await mkdtemp(join(tmpdir(), 'html-report-'));
    try {
      const reporter = createHtmlReporter(context(outDir));
      const files = await reporter.onEnd!(sampleResults());

      expect(files).toEqual([
        {
          reporter: 'html',
          path: join(outDir, 'report.html'),
          contentType: 'text/html; charset=utf-8',
        },
      ]);
      expect(await readFile(join(outDir, 'report.html'), 'utf8')).toContain(
        '<title>flow-runner report: Checkout</title>',
      );
    } finally {
      await rm(outDir, { recursive: true, force: true });
    }
  });

  it('renders for at.export', async () => {
    const body = await htmlRenderer.render(
      sampleResults(),
      context(tmpdir(), { fullBodies: true }),
    );
    expect(String(body)).toContain(escapeHtml(HOSTILE_BODY));
  });
});

const chrome = findChrome({ env: process.env });

describe.skipIf(!chrome.found)('report.html in Chromium', () => {
  let browser: Browser;
  let server: Server;
  let origin: string;
  const html = renderHtml(sampleResults());

  beforeAll(async () => {
    browser = await chromium.launch({
      executablePath: chrome.found ? chrome.path : '',
      args: [...CHROME_ARGS],
    });
    // Served over HTTP so that any request the page makes would be visible to page.route.
    server = createServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end(html);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
  });

  async function openReport() {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const requests: string[] = [];
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.route('**', async (route) => {
      requests.push(route.request().url());
      if (route.request().url() === `${origin}/report.html`) await route.continue();
      else await route.abort();
    });
    await page.goto(`${origin}/report.html`, { waitUntil: 'load' });
    return { page, requests, errors };
  }

  it('runs no injected script and makes no request', async () => {
    const { page, requests, errors } = await openReport();

    expect(await page.evaluate('window.__pwned')).toBeUndefined();
    expect(requests).toEqual([`${origin}/report.html`]);
    expect(errors).toEqual([]);
    const text = await page.innerText('body');
    expect(text).toContain('<script>window.__pwned = 1</script>');
    expect(text).toContain('<img src=x onerror="window.__pwned = 2">');
    expect(text).toContain('payment provider slow <script>window.__pwned = 3</script>');
    await page.close();
  });

  it('shows the summary numbers of the results document', async () => {
    const results = sampleResults();
    const { page } = await openReport();

    const summary = await page.innerText('#summary');
    expect(summary).toMatch(/Requests\s+32\b/);
    expect(summary).toMatch(/Success rate\s+90\.0%/);
    expect(summary).toContain(
      `passed ${results.summary.iterations.passed}, failed ${results.summary.iterations.failed}`,
    );
    expect(summary).toContain('passed 29, failed 1, skipped 0, flaky 1');
    expect(summary).toMatch(/Status\s+failed/);

    const payRow = await page.innerText('#flow-1 table.steps tr[data-step="2"]');
    expect(payRow).toContain(formatMs(results.flows[0]!.steps[2]!.duration.p95));

    await mkdir('test-output', { recursive: true });
    await page.screenshot({ path: 'test-output/report-summary.png', fullPage: true });
    await page.close();
  });

  it('sorts a step table by a percentile', async () => {
    const { page } = await openReport();

    await page.click('#flow-1 th[data-sort="p95"]');
    const order = await page.$$eval('#flow-1 table.steps tbody tr', (rows) =>
      rows.map((row) => row.getAttribute('data-step')),
    );

    expect(order).toEqual(['1', '2', '0']);
    await page.close();
  });
});
