import { InternalServerException } from '@heimdall/eventstream';
import type { BedrockProviderSettings } from '../../providers/bedrock/bedrock-settings.js';
import type { ConverseCall, ProviderAdapter } from '../provider-adapter.js';
import type { AdapterContext } from '../shared/adapter-context.js';
import { secretsOfProvider } from '../shared/gateway-secrets.js';
import { type Redact, SecretRedactor } from '../shared/redact-secrets.js';
import { UpstreamFailure } from '../shared/upstream-failure.js';
import { sendUpstream, type UpstreamResponse } from '../shared/upstream-http.js';
import { type AwsCredentialProvider, credentialProviderFor } from './bedrock-credentials.js';
import { type BedrockOperation, bedrockOperationUrl } from './bedrock-endpoint.js';
import { bedrockHttpFailure, headerValue } from './bedrock-http-failure.js';
import { openBedrockStream } from './bedrock-stream-events.js';
import { readConverseResponse } from './read-converse-response.js';
import { type BedrockRequestSigner, createBearerSigner, createSigV4Signer } from './sign-bedrock-request.js';

const eventStreamType = 'application/vnd.amazon.eventstream';
const acceptedType: Record<BedrockOperation, string> = {
  'converse-stream': eventStreamType,
  converse: 'application/json',
};

/**
 * Amazon Bedrock itself, the default provider: the Converse request goes on as it came (the gateway's `fallbacks`
 * already removed), signed with SigV4 for service `bedrock` (or sent with a Bedrock API key as a bearer token), and
 * Bedrock's reply comes back unchanged: the stream's events with every field, its errors with their own type and
 * status, the Converse JSON as it is. What Bedrock says about a failure passes through `redactor`, which also
 * learns the credentials the AWS chain resolves.
 * @see https://docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_ConverseStream.html
 * @see https://docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_Converse.html
 */
export function createBedrockAdapter(
  settings: BedrockProviderSettings,
  { redactor }: Pick<AdapterContext, 'redactor'> = { redactor: new SecretRedactor(secretsOfProvider(settings)) },
): ProviderAdapter {
  const { redact } = redactor;
  const sign: BedrockRequestSigner =
    settings.bearerToken === undefined
      ? createSigV4Signer({
          region: settings.region,
          credentials: learningCredentials(credentialProviderFor(settings), redactor),
        })
      : createBearerSigner(settings.bearerToken);
  const headers = Object.fromEntries(
    Object.entries(settings.headers).map(([name, value]) => [name.toLowerCase(), value]),
  );

  async function send(call: ConverseCall, operation: BedrockOperation): Promise<UpstreamResponse> {
    const url = bedrockOperationUrl({ baseUrl: settings.baseUrl, model: call.model, operation });
    // The exact string that is signed is the one sent: the signature covers the body's hash.
    const body = JSON.stringify(call.request);
    const requestHeaders = { ...headers, 'content-type': 'application/json', accept: acceptedType[operation] };
    let signedHeaders: Record<string, string>;
    try {
      signedHeaders = await sign({ url, headers: requestHeaders, body });
    } catch (error) {
      throw credentialsFailure(settings.name, error, redact);
    }
    const response = await sendUpstream({
      provider: settings.name,
      url: url.href,
      headers: signedHeaders,
      body,
      signal: call.signal,
      timeouts: settings.timeouts,
    });
    if (response.status >= 400) throw await bedrockHttpFailure({ response, redact });
    return response;
  }

  return {
    settings,
    async converseStream(call) {
      const response = await send(call, 'converse-stream');
      const contentType = headerValue(response.headers, 'content-type');
      if (contentType !== undefined && !contentType.startsWith(eventStreamType)) {
        // Read (a bounded part of) the body so the connection is released.
        await response.text().catch(() => '');
        throw new UpstreamFailure({
          error: new InternalServerException({
            message: `${settings.name}: the upstream answered ConverseStream with ${contentType}, not an event stream`,
          }),
          retryable: false,
        });
      }
      return openBedrockStream({
        body: response.body,
        provider: settings.name,
        redact,
        idleMs: settings.timeouts.idleMs,
        upstreamRequestId: headerValue(response.headers, 'x-amzn-requestid'),
      });
    },
    async converse(call) {
      const response = await send(call, 'converse');
      return readConverseResponse({
        body: response.body,
        provider: settings.name,
        redact,
        idleMs: settings.timeouts.idleMs,
      });
    },
  };
}

/**
 * No credentials to sign with: none configured and none found by the default chain. A fault of the gateway's setup,
 * not of the request, that retrying will not mend.
 */
function credentialsFailure(provider: string, error: unknown, redact: Redact): UpstreamFailure {
  const reason = redact(error instanceof Error ? error.message : String(error));
  return new UpstreamFailure({
    error: new InternalServerException({
      message: `${provider}: no AWS credentials to sign with (${reason})`,
      cause: error,
    }),
    retryable: false,
  });
}

/** Credentials as resolved, each one handed to the redactor first: the chain's are only known once it ran. */
function learningCredentials(credentials: AwsCredentialProvider, redactor: SecretRedactor): AwsCredentialProvider {
  return async () => {
    const resolved = await credentials();
    redactor.add([resolved.accessKeyId, resolved.secretAccessKey, resolved.sessionToken]);
    return resolved;
  };
}
