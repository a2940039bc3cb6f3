/**
 * Choice of the proxy for a URL: the request's own `proxy`, else HTTP_PROXY / HTTPS_PROXY
 * unless NO_PROXY matches the host. Lower-case variables win over upper-case ones, as in curl
 * and undici's EnvHttpProxyAgent.
 */

export type Environment = Record<string, string | undefined>;

/**
 * Returns the proxy URL to use for `url`, or undefined for a direct connection. An explicit
 * proxy applies to every host; NO_PROXY only filters the proxies taken from the environment.
 */
export function selectProxy(
  url: URL,
  explicit: string | undefined,
  env: Environment,
): string | undefined {
  if (explicit !== undefined && explicit !== '') return withScheme(explicit);

  const httpProxy = read(env, 'http_proxy');
  const proxy = url.protocol === 'https:' ? (read(env, 'https_proxy') ?? httpProxy) : httpProxy;
  if (proxy === undefined) return undefined;

  const noProxy = read(env, 'no_proxy');
  if (noProxy !== undefined && bypassesProxy(url, noProxy)) return undefined;
  return withScheme(proxy);
}

/**
 * Tells whether a NO_PROXY list exempts `url`. Entries are separated by commas or spaces.
 * `*` matches every host, `example.com` and `.example.com` match the domain and its
 * subdomains, and `host:port` matches that port only.
 */
export function bypassesProxy(url: URL, noProxy: string): boolean {
  const host = stripBrackets(url.hostname.toLowerCase());
  let port = url.port;
  if (port === '') port = url.protocol === 'https:' ? '443' : '80';

  for (const raw of noProxy.split(/[\s,]+/)) {
    const entry = raw.trim().toLowerCase();
    if (entry === '') continue;
    if (entry === '*') return true;

    const [entryHost, entryPort] = splitHostPort(entry);
    if (entryPort !== undefined && entryPort !== port) continue;

    const domain = entryHost.replace(/^\*?\./, '');
    if (host === domain || host.endsWith(`.${domain}`)) return true;
  }
  return false;
}

const PROXY_VARIABLES = ['http_proxy', 'https_proxy', 'no_proxy'];

/** Copies the proxy variables, in both cases, out of an environment such as process.env. */
export function proxyVariables(env: Environment): Environment {
  const copy: Environment = {};
  for (const name of PROXY_VARIABLES) {
    for (const key of [name, name.toUpperCase()]) {
      const value = env[key];
      if (value !== undefined) copy[key] = value;
    }
  }
  return copy;
}

function read(env: Environment, lowerName: string): string | undefined {
  const value = env[lowerName] ?? env[lowerName.toUpperCase()];
  return value === undefined || value.trim() === '' ? undefined : value.trim();
}

// `HTTP_PROXY=127.0.0.1:3128` is common; without a scheme, URL parsing would read the host
// as the scheme.
function withScheme(proxy: string): string {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(proxy) ? proxy : `http://${proxy}`;
}

function splitHostPort(entry: string): [string, string | undefined] {
  const bracketed = /^\[([^\]]+)\](?::(\d+))?$/.exec(entry);
  if (bracketed) return [bracketed[1] ?? '', bracketed[2]];

  // A bare IPv6 address has several colons and no port.
  const colons = entry.split(':').length - 1;
  if (colons === 1) {
    const [host, port] = entry.split(':');
    return [host ?? '', port];
  }
  return [entry, undefined];
}

function stripBrackets(host: string): string {
  return host.startsWith('[') && host.endsWith(']') ? host.slice(1, -1) : host;
}
