import http from 'node:http';

export interface LoadBalancer {
  /** `http://127.0.0.1:<port>`: where Telegram (the emulator) is told to send updates. */
  origin: string;
  /** Which backend each request went to, in order (its index in `backends`). */
  routed: number[];
  close(): Promise<void>;
}

/**
 * A load balancer in front of several bot instances: each request goes to the next backend in turn,
 * method, path, headers and body as they came, and the backend's answer goes back as it is. A backend
 * that does not answer (a killed instance) gets the request retried on the next one, as real ones do.
 */
export async function startLoadBalancer(backends: () => readonly number[]): Promise<LoadBalancer> {
  const routed: number[] = [];
  let next = 0;
  const server = http.createServer(async (request, response) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    const ports = backends();
    for (let attempt = 0; attempt < ports.length; attempt++) {
      const index = next++ % ports.length;
      try {
        const answer = await fetch(`http://127.0.0.1:${ports[index]}${request.url ?? '/'}`, {
          method: request.method ?? 'GET',
          headers: Object.fromEntries(Object.entries(request.headers).filter((entry): entry is [string, string] => typeof entry[1] === 'string' && entry[0] !== 'host' && entry[0] !== 'content-length')),
          ...(body.length > 0 && { body }),
        });
        routed.push(index);
        response.writeHead(answer.status, { 'content-type': answer.headers.get('content-type') ?? 'text/plain' }).end(Buffer.from(await answer.arrayBuffer()));
        return;
      } catch {
        // That instance is down: try the next.
      }
    }
    response.writeHead(502).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('the load balancer listens on no TCP port');
  return {
    origin: `http://127.0.0.1:${address.port}`,
    routed,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A port nobody listens on right now (for an instance's PORT, which must be known before it starts). */
export async function freePort(): Promise<number> {
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('no free port');
  return address.port;
}
