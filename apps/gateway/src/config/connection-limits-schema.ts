import { z } from 'zod';
import { positiveMilliseconds, wholeNumber } from './numbers.js';

const positiveCount = () => wholeNumber().positive({ error: 'must be a positive whole number' });

/**
 * What one client connection may cost the gateway: how long it may take to send a request, how long it may sit idle,
 * and how many connections and HTTP/2 streams there may be. The same limits apply to HTTP/1.1 and HTTP/2, in
 * cleartext and over TLS. The defaults suit a gateway on the internet or behind a load balancer: a request gets 20 s
 * for its headers and 60 s in all (a 20 MiB body at 350 KB/s); connections idle 65 s, longer than the 60 s idle
 * time-out of common load balancers, so the gateway never closes one they are about to reuse; 100 streams per HTTP/2
 * connection, as most servers allow. The per-address cap leaves room for a load balancer, whose connections all come
 * from few addresses.
 */
export const connectionLimitsSchema = z
  .strictObject({
    /** From accepting a connection to its first byte (and through the TLS handshake). */
    firstByteTimeoutMs: positiveMilliseconds().default(10_000),
    /** From the start of a request to the end of its headers. */
    headersTimeoutMs: positiveMilliseconds().default(20_000),
    /** From the start of a request to the last byte of its body: with the body limit, the slowest upload allowed. */
    requestTimeoutMs: positiveMilliseconds().default(60_000),
    /** How long a connection (HTTP/1.1 keep-alive or an HTTP/2 session) may stay open with no request in flight. */
    keepAliveTimeoutMs: positiveMilliseconds().default(65_000),
    /** Open connections per process; more are closed as they arrive. */
    maxConnections: positiveCount().default(10_000),
    /** Open connections per client IP address; more are closed as they arrive. */
    maxConnectionsPerAddress: positiveCount().default(1_000),
    /** Streams one HTTP/2 connection may have open at once (the SETTINGS_MAX_CONCURRENT_STREAMS it is sent). */
    maxConcurrentStreams: positiveCount().default(100),
    /** The largest header section of a request, HTTP/1.1 or HTTP/2 (SETTINGS_MAX_HEADER_LIST_SIZE). */
    maxHeaderBytes: wholeNumber()
      .min(1024, { error: 'must be at least 1024 bytes' })
      .default(32 * 1024),
  })
  .refine((limits) => limits.headersTimeoutMs <= limits.requestTimeoutMs, {
    path: ['headersTimeoutMs'],
    error: (issue) => {
      const limits = issue.input as { headersTimeoutMs: number; requestTimeoutMs: number };
      return `cannot be longer than the request time-out (${limits.requestTimeoutMs} ms), which includes it`;
    },
  });

export type ConnectionLimits = z.output<typeof connectionLimitsSchema>;
