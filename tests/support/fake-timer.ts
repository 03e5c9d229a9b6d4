import type { PasteTimer } from '../../src/ingest/paste-assembler.js';

/** A timer that fires only when the test says time has passed. */
export function createFakeTimer() {
  let now = 0;
  const pending = new Set<{ at: number; fire: () => void }>();
  const timer: PasteTimer = (ms, fire) => {
    const entry = { at: now + ms, fire };
    pending.add(entry);
    return () => pending.delete(entry);
  };
  return {
    timer,
    get pending() {
      return pending.size;
    },
    advance(ms: number) {
      now += ms;
      for (const entry of [...pending].sort((a, b) => a.at - b.at)) {
        if (entry.at > now) continue;
        pending.delete(entry);
        entry.fire();
      }
    },
  };
}
