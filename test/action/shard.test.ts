import { describe, expect, it } from 'vitest';

import { parseShard, parseShardArtifactName, shardArtifactName } from '../../src/action/shard.js';

describe('shards', () => {
  it.each([
    ['1/1', { index: 1, total: 1 }],
    ['2/3', { index: 2, total: 3 }],
    [' 3 / 3 ', { index: 3, total: 3 }],
  ])('parses %s', (text, shard) => {
    expect(parseShard(text)).toEqual(shard);
  });

  it.each(['0/2', '3/2', '1/0', '1', 'a/b', '-1/2', '1/2/3'])('rejects %s', (text) => {
    expect(() => parseShard(text)).toThrow(`invalid shard "${text}"`);
  });

  it('names and finds shard artifacts', () => {
    expect(shardArtifactName('report', { index: 2, total: 4 })).toBe('report-shard-2-of-4');
    expect(parseShardArtifactName('report', 'report-shard-2-of-4')).toEqual({ index: 2, total: 4 });
    expect(parseShardArtifactName('report', 'report')).toBeUndefined();
    expect(parseShardArtifactName('report', 'report-shard-5-of-4')).toBeUndefined();
    expect(parseShardArtifactName('report', 'other-shard-1-of-2')).toBeUndefined();
    expect(parseShardArtifactName('report', 'report-shard-1-of-2-old')).toBeUndefined();
  });
});
