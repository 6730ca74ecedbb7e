import type { BedrockConverseRequest, ConverseResponse, ConverseStreamEvent } from '@heimdall/spec';
import { describe, expectTypeOf, it } from 'vitest';
import type { ConverseStream } from '../stream/converse-stream.js';
import { createHeimdallClient } from './create-heimdall-client.js';
import type { ConverseRoutePrefix } from './route-prefix.js';

const client = createHeimdallClient({ baseUrl: 'https://gateway.example.com', apiKey: 'key' });
const request: BedrockConverseRequest = { messages: [{ role: 'user', content: [{ text: 'Hi' }] }] };

describe('client types', () => {
  it('derives the route prefixes from the spec’s paths', () => {
    expectTypeOf<ConverseRoutePrefix>().toEqualTypeOf<
      '' | '/pydanticai/bedrock' | '/bedrock' | '/pydanticai' | '/langchain' | '/litellm'
    >();
    // @ts-expect-error a prefix the spec does not serve
    createHeimdallClient({ baseUrl: 'https://gateway.example.com', prefix: '/openai' });
    // @ts-expect-error a prefix the spec does not serve, on one call
    client.converseStream('model', request, { prefix: '/litellm/' });
  });

  it('types the request by the spec, so a misspelled field does not compile', () => {
    // @ts-expect-error `mesages` is not a field of the request
    client.converseStream('model', { mesages: [] });
    // @ts-expect-error `temprature` is not a field of inferenceConfig
    client.converse('model', { messages: [], inferenceConfig: { temprature: 0.5 } });
    // @ts-expect-error a content block needs one of the spec's members
    client.converse('model', { messages: [{ role: 'user', content: [{ txt: 'Hi' }] }] });
    // @ts-expect-error the model id is a string
    client.converse(42, request);
  });

  it('types what comes back by the spec', () => {
    const stream = client.converseStream('model', request);
    expectTypeOf(stream).toEqualTypeOf<ConverseStream>();
    expectTypeOf(stream).toExtend<ReadableStream<ConverseStreamEvent>>();
    expectTypeOf(stream).toExtend<AsyncIterable<ConverseStreamEvent>>();
    expectTypeOf(stream.textStream()).toExtend<AsyncIterable<string>>();
    expectTypeOf(stream.finalResponse()).toEqualTypeOf<Promise<ConverseResponse>>();
    expectTypeOf(stream.requestId).toEqualTypeOf<Promise<string | undefined>>();
    expectTypeOf(client.converse('model', request)).toEqualTypeOf<Promise<ConverseResponse>>();
  });

  it('narrows each event by its member', async () => {
    for await (const event of client.converseStream('model', request)) {
      if ('contentBlockDelta' in event) {
        expectTypeOf(event.contentBlockDelta.contentBlockIndex).toEqualTypeOf<number>();
        // @ts-expect-error a delta event has no stopReason
        event.contentBlockDelta.stopReason;
      }
      if ('messageStop' in event)
        expectTypeOf(event.messageStop.stopReason).toEqualTypeOf<ConverseResponse['stopReason']>();
    }
  });

  it('types the management API by the spec: a misspelt budget does not compile, and the secret comes back typed', () => {
    const admin = createHeimdallClient({ baseUrl: 'https://gateway.example.com', adminKey: 'admin' });
    // @ts-expect-error `budgett` is not a field of a new virtual key
    admin.governance.virtualKeys.create({ name: 'k', budgett: { max_limit: 1, reset_duration: '1d' } });
    // @ts-expect-error a budget needs its reset_duration
    admin.governance.teams.create({ name: 't', budget: { max_limit: 1 } });
    expectTypeOf(admin.governance.virtualKeys.rotate('id')).resolves.toHaveProperty('virtual_key');
    expectTypeOf<
      Awaited<ReturnType<typeof admin.governance.virtualKeys.create>>['virtual_key']['value']
    >().toBeString();
  });
});
