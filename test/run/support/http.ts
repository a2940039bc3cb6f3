/**
 * A minimal HttpClient over undici.request for the run's tests, standing in for
 * src/http/client.ts until that module is committed. It covers what the run needs: headers,
 * bodies, cookies through the jar, timeouts and aborts mapped to HttpError kinds.
 */
import { request } from 'undici';
import {
  HttpError,
  type HttpClient,
  type HttpRequest,
  type HttpResponse,
} from '../../../src/http/types.js';

export function createTestHttpClient(): HttpClient {
  return {
    async send(req: HttpRequest): Promise<HttpResponse> {
      const started = performance.now();
      const headers: [string, string][] = [...req.headers];
      const cookie = req.cookieJar?.getCookieStringSync(req.url);
      if (cookie) headers.push(['cookie', cookie]);
      try {
        const response = await request(req.url, {
          method: req.method as 'GET',
          headers: headers.flat(),
          body: req.body,
          headersTimeout: req.timeoutMs,
          bodyTimeout: req.timeoutMs,
          signal: req.signal,
        });
        const body = new Uint8Array(await response.body.arrayBuffer());
        const pairs: [string, string][] = [];
        for (const [name, value] of Object.entries(response.headers)) {
          for (const item of Array.isArray(value) ? value : [value ?? '']) pairs.push([name, item]);
        }
        for (const [name, value] of pairs) {
          if (name === 'set-cookie')
            req.cookieJar?.setCookieSync(value, req.url, { ignoreError: true });
        }
        const total = performance.now() - started;
        return {
          status: response.statusCode,
          statusText: '',
          httpVersion: '1.1',
          headers: pairs,
          body,
          url: req.url,
          redirects: [],
          timings: { firstByte: total, download: 0, total },
          bytesSent:
            typeof req.body === 'string'
              ? Buffer.byteLength(req.body)
              : (req.body?.byteLength ?? 0),
          bytesReceived: body.byteLength,
          socketReused: false,
        };
      } catch (error) {
        const code = (error as { code?: string }).code ?? '';
        if (req.signal?.aborted)
          throw new HttpError('aborted', 'the request was aborted', { cause: error });
        if (code === 'ECONNREFUSED')
          throw new HttpError('connection_refused', `connection refused by ${req.url}`, {
            cause: error,
          });
        if (code.includes('TIMEOUT'))
          throw new HttpError('timeout', `no response within ${req.timeoutMs} ms`, {
            cause: error,
          });
        throw new HttpError('network', (error as Error).message, { cause: error });
      }
    },
    async close() {},
  };
}
