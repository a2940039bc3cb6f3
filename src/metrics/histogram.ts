/**
 * Latency histogram: an HDR histogram of microseconds that encodes to a compact string, so a
 * stored document keeps the full distribution and shards merge without losing precision.
 */
import {
  build,
  decodeFromCompressedBase64,
  encodeIntoCompressedBase64,
  type Histogram,
} from 'hdr-histogram-js';

/** Lowest and highest recordable values in microseconds: 1 µs to 1 hour. */
const LOWEST_US = 1;
const HIGHEST_US = 3_600_000_000;
const SIGNIFICANT_DIGITS = 3;

function createHistogram(): Histogram {
  // The pure JS build, because the WebAssembly one must be initialised first and each of its
  // histograms freed with destroy(), which aggregates passed around a whole run cannot promise.
  return build({
    useWebAssembly: false,
    bitBucketSize: 32,
    autoResize: false,
    lowestDiscernibleValue: LOWEST_US,
    highestTrackableValue: HIGHEST_US,
    numberOfSignificantValueDigits: SIGNIFICANT_DIGITS,
  });
}

/** Response-time histogram taking milliseconds and keeping 3 significant digits. */
export class LatencyHistogram {
  private readonly histogram: Histogram;

  constructor(histogram: Histogram = createHistogram()) {
    this.histogram = histogram;
  }

  /** Decodes a histogram written by `encode()`. */
  static decode(encoded: string): LatencyHistogram {
    const merged = new LatencyHistogram();
    if (encoded !== '') merged.histogram.add(decodeFromCompressedBase64(encoded, 32, false));
    return merged;
  }

  get count(): number {
    return this.histogram.totalCount;
  }

  /** Records one duration; values outside 1 µs to 1 hour are clamped to that range. */
  record(ms: number): void {
    const us = Math.round(ms * 1000);
    this.histogram.recordValue(Math.min(HIGHEST_US, Math.max(LOWEST_US, us)));
  }

  /** Returns the value at a percentile (0..100) in milliseconds, or 0 when empty. */
  percentile(p: number): number {
    if (this.histogram.totalCount === 0) return 0;
    return this.histogram.getValueAtPercentile(p) / 1000;
  }

  /** Adds every value recorded in `other` to this histogram. */
  add(other: LatencyHistogram): void {
    this.histogram.add(other.histogram);
  }

  /** Encodes the histogram as compressed base64; an empty histogram encodes as "". */
  encode(): string {
    if (this.histogram.totalCount === 0) return '';
    return encodeIntoCompressedBase64(this.histogram);
  }
}
