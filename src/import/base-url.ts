/**
 * Recorded requests (HAR entries, curl commands) name absolute URLs. The origin used most
 * becomes the `baseUrl` variable of a `recorded` environment, so a run can point the flow at
 * another server with `--var baseUrl=...`.
 */

export const BASE_URL_VARIABLE = 'baseUrl';

export interface BaseUrl {
  /** The origin replaced by `{{ baseUrl }}`, or undefined when no URL is absolute HTTP. */
  origin: string | undefined;
  /** Rewrites a URL that starts with the origin; other URLs are returned unchanged. */
  apply(url: string): string;
}

/** Picks the most frequent origin among `urls` (the first one seen on a tie). */
export function chooseBaseUrl(urls: string[]): BaseUrl {
  const counts = new Map<string, number>();
  for (const url of urls) {
    const origin = originOf(url);
    if (origin !== undefined) counts.set(origin, (counts.get(origin) ?? 0) + 1);
  }

  let origin: string | undefined;
  let best = 0;
  for (const [candidate, count] of counts) {
    if (count > best) {
      origin = candidate;
      best = count;
    }
  }

  return {
    origin,
    apply(url) {
      if (origin === undefined || originOf(url) !== origin) return url;
      const hostStart = url.indexOf('//') + 2;
      const pathStart = url.slice(hostStart).search(/[/?#]/);
      const rest = pathStart < 0 ? '' : url.slice(hostStart + pathStart);
      return `{{ ${BASE_URL_VARIABLE} }}${rest}`;
    },
  };
}

/** Returns `scheme://host[:port]` for an absolute http(s) URL, lower-cased as URL does. */
export function originOf(url: string): string | undefined {
  if (!/^https?:\/\//i.test(url)) return undefined;
  try {
    return new URL(url).origin;
  } catch {
    return undefined;
  }
}
