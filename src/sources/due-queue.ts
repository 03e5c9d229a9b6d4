/** When each source is next due, earliest first; one entry per source. */
export interface DueQueue {
  /** Sets (or moves) a source's due time. */
  set(id: string, at: number): void;
  delete(id: string): void;
  has(id: string): boolean;
  /** The source's due time, if queued. */
  dueAt(id: string): number | undefined;
  /** Removes and returns the sources due at or before `now`, earliest first. */
  takeDue(now: number): string[];
  /** The earliest due time, if any. */
  nextAt(): number | undefined;
  readonly size: number;
}

interface Slot {
  at: number;
  id: string;
}

/**
 * A binary heap with lazy deletion: moving or deleting a source leaves its old slot in the heap,
 * skipped when it surfaces because the map no longer agrees. 10,000 sources cost log n per change.
 */
export function createDueQueue(): DueQueue {
  const due = new Map<string, number>();
  const heap: Slot[] = [];

  const before = (a: Slot, b: Slot) => a.at < b.at;

  function push(slot: Slot): void {
    heap.push(slot);
    let index = heap.length - 1;
    while (index > 0) {
      const parent = (index - 1) >> 1;
      const child = heap[index];
      const above = heap[parent];
      if (child === undefined || above === undefined || !before(child, above)) break;
      heap[index] = above;
      heap[parent] = child;
      index = parent;
    }
  }

  function pop(): Slot | undefined {
    const top = heap[0];
    const last = heap.pop();
    if (top === undefined || last === undefined || heap.length === 0) return top;
    heap[0] = last;
    let index = 0;
    for (;;) {
      const left = index * 2 + 1;
      const right = left + 1;
      let smallest = index;
      const candidate = (at: number) => {
        const slot = heap[at];
        const current = heap[smallest];
        if (slot !== undefined && current !== undefined && before(slot, current)) smallest = at;
      };
      candidate(left);
      candidate(right);
      if (smallest === index) break;
      const moving = heap[index];
      const target = heap[smallest];
      if (moving === undefined || target === undefined) break;
      heap[index] = target;
      heap[smallest] = moving;
      index = smallest;
    }
    return top;
  }

  /** Drops stale slots from the top, so heap[0] is a live one (or the heap is empty). */
  function settleTop(): void {
    for (let top = heap[0]; top !== undefined && due.get(top.id) !== top.at; top = heap[0]) pop();
  }

  return {
    set(id, at) {
      if (due.get(id) === at) return;
      due.set(id, at);
      push({ at, id });
      // Stale slots are bounded: rebuild when they outnumber live ones, so a source moved often costs no memory.
      if (heap.length > 2 * due.size + 64) {
        heap.length = 0;
        for (const [liveId, liveAt] of due) push({ at: liveAt, id: liveId });
      }
    },
    delete(id) {
      due.delete(id);
    },
    has: (id) => due.has(id),
    dueAt: (id) => due.get(id),
    takeDue(now) {
      const taken: string[] = [];
      settleTop();
      for (let top = heap[0]; top !== undefined && top.at <= now; top = heap[0]) {
        pop();
        due.delete(top.id);
        taken.push(top.id);
        settleTop();
      }
      return taken;
    },
    nextAt() {
      settleTop();
      return heap[0]?.at;
    },
    get size() {
      return due.size;
    },
  };
}
