import { describe, expect, it } from 'vitest';
import { createDueQueue } from '../../../src/sources/due-queue.js';

describe('createDueQueue', () => {
  it('hands out what is due, earliest first, and follows moves and deletions', () => {
    const queue = createDueQueue();
    queue.set('c', 30);
    queue.set('a', 10);
    queue.set('b', 20);
    queue.set('d', 40);
    queue.set('c', 5); // moved earlier
    queue.set('b', 50); // moved later
    queue.delete('d');
    expect(queue.nextAt()).toBe(5);
    expect(queue.takeDue(25)).toEqual(['c', 'a']);
    expect(queue.has('a')).toBe(false);
    expect(queue.takeDue(45)).toEqual([]);
    expect(queue.dueAt('b')).toBe(50);
    expect(queue.takeDue(100)).toEqual(['b']);
    expect(queue.size).toBe(0);
    expect(queue.nextAt()).toBeUndefined();
  });

  it('orders 10,000 random times and keeps no pile of stale entries when sources move often', () => {
    const queue = createDueQueue();
    let seed = 7;
    const random = () => ((seed = (seed * 16_807) % 2_147_483_647) / 2_147_483_647);
    for (let index = 0; index < 10_000; index++) queue.set(`s${index}`, Math.floor(random() * 1e9));
    for (let round = 0; round < 20; round++) for (let index = 0; index < 10_000; index += 7) queue.set(`s${index}`, Math.floor(random() * 1e9));
    const order = queue.takeDue(Number.MAX_SAFE_INTEGER);
    expect(order).toHaveLength(10_000);
    expect(new Set(order).size).toBe(10_000);
  });
});
