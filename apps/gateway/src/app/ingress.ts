import type { HeimdallError } from '@heimdall/eventstream';
import type { z } from 'zod';
import type { GatewayContext, GatewayDependencies } from './gateway-context.js';

/**
 * An API shape clients speak to the gateway: its operations' handlers, and how it tells a client what went wrong.
 * The app around it (exchange, authentication, limits, hooks, routing to upstreams) is the same for every ingress;
 * each ingress is a folder under `ingress/`, e.g. `ingress/bedrock/`.
 */
export interface Ingress {
  /** The response header every reply carries the request id in, for a client to quote. */
  readonly requestIdHeader: string;
  /** The handlers of the spec operations this ingress serves, by their `x-heimdall-handler`. */
  createHandlers(dependencies: GatewayDependencies): {
    converse: (context: GatewayContext) => Promise<Response>;
    converseStream: (context: GatewayContext) => Promise<Response>;
  };
  /** Any failure as the error this ingress's clients are told. */
  clientError(error: unknown, requestId: string): HeimdallError;
  /** A request that broke the operation's schema, in this ingress's words. */
  invalidRequest(issues: z.ZodError): HeimdallError;
  /** A path no operation serves; `hint` says where to go instead, when the gateway knows better than the default. */
  unknownOperation(method: string, path: string, hint?: string): HeimdallError;
  /** The reply for an error before any stream began. */
  errorResponse(error: HeimdallError, requestId: string): Response;
}
