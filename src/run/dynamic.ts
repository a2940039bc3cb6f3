/**
 * Dynamic values with Postman's names (`{{ $guid }}`, `{{ $randomEmail }}`), so imported
 * collections run unchanged. Each use draws a fresh value from the injected random source.
 */
import { DYNAMIC_VALUE_NAMES, type DynamicValueName } from '../common/dynamic-names.js';

export type RandomSource = () => number;

const FIRST_NAMES = [
  'Alice',
  'Bruno',
  'Chen',
  'Dana',
  'Emeka',
  'Farah',
  'Goran',
  'Hana',
  'Ivan',
  'Jia',
  'Kofi',
  'Lena',
];
const LAST_NAMES = [
  'Andersen',
  'Baptiste',
  'Costa',
  'Dubois',
  'Eriksen',
  'Fischer',
  'Garcia',
  'Haddad',
  'Ito',
  'Jensen',
];
const WORDS = [
  'alpha',
  'bridge',
  'cobalt',
  'delta',
  'ember',
  'falcon',
  'granite',
  'harbor',
  'island',
  'juniper',
  'kernel',
  'lantern',
];
const COLORS = [
  'red',
  'green',
  'blue',
  'orange',
  'purple',
  'teal',
  'yellow',
  'black',
  'white',
  'gray',
];
const CITIES = [
  'Lisbon',
  'Nairobi',
  'Osaka',
  'Lima',
  'Oslo',
  'Tunis',
  'Hanoi',
  'Quito',
  'Perth',
  'Tallinn',
];
const COUNTRIES = [
  'Portugal',
  'Kenya',
  'Japan',
  'Peru',
  'Norway',
  'Tunisia',
  'Vietnam',
  'Ecuador',
  'Australia',
  'Estonia',
];
const ALPHANUMERIC = 'abcdefghijklmnopqrstuvwxyz0123456789';
const HEX = '0123456789abcdef';
const DAY_MS = 86_400_000;

/** Generators by name, each given the random source and the current time in milliseconds. */
const GENERATORS: Record<string, (random: RandomSource, now: number) => string | number | boolean> =
  {
    $guid: (random) => uuid(random),
    $uuid: (random) => uuid(random),
    $randomUUID: (random) => uuid(random),
    $timestamp: (_random, now) => Math.floor(now / 1000),
    $isoTimestamp: (_random, now) => new Date(now).toISOString(),
    $randomInt: (random) => integer(random, 0, 1000),
    $randomAlphaNumeric: (random) => pick(random, ALPHANUMERIC),
    $randomBoolean: (random) => random() < 0.5,
    $randomFirstName: (random) => pick(random, FIRST_NAMES),
    $randomLastName: (random) => pick(random, LAST_NAMES),
    $randomFullName: (random) => `${pick(random, FIRST_NAMES)} ${pick(random, LAST_NAMES)}`,
    $randomUserName: (random) =>
      `${pick(random, FIRST_NAMES).toLowerCase()}${integer(random, 10, 9999)}`,
    $randomEmail: (random) =>
      `${pick(random, FIRST_NAMES).toLowerCase()}.${pick(random, LAST_NAMES).toLowerCase()}${integer(random, 1, 999)}@example.com`,
    $randomPassword: (random) => text(random, ALPHANUMERIC, 15),
    $randomWord: (random) => pick(random, WORDS),
    $randomWords: (random) => [0, 1, 2].map(() => pick(random, WORDS)).join(' '),
    $randomLoremWord: (random) => pick(random, WORDS),
    $randomColor: (random) => pick(random, COLORS),
    $randomHexColor: (random) => `#${text(random, HEX, 6)}`,
    $randomCity: (random) => pick(random, CITIES),
    $randomCountry: (random) => pick(random, COUNTRIES),
    $randomPhoneNumber: (random) =>
      `${integer(random, 200, 999)}-${integer(random, 200, 999)}-${integer(random, 1000, 9999)}`,
    $randomIP: (random) => [0, 1, 2, 3].map(() => integer(random, 1, 254)).join('.'),
    $randomPrice: (random) => (integer(random, 100, 100_000) / 100).toFixed(2),
    $randomDomainName: (random) => `${pick(random, WORDS)}-${pick(random, WORDS)}.example`,
    $randomUrl: (random) => `https://${pick(random, WORDS)}-${pick(random, WORDS)}.example`,
    $randomDatePast: (random, now) =>
      new Date(now - integer(random, 1, 365) * DAY_MS).toISOString(),
    $randomDateFuture: (random, now) =>
      new Date(now + integer(random, 1, 365) * DAY_MS).toISOString(),
  } satisfies Record<DynamicValueName, (random: RandomSource, now: number) => unknown>;

/** Names of every supported dynamic value, for messages and docs; the generators match it. */
export { DYNAMIC_VALUE_NAMES };

/** Generates a fresh value, or returns undefined for an unknown name. */
export function generateDynamicValue(
  name: string,
  random: RandomSource,
  now: number,
): string | number | boolean | undefined {
  const generator = GENERATORS[name];
  return generator ? generator(random, now) : undefined;
}

/** Generates an RFC 4122 version 4 UUID from the random source (seedable in tests). */
export function uuid(random: RandomSource): string {
  const bytes = Array.from({ length: 16 }, () => integer(random, 0, 255));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = bytes.map((byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

function integer(random: RandomSource, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

function pick<T>(random: RandomSource, items: ArrayLike<T>): T {
  return items[integer(random, 0, items.length - 1)] as T;
}

function text(random: RandomSource, alphabet: string, length: number): string {
  let result = '';
  for (let i = 0; i < length; i++) result += pick(random, alphabet);
  return result;
}
