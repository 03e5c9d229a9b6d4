import { readFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** What a test page answers; `hits` counts how often it was asked for. */
export type PageRoute = (request: http.IncomingMessage, response: http.ServerResponse) => void;

export interface PageServer {
  origin: string;
  /** Adds or replaces a route. */
  route(path: string, handler: PageRoute): void;
  hits(path: string): number;
  close(): Promise<void>;
}

/** A local web server for the links people send, on 127.0.0.1 port 0 (tests set ALLOW_PRIVATE_URLS=true). */
export async function startPageServer(routes: Record<string, PageRoute> = {}): Promise<PageServer> {
  const table = new Map(Object.entries(routes));
  const counts = new Map<string, number>();
  const sockets = new Set<import('node:net').Socket>();
  const server = http.createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://x').pathname;
    counts.set(path, (counts.get(path) ?? 0) + 1);
    const handler = table.get(path);
    if (handler) handler(request, response);
    else response.writeHead(404, { 'content-type': 'text/html' }).end('<h1>Not found</h1>');
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    route: (path, handler) => table.set(path, handler),
    hits: (path) => counts.get(path) ?? 0,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

export const htmlPage =
  (html: string): PageRoute =>
  (_request, response) =>
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);

export async function fixturePage(file: string): Promise<PageRoute> {
  return htmlPage(await readFile(new URL(`../fixtures/pages/${file}`, import.meta.url), 'utf8'));
}
