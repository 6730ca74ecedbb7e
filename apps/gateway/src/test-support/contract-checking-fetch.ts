import { bedrockErrorStatuses } from '@heimdall/spec';
import { createSpecValidator, decodeFrames } from '@heimdall/testing';

type Fetch = (request: Request) => Response | Promise<Response>;

const spec = createSpecValidator();

/** The management API's replies: `[method, path pattern, schema]`, the first match winning. */
const governanceReplies: readonly [string, RegExp, string][] = [
  ['GET', /^\/api\/logs$/, 'LogSearchResult'],
  ['GET', /^\/api\/logs\/stats$/, 'LogStats'],
  ['GET', /^\/api\/governance\/virtual-keys\/quota$/, 'VirtualKeyQuota'],
  ['GET', /^\/api\/governance\/virtual-keys$/, 'VirtualKeyList'],
  ['POST', /^\/api\/governance\/virtual-keys(\/[^/]+\/rotate)?$/, 'VirtualKeySecretResponse'],
  ['GET', /^\/api\/governance\/teams$/, 'TeamList'],
  ['GET', /^\/api\/governance\/customers$/, 'CustomerList'],
  ['DELETE', /^\/api\/governance\//, 'DeletedResponse'],
  ['*', /^\/api\/governance\/virtual-keys\//, 'VirtualKeyResponse'],
  ['*', /^\/api\/governance\/teams/, 'TeamResponse'],
  ['*', /^\/api\/governance\/customers/, 'CustomerResponse'],
];

/** What a response must be, by status and content type, according to the spec. */
function jsonSchemaFor(request: Request, response: Response): string | undefined {
  if (response.status >= 400) return 'BedrockError';
  const path = new URL(request.url).pathname;
  if (path === '/health') return 'HealthStatus';
  if (path === '/ready') return 'ReadyStatus';
  const governance = governanceReplies.find(
    ([method, pattern]) => (method === '*' || method === request.method) && pattern.test(path),
  );
  if (governance) return governance[2];
  if (path.endsWith('/converse')) return 'ConverseResponse';
  return undefined;
}

/** The error type must be one the spec sends with that status. */
function errorTypeProblems(response: Response, where: string): string[] {
  const type = response.headers.get('x-amzn-errortype');
  if (!type) return [`${where}: no x-amzn-errortype header`];
  const status = (bedrockErrorStatuses as Record<string, number>)[type];
  return status === response.status
    ? []
    : [`${where}: x-amzn-errortype ${type} is not a type the spec sends with ${response.status}`];
}

async function eventStreamProblems(body: ReadableStream<Uint8Array>): Promise<string[]> {
  const bytes = new Uint8Array(await new Response(body).arrayBuffer());
  const problems: string[] = [];
  for (const frame of await decodeFrames(bytes)) {
    problems.push(...spec.streamEventProblems(frame.eventType, frame.payload));
  }
  return problems;
}

/**
 * Wraps the gateway's fetch handler so that every response it produces is checked against the spec as it passes:
 * JSON bodies against their schema, error replies for their headers, every frame of a stream against the schema of
 * its event. Problems are collected, not thrown, so the client under test sees the very same bytes.
 */
export function createContractCheckingFetch(fetch: Fetch) {
  const violations: string[] = [];
  const pending = new Set<Promise<void>>();
  const track = (work: Promise<void>) => {
    pending.add(work);
    void work.finally(() => pending.delete(work));
  };
  const wrapped: Fetch = async (request) => {
    const response = await fetch(request);
    const where = `${request.method} ${new URL(request.url).pathname} → ${response.status}`;
    if (!response.headers.get('x-amzn-requestid')) violations.push(`${where}: no x-amzn-requestid header`);
    if (response.status >= 400) violations.push(...errorTypeProblems(response, where));
    const contentType = response.headers.get('content-type') ?? '';
    if (contentType.startsWith('application/vnd.amazon.eventstream') && response.body) {
      const [forClient, forCheck] = response.body.tee();
      track(
        eventStreamProblems(forCheck)
          .then((problems) => void violations.push(...problems.map((problem) => `${where}: ${problem}`)))
          .catch((error: unknown) => void violations.push(`${where}: undecodable stream: ${String(error)}`)),
      );
      return new Response(forClient, { status: response.status, headers: response.headers });
    }
    const schemaName = jsonSchemaFor(request, response);
    // A reply to HEAD has the headers of its GET and no body to check.
    if (schemaName && contentType.startsWith('application/json') && request.method !== 'HEAD') {
      track(
        response
          .clone()
          .json()
          .then(
            (body: unknown) =>
              void violations.push(...spec.problems(schemaName, body).map((problem) => `${where}: ${problem}`)),
          ),
      );
    }
    return response;
  };
  return {
    fetch: wrapped,
    /** Every violation seen so far, once the checks of finished responses are done. */
    async violations(): Promise<string[]> {
      await Promise.allSettled([...pending]);
      return [...violations];
    },
  };
}
