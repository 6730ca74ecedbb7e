import { timingSafeEqual } from 'node:crypto';
import { parseSigV4Authorization, verifySigV4 } from '@heimdall/sigv4';
import type { RequestAuthorization } from '../../server/recorded-request.js';
import type { AuthenticationResult, IncomingRequestView } from '../wire-format.js';
import { bedrockErrorReply } from './bedrock-errors.js';

/**
 * What the mock accepts from Bedrock clients: requests SigV4-signed (service `bedrock`) with this access key, and/or
 * `Authorization: Bearer` with this token (a Bedrock API key). With neither, every request is accepted unchecked.
 */
export interface BedrockCredentials {
  accessKeyId?: string;
  secretAccessKey?: string;
  bearerToken?: string;
}

const signingService = 'bedrock';

/**
 * Checks who sent a Bedrock request, answering 403 as AWS does when the credentials are missing or wrong:
 * `UnrecognizedClientException` for a key id or token it does not know, `AccessDeniedException` for anything else
 * (a bad signature, a tampered body, a stale date, the wrong scheme).
 * @see https://docs.aws.amazon.com/bedrock/latest/APIReference/CommonErrors.html
 */
export async function authenticateBedrockRequest({
  request,
  credentials,
}: {
  request: IncomingRequestView;
  credentials: BedrockCredentials;
}): Promise<AuthenticationResult> {
  const { accessKeyId, secretAccessKey, bearerToken } = credentials;
  const checksSignatures = accessKeyId !== undefined && secretAccessKey !== undefined;
  const checksAnything = checksSignatures || bearerToken !== undefined;
  const header = request.headers.authorization ?? '';

  if (header.startsWith('Bearer ')) {
    if (bearerToken === undefined) {
      return checksAnything
        ? denied(
            { scheme: 'bearer', verified: false },
            'AccessDeniedException',
            'Bearer tokens are not accepted here; sign the request with SigV4.',
          )
        : { authorization: { scheme: 'bearer', verified: undefined } };
    }
    if (!sameSecret(header.slice('Bearer '.length), bearerToken)) {
      return denied(
        { scheme: 'bearer', verified: false },
        'UnrecognizedClientException',
        'The security token included in the request is invalid.',
      );
    }
    return { authorization: { scheme: 'bearer', verified: true } };
  }

  if (header.startsWith('AWS4-HMAC-SHA256')) {
    const parsed = parseSigV4Authorization(header);
    if (parsed === undefined) {
      return checksAnything
        ? denied(
            { scheme: 'none' },
            'AccessDeniedException',
            'The Authorization header is not a well-formed SigV4 signature.',
          )
        : { authorization: { scheme: 'none' } };
    }
    const { accessKeyId: signedKeyId, region, service, signedHeaders } = parsed;
    const authorization = (verified: boolean | undefined): RequestAuthorization => ({
      scheme: 'sigv4',
      accessKeyId: signedKeyId,
      region,
      service,
      signedHeaders,
      verified,
    });
    if (!checksSignatures) {
      return checksAnything
        ? denied(
            authorization(false),
            'AccessDeniedException',
            'SigV4 signatures are not accepted here; send the bearer token.',
          )
        : { authorization: authorization(undefined) };
    }
    if (signedKeyId !== accessKeyId) {
      return denied(
        authorization(false),
        'UnrecognizedClientException',
        'The security token included in the request is invalid.',
      );
    }
    if (service !== signingService) {
      return denied(
        authorization(false),
        'AccessDeniedException',
        `Credential should be scoped to correct service: '${signingService}'.`,
      );
    }
    const verdict = await verifySigV4({
      request: {
        method: request.method,
        path: request.path,
        query: new URL(request.url, 'http://mock.invalid').searchParams,
        header: (name) => {
          const value = request.headers[name];
          // A header as one string, the way it was signed; Node lists only a few repeated headers as arrays.
          return Array.isArray(value) ? value.join(',') : value;
        },
        body: request.rawBody,
      },
      authorization: parsed,
      secretAccessKey,
      // One mock stands for the endpoint of every region; the service was checked above.
      scope: { region, service: signingService },
    });
    if (!verdict.valid) return denied(authorization(false), 'AccessDeniedException', verdict.reason);
    return { authorization: authorization(true) };
  }

  if (!checksAnything) return { authorization: { scheme: 'none' } };
  return denied(
    { scheme: 'none' },
    'AccessDeniedException',
    'Missing Authentication Token: sign the request with SigV4 or send a bearer token.',
  );
}

function denied(authorization: RequestAuthorization, type: string, message: string): AuthenticationResult {
  return { authorization, rejection: bedrockErrorReply({ status: 403, type, message }) };
}

function sameSecret(given: string, expected: string): boolean {
  const givenBytes = Buffer.from(given);
  const expectedBytes = Buffer.from(expected);
  return givenBytes.length === expectedBytes.length && timingSafeEqual(givenBytes, expectedBytes);
}
