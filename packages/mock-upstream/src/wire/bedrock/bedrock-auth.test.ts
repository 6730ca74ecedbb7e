import { AccessDeniedException } from '@aws-sdk/client-bedrock-runtime';
import { loadSigningLibrary } from '@heimdall/sigv4';
import { describe, expect, it } from 'vitest';
import type { MockUpstream } from '../../server/create-mock-upstream.js';
import { createBedrockClient, readSdkStream, testBedrockCredentials } from '../../test-support/bedrock-client.js';
import { useMockUpstream } from '../../test-support/use-mock-upstream.js';

const bearerToken = 'bedrock-api-key-for-tests';
const getMock = useMockUpstream({ apiKeys: { bedrock: { ...testBedrockCredentials, bearerToken } } });
const body = JSON.stringify({ messages: [{ role: 'user', content: [{ text: 'Hi' }] }] });

/** Signs a request the way aws4fetch does (only `host` and `x-amz-date`), then sends `sentBody` with that signature. */
async function sendSigned({
  mock,
  sentBody = body,
  signingDate = new Date(),
  sessionToken,
}: {
  mock: MockUpstream;
  sentBody?: string;
  signingDate?: Date;
  sessionToken?: string;
}): Promise<Response> {
  const url = new URL(`${mock.bedrockBaseUrl}/model/us.amazon.nova-micro-v1%3A0/converse-stream`);
  const { SignatureV4, HttpRequest, Sha256 } = await loadSigningLibrary();
  const signer = new SignatureV4({
    credentials: { ...testBedrockCredentials, sessionToken },
    region: 'eu-central-1',
    service: 'bedrock',
    sha256: Sha256,
    applyChecksum: false,
  });
  const signed = await signer.sign(
    new HttpRequest({ method: 'POST', hostname: url.hostname, path: url.pathname, headers: { host: url.host }, body }),
    { signingDate },
  );
  const { host: _host, ...headers } = signed.headers;
  return fetch(url, { method: 'POST', headers, body: sentBody });
}

describe('a mock given Bedrock credentials', () => {
  it('accepts a request the AWS SDK signed with the key, and records that it was signed by it', async () => {
    const { events, error } = await readSdkStream(createBedrockClient(getMock()), 'm');

    expect(error).toBeUndefined();
    expect(events.at(-1)).toHaveProperty('metadata');
    expect(getMock().requests[0]?.authorization).toEqual({
      scheme: 'sigv4',
      accessKeyId: testBedrockCredentials.accessKeyId,
      region: 'us-east-1',
      service: 'bedrock',
      signedHeaders: expect.arrayContaining(['host', 'x-amz-content-sha256', 'x-amz-date', 'content-type']),
      verified: true,
    });
  });

  it('refuses a signature made with the wrong secret with AccessDeniedException', async () => {
    const client = createBedrockClient(getMock(), {
      credentials: { accessKeyId: testBedrockCredentials.accessKeyId, secretAccessKey: 'not-the-secret' },
    });
    const { error } = await readSdkStream(client, 'm');

    expect(error).toBeInstanceOf(AccessDeniedException);
    expect(error).toMatchObject({ $metadata: { httpStatusCode: 403 } });
    expect((error as Error).message).toMatch(/signature we calculated does not match/);
    expect(getMock().requests[0]?.authorization).toMatchObject({ scheme: 'sigv4', verified: false });
  });

  it('refuses an access key it does not know with UnrecognizedClientException', async () => {
    const client = createBedrockClient(getMock(), {
      credentials: { accessKeyId: 'AKIAUNKNOWN', secretAccessKey: testBedrockCredentials.secretAccessKey },
    });
    const { error } = await readSdkStream(client, 'm');

    expect(error).toMatchObject({ name: 'UnrecognizedClientException', $metadata: { httpStatusCode: 403 } });
    expect(getMock().requests[0]?.authorization).toMatchObject({ accessKeyId: 'AKIAUNKNOWN', verified: false });
  });

  it('accepts its bearer token, and refuses another one', async () => {
    const accepted = await readSdkStream(createBedrockClient(getMock(), { token: bearerToken }), 'm');
    const refused = await readSdkStream(createBedrockClient(getMock(), { token: 'some-other-token' }), 'm');

    expect(accepted.error).toBeUndefined();
    expect(getMock().requests[0]?.headers.authorization).toBe(`Bearer ${bearerToken}`);
    expect(getMock().requests[0]?.authorization).toEqual({ scheme: 'bearer', verified: true });
    expect(refused.error).toMatchObject({ name: 'UnrecognizedClientException' });
    expect(getMock().requests[1]?.authorization).toEqual({ scheme: 'bearer', verified: false });
  });

  it('refuses a request without credentials with 403 and the error type header', async () => {
    const response = await fetch(`${getMock().bedrockBaseUrl}/model/m/converse-stream`, { method: 'POST', body });

    expect(response.status).toBe(403);
    expect(response.headers.get('x-amzn-errortype')).toMatch(/^AccessDeniedException:/);
    expect(response.headers.get('x-amzn-requestid')).toMatch(/^[0-9a-f-]{36}$/);
    expect(await response.json()).toEqual({ message: expect.stringMatching(/^Missing Authentication Token/) });
    expect(getMock().requests[0]?.authorization).toEqual({ scheme: 'none' });
  });

  it('accepts a signature over host and x-amz-date only, and with a session token', async () => {
    expect((await sendSigned({ mock: getMock() })).status).toBe(200);
    expect((await sendSigned({ mock: getMock(), sessionToken: 'session-token' })).status).toBe(200);
    expect(getMock().requests[0]?.authorization).toMatchObject({
      signedHeaders: ['host', 'x-amz-date'],
      region: 'eu-central-1',
      verified: true,
    });
    expect(getMock().requests[1]?.authorization).toMatchObject({
      signedHeaders: ['host', 'x-amz-date', 'x-amz-security-token'],
      verified: true,
    });
  });

  it('refuses a body that is not the one signed', async () => {
    const response = await sendSigned({ mock: getMock(), sentBody: body.replace('Hi', 'Ho') });

    expect(response.status).toBe(403);
    expect(response.headers.get('x-amzn-errortype')).toMatch(/^AccessDeniedException:/);
  });

  it('refuses a signature made more than 15 minutes ago', async () => {
    const response = await sendSigned({ mock: getMock(), signingDate: new Date(Date.now() - 20 * 60 * 1000) });

    expect(response.status).toBe(403);
    expect(await response.json()).toEqual({ message: expect.stringMatching(/^Signature expired/) });
  });
});

describe('a mock given no Bedrock credentials', () => {
  const getOpenMock = useMockUpstream();

  it('accepts any signature, recording the key id it names without checking it', async () => {
    const client = createBedrockClient(getOpenMock(), {
      credentials: { accessKeyId: 'AKIAANY', secretAccessKey: 'any' },
    });
    const { error } = await readSdkStream(client, 'm');

    expect(error).toBeUndefined();
    expect(getOpenMock().requests[0]?.authorization).toMatchObject({
      scheme: 'sigv4',
      accessKeyId: 'AKIAANY',
      verified: undefined,
    });
  });
});
