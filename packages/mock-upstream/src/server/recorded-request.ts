import type { IncomingHttpHeaders, ServerResponse } from 'node:http';

/**
 * How the exchange of a request ended: the reply was sent in full, the client closed the connection before that,
 * or the script dropped the connection on purpose.
 */
export type RequestOutcome = 'completed' | 'closed-early' | 'dropped';

/**
 * How a request proved who sent it, as a wire format that checks signatures (Bedrock) read it. `verified` is true
 * when the mock checked the credentials and accepted them, false when it refused them, and `undefined` when the mock
 * was given nothing of that kind to check against.
 */
export type RequestAuthorization =
  | {
      scheme: 'sigv4';
      /** The access key id of the credential scope. */
      accessKeyId: string;
      region: string;
      /** The signing service, `bedrock` for Bedrock Runtime. */
      service: string;
      /** The headers the signature covers, lower-case, in the order the client listed them. */
      signedHeaders: readonly string[];
      verified: boolean | undefined;
    }
  | { scheme: 'bearer'; verified: boolean | undefined }
  /** No `Authorization` header, or one of no known scheme. */
  | { scheme: 'none' };

/** One request the mock received, for tests to check what the gateway sent and how the exchange ended. */
export interface RecordedRequest {
  readonly method: string;
  /** The path without the query string. */
  readonly path: string;
  /** Header names are lower-case, as Node gives them. */
  readonly headers: IncomingHttpHeaders;
  /** The parsed JSON body; `undefined` when the body is not JSON. */
  readonly body: unknown;
  readonly rawBody: string;
  readonly receivedAt: Date;
  /** How the request was signed or authorized; `undefined` for wire formats that only compare keys (OpenAI, Anthropic). */
  readonly authorization: RequestAuthorization | undefined;
  /** True once the client has closed the connection before the reply was complete. */
  readonly closedEarly: boolean;
  /** Settles when the exchange is over, telling how it ended. */
  readonly settled: Promise<RequestOutcome>;
}

/** A recorded request together with the controls the server uses while answering it. */
export interface TrackedRequest {
  record: RecordedRequest;
  /** Aborted when the connection closes, so pending pauses of a script stop at once. */
  signal: AbortSignal;
  /** Destroys the connection mid-reply, recording the outcome as `dropped` rather than `closed-early`. */
  drop(): void;
  /** Records how the request was authorized, once the wire format has checked it. */
  setAuthorization(authorization: RequestAuthorization): void;
}

/** Records a request and follows its response until the connection closes. */
export function trackRequest({
  method,
  path,
  headers,
  rawBody,
  response,
}: {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  rawBody: Buffer;
  response: ServerResponse;
}): TrackedRequest {
  const controller = new AbortController();
  let outcome: RequestOutcome | undefined;
  let dropping = false;
  let resolveSettled: (outcome: RequestOutcome) => void = () => {};
  const settled = new Promise<RequestOutcome>((resolve) => {
    resolveSettled = resolve;
  });
  const settle = () => {
    if (outcome !== undefined) return;
    if (dropping) outcome = 'dropped';
    else outcome = response.writableFinished ? 'completed' : 'closed-early';
    controller.abort();
    resolveSettled(outcome);
  };
  response.once('close', settle);
  // The client may have gone while the body was being read, before anyone listened for it.
  if (response.socket === null || response.socket.destroyed) settle();

  const text = rawBody.toString('utf8');
  let authorization: RequestAuthorization | undefined;
  const record: RecordedRequest = {
    method,
    path,
    headers,
    body: parseJson(text),
    rawBody: text,
    receivedAt: new Date(),
    get authorization() {
      return authorization;
    },
    get closedEarly() {
      return outcome === 'closed-early';
    },
    settled,
  };
  return {
    record,
    signal: controller.signal,
    drop: () => {
      dropping = true;
      response.destroy();
    },
    setAuthorization: (value) => {
      authorization = value;
    },
  };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
