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

export type ChromeLookupResult = { found: true; path: string } | { found: false; tried: string[] };

/** Returns the first existing browser executable, or every path tried when none exists. */
export function findChrome(lookup: ChromeLookup): ChromeLookupResult {
  const candidates: string[] = [];
  if (lookup.chromePath) candidates.push(lookup.chromePath);
  const fromEnv = lookup.env['CHROME_PATH'];
  if (fromEnv) candidates.push(fromEnv);
  candidates.push(...(lookup.defaultPaths ?? DEFAULT_CHROME_PATHS));

  const path = candidates.find((candidate) => existsSync(candidate));
  return path === undefined ? { found: false, tried: candidates } : { found: true, path };
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
