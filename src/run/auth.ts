/**
 * Request authentication: basic, bearer, API key, and OAuth2 client credentials with one
 * token per run for each (token URL, client id, scope).
 */
import type { Auth } from '../flow/model.js';
import { HttpError, type HttpClient, type HttpRequest } from '../http/types.js';
import type { Redactor } from '../secrets/redact.js';
import { decodeUtf8 } from './response.js';

/** Authentication failed before the request could be sent; the step fails with kind `auth`. */
export class AuthError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'AuthError';
  }
}

type OAuth2 = Extract<Auth, { kind: 'oauth2' }>;

/** Fetches and caches OAuth2 access tokens for one run. */
export class OAuthTokens {
  private readonly tokens = new Map<string, Promise<string>>();

  constructor(
    private readonly http: HttpClient,
    private readonly redactor: Redactor,
  ) {}

  /** Returns the cached token, or fetches one; concurrent users share a single fetch. */
  token(
    auth: OAuth2,
    transport: Pick<HttpRequest, 'timeoutMs' | 'tls' | 'proxy' | 'signal'>,
  ): Promise<string> {
    const key = [auth.tokenUrl, auth.clientId, auth.scope ?? ''].join('\n');
    let token = this.tokens.get(key);
    if (!token) {
      token = this.fetchToken(auth, transport);
      // A failed fetch is not cached, so a later step can try again.
      token.catch(() => this.tokens.delete(key));
      this.tokens.set(key, token);
    }
    return token;
  }

  private async fetchToken(
    auth: OAuth2,
    transport: Pick<HttpRequest, 'timeoutMs' | 'tls' | 'proxy' | 'signal'>,
  ): Promise<string> {
    this.redactor.add(auth.clientSecret, { source: 'oauth2 client secret' });
    const form = new URLSearchParams({
      grant_type: 'client_credentials',
      client_id: auth.clientId,
      client_secret: auth.clientSecret,
    });
    if (auth.scope) form.set('scope', auth.scope);
    if (auth.audience) form.set('audience', auth.audience);

    let status: number;
    let text: string;
    try {
      const response = await this.http.send({
        method: 'POST',
        url: auth.tokenUrl,
        headers: [
          ['Content-Type', 'application/x-www-form-urlencoded'],
          ['Accept', 'application/json'],
        ],
        body: form.toString(),
        redirects: { follow: false, max: 0 },
        maxResponseSize: 1024 * 1024,
        ...transport,
      });
      status = response.status;
      text = decodeUtf8(response.body);
    } catch (error) {
      const reason = error instanceof HttpError ? error.message : String(error);
      throw new AuthError(`OAuth2 token request to ${auth.tokenUrl} failed: ${reason}`, {
        cause: error,
      });
    }

    if (status < 200 || status >= 300) {
      throw new AuthError(
        `OAuth2 token request to ${auth.tokenUrl} returned status ${status}; check the client id, secret and scope`,
      );
    }
    let token: unknown;
    try {
      token = (JSON.parse(text) as { access_token?: unknown }).access_token;
    } catch {
      token = undefined;
    }
    if (typeof token !== 'string' || token === '') {
      throw new AuthError(`OAuth2 token response from ${auth.tokenUrl} has no access_token`);
    }
    this.redactor.add(token, { source: 'oauth2 access token' });
    return token;
  }
}

/**
 * Applies resolved credentials to a request. Returns the URL, which changes for an API key
 * sent in the query.
 */
export async function applyAuth(
  auth: Auth,
  request: { url: string; headers: [string, string][] },
  context: {
    tokens: OAuthTokens;
    redactor: Redactor;
    transport: Pick<HttpRequest, 'timeoutMs' | 'tls' | 'proxy' | 'signal'>;
  },
): Promise<string> {
  switch (auth.kind) {
    case 'basic': {
      context.redactor.add(auth.password, { source: 'basic auth password' });
      const credential = Buffer.from(`${auth.username}:${auth.password}`, 'utf8').toString(
        'base64',
      );
      setHeader(request.headers, 'Authorization', `Basic ${credential}`);
      return request.url;
    }
    case 'bearer':
      context.redactor.add(auth.token, { source: 'bearer token' });
      setHeader(request.headers, 'Authorization', `Bearer ${auth.token}`);
      return request.url;
    case 'apiKey': {
      context.redactor.add(auth.value, { source: 'API key' });
      if (auth.in === 'header') {
        setHeader(request.headers, auth.name, auth.value);
        return request.url;
      }
      const url = new URL(request.url);
      url.searchParams.append(auth.name, auth.value);
      return url.toString();
    }
    case 'oauth2': {
      const token = await context.tokens.token(auth, context.transport);
      setHeader(request.headers, 'Authorization', `Bearer ${token}`);
      return request.url;
    }
  }
}

/** Replaces a header (case-insensitive) or appends it. */
export function setHeader(headers: [string, string][], name: string, value: string): void {
  const lower = name.toLowerCase();
  const index = headers.findIndex(([key]) => key.toLowerCase() === lower);
  if (index === -1) headers.push([name, value]);
  else headers[index] = [name, value];
}

/** Reports whether a header is present (case-insensitive). */
export function hasHeader(headers: [string, string][], name: string): boolean {
  const lower = name.toLowerCase();
  return headers.some(([key]) => key.toLowerCase() === lower);
}
