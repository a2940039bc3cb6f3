/**
 * Finds a Chromium or Chrome executable for printing PDF reports. Playwright's own browser
 * download is never used: CI images and the Docker image install the distribution's Chromium.
 */
import { existsSync } from 'node:fs';

/** Paths tried after the explicit option and CHROME_PATH, in order. */
export const DEFAULT_CHROME_PATHS: readonly string[] = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
];

export interface ChromeLookup {
  /** The `chromePath` reporter option (the action's `chrome-path` input). */
  chromePath?: string;
  env: Record<string, string | undefined>;
  /** Replaces DEFAULT_CHROME_PATHS, so tests do not depend on the machine. */
  defaultPaths?: readonly string[];
}

export type ChromeLookupResult =
  { found: true; path: string } | { found: false; tried: string[]; reason: string };

/**
 * Returns the browser executable to use. A path the user configured (the option or CHROME_PATH)
 * must exist: a wrong one is reported rather than silently replaced by another browser.
 * Otherwise the first existing default path wins.
 */
export function findChrome(lookup: ChromeLookup): ChromeLookupResult {
  const configured: [string | undefined, string][] = [
    [lookup.chromePath, 'the chrome-path option'],
    [lookup.env['CHROME_PATH'], 'CHROME_PATH'],
  ];
  for (const [path, source] of configured) {
    if (!path) continue;
    if (existsSync(path)) return { found: true, path };
    return {
      found: false,
      tried: [path],
      reason: `${source} names ${path}, which does not exist; fix the path, or unset it to search the usual install paths`,
    };
  }

  const candidates = [...(lookup.defaultPaths ?? DEFAULT_CHROME_PATHS)];
  const path = candidates.find((candidate) => existsSync(candidate));
  if (path !== undefined) return { found: true, path };
  return {
    found: false,
    tried: candidates,
    reason:
      `no Chromium or Chrome executable found (tried ${candidates.join(', ')}); ` +
      'set CHROME_PATH to the browser executable, or install Chromium (for example `apt-get install chromium`)',
  };
}

/**
 * Launch flags for headless printing. Playwright adds `--no-sandbox` by itself when it runs as
 * root; it is listed here so containers that run as another user behave the same way.
 */
export const CHROME_ARGS: readonly string[] = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
