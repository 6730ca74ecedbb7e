import { z } from 'zod';
import { connectionLimitsSchema } from './connection-limits-schema.js';
import { milliseconds, positiveMilliseconds, wholeNumber } from './numbers.js';
import { readablePathSchema } from './readable-path.js';

const portMessage = 'must be a port number from 1 to 65535 (or 0 for any free port)';

/** A certificate or its key, which go together. */
const readableFile = readablePathSchema('file', 'is required: a certificate goes with its key');

/** Where and how the gateway listens. */
export const serverSchema = z.strictObject({
  host: z.string().min(1, { error: 'must not be empty' }).default('127.0.0.1'),
  port: wholeNumber().min(0, { error: portMessage }).max(65535, { error: portMessage }).default(8080),
  /** Amazon Bedrock's own limit on a Converse request body. */
  bodyLimitBytes: wholeNumber()
    .positive({ error: 'must be a positive number of bytes' })
    .default(20 * 1024 * 1024),
  /** How long streams in flight may finish after SIGTERM. */
  shutdownGraceMs: milliseconds().default(25_000),
  /**
   * How long one request may take to get an answer, across its retries and fallbacks: from its arrival until an
   * upstream begins streaming the reply (ConverseStream) or has sent the whole reply (Converse). Room for one full
   * first-byte wait and the retries and fallbacks after it, while a dead upstream can no longer hold a request for
   * the many minutes its retries and fallbacks would add up to.
   */
  requestTimeBudgetMs: positiveMilliseconds().default(300_000),
  /**
   * How long after a request's arrival a retry or fallback may still begin. A dead upstream fails fast, and its
   * retries, backoffs and fallbacks are what add up (3 attempts × a client's own 5 retries made 15 calls and 13 s);
   * past this the client gets the last attempt's error at once. An attempt under way is not cut short by it.
   */
  attemptBudgetMs: positiveMilliseconds().default(10_000),
  /** Time limits and caps of client connections. */
  connections: connectionLimitsSchema.prefault({}),
  /** Serve HTTPS, with ALPN offering HTTP/2 and HTTP/1.1. */
  tls: z.strictObject({ certFile: readableFile, keyFile: readableFile }).optional(),
});

export type ServerSettings = z.output<typeof serverSchema>;
