import { describe, expect, it } from 'vitest';
import { openStore } from '../../../src/store/open-store.js';
import { createTokenBudget } from '../../../src/store/token-budget.js';
import { createVirtualClock } from '../../support/virtual-clock.js';

describe('token budget', () => {
  it('counts tokens per UTC day against the limit, survives a restart, and starts afresh the next day', async () => {
    const store = await openStore('memory://');
    const clock = createVirtualClock(Date.parse('2026-11-25T23:00:00Z'), { autoAdvance: false });
    const budget = createTokenBudget({ store, clock, dailyLimit: 1_000 });
    expect(await budget.isSpent()).toBe(false);
    await budget.record(600);
    await budget.record(0);
    expect(await budget.spentToday()).toBe(600);
    expect(await budget.isSpent()).toBe(false);
    await budget.record(400);
    expect(await budget.isSpent()).toBe(true);

    const afterRestart = createTokenBudget({ store, clock, dailyLimit: 1_000 });
    expect(await afterRestart.spentToday()).toBe(1_000);
    expect(await afterRestart.isSpent()).toBe(true);

    clock.advance(60 * 60_000); // midnight UTC
    expect(await afterRestart.spentToday()).toBe(0);
    expect(await afterRestart.isSpent()).toBe(false);
  });

  it('is one budget for every instance on the store: each sees what the others spent', async () => {
    const store = await openStore('memory://');
    const clock = createVirtualClock(Date.parse('2026-11-25T12:00:00Z'), { autoAdvance: false });
    const [first, second] = [createTokenBudget({ store, clock, dailyLimit: 1_000 }), createTokenBudget({ store, clock, dailyLimit: 1_000 })];
    await Promise.all([first.record(300), second.record(300), first.record(300)]);
    expect(await second.spentToday()).toBe(900);
    expect(await first.isSpent()).toBe(false);
    await second.record(100);
    expect(await first.isSpent()).toBe(true);
  });

  it('keeps what the day had spent before its tokens were counters', async () => {
    const store = await openStore('memory://');
    const clock = createVirtualClock(Date.parse('2026-11-25T12:00:00Z'), { autoAdvance: false });
    await store.set('budget:tokens:2026-11-25', 700);
    const budget = createTokenBudget({ store, clock, dailyLimit: 1_000 });
    await budget.record(200);
    expect(await budget.spentToday()).toBe(900);
    clock.advance(24 * 3_600_000);
    expect(await budget.spentToday()).toBe(0);
  });

  it('is never spent without a limit, and a malformed record is an error, not zero', async () => {
    const store = await openStore('memory://');
    const clock = createVirtualClock(Date.parse('2026-11-25T12:00:00Z'), { autoAdvance: false });
    const unlimited = createTokenBudget({ store, clock, dailyLimit: undefined });
    await unlimited.record(10_000_000);
    expect(await unlimited.isSpent()).toBe(false);
    await store.set('budget:tokens:2026-11-26', 'lots');
    clock.advance(24 * 3_600_000);
    await expect(unlimited.spentToday()).rejects.toThrow(/^malformed record read back from budget:tokens:2026-11-26:/);
  });
});
