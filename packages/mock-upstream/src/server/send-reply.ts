import type { ServerResponse } from 'node:http';
import type { HttpReply } from '../wire/wire-format.js';

/** Sends a complete reply with its length, so the client knows it is whole. */
export function sendReply(response: ServerResponse, reply: HttpReply): void {
  const body = typeof reply.body === 'string' ? Buffer.from(reply.body) : reply.body;
  response.writeHead(reply.status, { ...reply.headers, 'content-length': String(body.byteLength) });
  response.end(body);
}
