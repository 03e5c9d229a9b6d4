/** Hands out request slots: a few in flight overall, fewer per host. */
export interface HostLimiter {
  /**
   * Waits until a request to `host` may start; resolves to the function that gives the slot back
   * (call it exactly once). Rejects with the signal's reason if `signal` aborts while waiting.
   */
  acquire(host: string, signal?: AbortSignal): Promise<() => void>;
  /** Requests holding a slot now. */
  readonly inFlight: number;
  /** Requests waiting for a slot now. */
  readonly waiting: number;
}

export interface HostLimiterOptions {
  /** Slots overall. */
  maxInFlight: number;
  /** Slots per host, so one host never has more than this many of our requests open. */
  maxPerHost: number;
}

interface Waiter {
  host: string;
  grant: (release: () => void) => void;
}

/**
 * First come, first served, except that a waiter whose host is busy lets the ones behind it
 * pass: a slow or hung host holds at most its own `maxPerHost` slots and never the queue.
 */
export function createHostLimiter({ maxInFlight, maxPerHost }: HostLimiterOptions): HostLimiter {
  if (!(maxInFlight >= 1) || !(maxPerHost >= 1)) throw new RangeError('maxInFlight and maxPerHost must be at least 1');
  const perHost = new Map<string, number>();
  const waiters: Waiter[] = [];
  let inFlight = 0;

  function take(host: string): () => void {
    inFlight += 1;
    perHost.set(host, (perHost.get(host) ?? 0) + 1);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      inFlight -= 1;
      const left = (perHost.get(host) ?? 1) - 1;
      if (left === 0) perHost.delete(host);
      else perHost.set(host, left);
      grantWaiting();
    };
  }

  const hasRoom = (host: string) => inFlight < maxInFlight && (perHost.get(host) ?? 0) < maxPerHost;

  function grantWaiting(): void {
    for (let index = 0; index < waiters.length && inFlight < maxInFlight; ) {
      const waiter = waiters[index];
      if (waiter !== undefined && hasRoom(waiter.host)) {
        waiters.splice(index, 1);
        waiter.grant(take(waiter.host));
      } else {
        index += 1;
      }
    }
  }

  return {
    acquire(host, signal) {
      if (signal?.aborted) return Promise.reject(signal.reason);
      if (hasRoom(host) && waiters.length === 0) return Promise.resolve(take(host));
      return new Promise((resolve, reject) => {
        const onAbort = (): void => {
          const index = waiters.indexOf(waiter);
          if (index >= 0) waiters.splice(index, 1);
          reject(signal?.reason);
        };
        const waiter: Waiter = {
          host,
          grant: (release) => {
            signal?.removeEventListener('abort', onAbort);
            resolve(release);
          },
        };
        signal?.addEventListener('abort', onAbort, { once: true });
        waiters.push(waiter);
        grantWaiting();
      });
    },
    get inFlight() {
      return inFlight;
    },
    get waiting() {
      return waiters.length;
    },
  };
}
