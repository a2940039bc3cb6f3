/**
 * Drops the properties whose value is undefined, so optional properties stay absent rather
 * than present with `undefined`.
 */
export function definedOnly<T extends Record<string, unknown>>(value: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(value).filter(([, entry]) => entry !== undefined),
  ) as Partial<T>;
}
