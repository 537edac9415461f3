import { describe, expect, it } from 'vitest';
import { LruCache } from './lruCache.js';

describe('LruCache', () => {
  it('forgets the least recently used entry past its capacity', () => {
    const cache = new LruCache<string, number>(2);
    cache.set('a', 1);
    cache.set('b', 2);
    expect(cache.get('a')).toBe(1); // a is now newer than b
    cache.set('c', 3);
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')).toBe(1);
    expect(cache.get('c')).toBe(3);
    expect(cache.size).toBe(2);
  });

  it('replaces a value without growing', () => {
    const cache = new LruCache<number, string>(2);
    cache.set(1, 'x');
    cache.set(1, 'y');
    expect(cache.get(1)).toBe('y');
    expect(cache.size).toBe(1);
  });

  it('refuses a capacity that is not a positive integer, naming it', () => {
    expect(() => new LruCache(0)).toThrow(/capacity must be a positive integer, got 0/);
    expect(() => new LruCache(1.5)).toThrow(/capacity/);
  });
});
