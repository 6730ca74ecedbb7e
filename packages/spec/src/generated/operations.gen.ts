// Generated from openapi/bifrost.yaml by `pnpm generate`. Do not edit.

import { z } from 'zod';

import {
  BedrockConverseRequestSchema,
  BedrockErrorSchema,
  ConverseResponseSchema,
  ConverseStreamEventSchema,
  CreateCustomerRequestSchema,
  CreateTeamRequestSchema,
  CreateVirtualKeyRequestSchema,
  CustomerListSchema,
  CustomerResponseSchema,
  DeletedResponseSchema,
  HealthStatusSchema,
  LogSearchResultSchema,
  LogStatsSchema,
  ReadyStatusSchema,
  TeamListSchema,
  TeamResponseSchema,
  UpdateCustomerRequestSchema,
  UpdateTeamRequestSchema,
  UpdateVirtualKeyRequestSchema,
  VirtualKeyListSchema,
  VirtualKeyQuotaSchema,
  VirtualKeyResponseSchema,
  VirtualKeySecretResponseSchema,
} from './schemas.gen.js';

export const operations = {
  pydanticaiBedrockConverseStream: {
    method: 'post',
    path: '/pydanticai/bedrock/model/{modelId}/converse-stream',
    handler: 'converseStream',
    summary: 'Stream converse with model (PydanticAI - Bedrock format)',
    description: 'Sends messages to a model and streams the reply as Amazon Bedrock ConverseStream events.',
    tags: ['PydanticAI Integration'],
    security: [{ BearerAuth: [] }, { BasicAuth: [] }, { VirtualKeyAuth: [] }, { ApiKeyAuth: [] }, { SigV4Auth: [] }],
    params: z.object({
      modelId: z
        .string()
        .min(1)
        .max(2048)
        .meta({
          param: { name: 'modelId', in: 'path' },
          description:
            'The model: `provider/model` (`openai/gpt-4o`) when the part before the first `/` names a configured provider, otherwise a model id for the default provider. Percent-encoded in the path, as the SDKs do.',
        }),
    }),
    query: undefined,
    body: BedrockConverseRequestSchema,
    responses: {
      200: {
        description:
          "The reply as a stream of events, framed as `application/vnd.amazon.eventstream` messages. Each frame's payload is one member of `ConverseStreamEvent`, named by its `:event-type` header. Events come in this order: `messageStart`; for each content block an optional `contentBlockStart`, its `contentBlockDelta`s and a `contentBlockStop`; `messageStop`; `metadata`. A failure after the reply has begun is sent as an exception frame, and the stream ends.",
        content: { 'application/vnd.amazon.eventstream': { schema: ConverseStreamEventSchema } },
      },
      400: {
        description:
          'ValidationException. The request is invalid: malformed JSON, a field that breaks the schema, or a request the model cannot take (or `ServiceQuotaExceededException`: a budget of the key, its team or its customer is spent until it resets).',
        content: { 'application/json': { schema: BedrockErrorSchema } },
      },
      403: {
        description: 'AccessDeniedException. No valid gateway key, or the upstream refused its credentials.',
        content: { 'application/json': { schema: BedrockErrorSchema } },
      },
      404: {
        description: 'ResourceNotFoundException. The model or another resource was not found.',
        content: { 'application/json': { schema: BedrockErrorSchema } },
      },
      408: {
        description: 'ModelTimeoutException. The model did not answer in time.',
        content: { 'application/json': { schema: BedrockErrorSchema } },
      },
      424: {
        description: 'ModelErrorException. The model returned an error while processing the request.',
        content: { 'application/json': { schema: BedrockErrorSchema } },
      },
      429: {
        description:
          'ThrottlingException. Too many requests (or `ModelNotReadyException`: the model is not ready yet).',
        content: { 'application/json': { schema: BedrockErrorSchema } },
      },
      500: {
        description: 'InternalServerException. The gateway failed.',
        content: { 'application/json': { schema: BedrockErrorSchema } },
      },
      503: {
        description: 'ServiceUnavailableException. The upstream service is unavailable.',
        content: { 'application/json': { schema: BedrockErrorSchema } },
      },
    },
  },
  pydanticaiBedrockConverse: {
    method: 'post',
    path: '/pydanticai/bedrock/model/{modelId}/converse',
    handler: 'converse',
    summary: 'Converse with model (PydanticAI - Bedrock format)',
    description: 'Sends messages to a model and returns the whole reply, as Amazon Bedrock Converse does.',
    tags: ['PydanticAI Integration'],
    security: [{ BearerAuth: [] }, { BasicAuth: [] }, { VirtualKeyAuth: [] }, { ApiKeyAuth: [] }, { SigV4Auth: [] }],
    params: z.object({
      modelId: z
        .string()
        .min(1)
        .max(2048)
        .meta({
          param: { name: 'modelId', in: 'path' },
          description:
            'The model: `provider/model` (`openai/gpt-4o`) when the part before the first `/` names a configured provider, otherwise a model id for the default provider. Percent-encoded in the path, as the SDKs do.',
        }),
    }),
    query: undefined,
    body: BedrockConverseRequestSchema,
    responses: {
      200: { description: 'The whole reply.', content: { 'application/json': { schema: ConverseResponseSchema } } },
      400: {
        description:
          'ValidationException. The request is invalid: malformed JSON, a field that breaks the schema, or a request the model cannot take (or `ServiceQuotaExceededException`: a budget of the key, its team or its customer is spent until it resets).',
        content: { 'application/json': { schema: BedrockErrorSchema } },
      },
      403: {
        description: 'AccessDeniedException. No valid gateway key, or the upstream refused its credentials.',
        content: { 'application/json': { schema: BedrockErrorSchema } },
      },
      404: {
        description: 'ResourceNotFoundException. The model or another resource was not found.',
        content: { 'application/json': { schema: BedrockErrorSchema } },
      },
      408: {
        description: 'ModelTimeoutException. The model did not answer in time.',
        content: { 'application/json': { schema: BedrockErrorSchema } },
      },
      424: {
        description: 'ModelErrorException. The model returned an error while processing the request.',
        content: { 'application/json': { schema: BedrockErrorSchema } },
      },
      429: {
        description:
          'ThrottlingException. Too many requests (or `ModelNotReadyException`: the model is not ready yet).',
        content: { 'application/json': { schema: BedrockErrorSchema } },
      },
      500: {
        description: 'InternalServerException. The gateway failed.',
        content: { 'application/json': { schema: BedrockErrorSchema } },
      },
      503: {
        description: 'ServiceUnavailableException. The upstream service is unavailable.',
        content: { 'application/json': { schema: BedrockErrorSchema } },
      },
    },
  },
  bedrockConverseStream: {
    method: 'post',
    path: '/bedrock/model/{modelId}/converse-stream',
    handler: 'converseStream',
    summary: 'Stream converse with model (Bedrock clients, /bedrock)',
    description: 'Sends messages to a model and streams the reply as Amazon Bedrock ConverseStream events.',
    tags: ['Bedrock Integration'],
    security: [{ BearerAuth: [] }, { BasicAuth: [] }, { VirtualKeyAuth: [] }, { ApiKeyAuth: [] }, { SigV4Auth: [] }],
    params: z.object({
      modelId: z
        .string()
        .min(1)
        .max(2048)
        .meta({
          param: { name: 'modelId', in: 'path' },
          description:
            'The model: `provider/model` (`openai/gpt-4o`) when the part before the first `/` names a configured provider, otherwise a model id for the default provider. Percent-encoded in the path, as the SDKs do.',
        }),
    }),
    query: undefined,
    body: BedrockConverseRequestSchema,
    responses: {
      200: {
        description:
          "The reply as a stream of events, framed as `application/vnd.amazon.eventstream` messages. Each frame's payload is one member of `ConverseStreamEvent`, named by its `:event-type` header. Events come in this order: `messageStart`; for each content block an optional `contentBlockStart`, its `contentBlockDelta`s and a `contentBlockStop`; `messageStop`; `metadata`. A failure after the reply has begun is sent as an exception frame, and the stream ends.",
        content: { 'application/vnd.amazon.eventstream': { schema: ConverseStreamEventSchema } },
      },
      400: {
        description:
          'ValidationException. The request is invalid: malformed JSON, a field that breaks the schema, or a request the model cannot take (or `ServiceQuotaExceededException`: a budget of the key, its team or its customer is spent until it resets).',
        content: { 'application/json': { schema: BedrockErrorSchema } },
      },
      403: {
        description: 'AccessDeniedException. No valid gateway key, or the upstream refused its credentials.',
        content: { 'application/json': { schema: BedrockErrorSchema } },
      },
      404: {
        description: 'ResourceNotFoundException. The model or another resource was not found.',
        content: { 'application/json': { schema: BedrockErrorSchema } },
      },
      408: {
        description: 'ModelTimeoutException. The model did not answer in time.',
        content: { 'application/json': { schema: BedrockErrorSchema } },
      },
      424: {
        description: 'ModelErrorException. The model returned an error while processing the request.',
        content: { 'application/json': { schema: BedrockErrorSchema } },
      },
      429: {
        description:
          'ThrottlingException. Too many requests (or `ModelNotReadyException`: the model is not ready yet).',
        content: { 'application/json': { schema: BedrockErrorSchema } },
      },
      500: {
        description: 'InternalServerException. The gateway failed.',
        content: { 'application/json': { schema: BedrockErrorSchema } },
      },
      503: {
        description: 'ServiceUnavailableException. The upstream service is unavailable.',
        content: { 'application/json': { schema: BedrockErrorSchema } },
      },
    },
  },
  bedrockConverse: {
    method: 'post',
    path: '/bedrock/model/{modelId}/converse',
    handler: 'converse',
    summary: 'Converse with model (Bedrock clients, /bedrock)',
    description: 'Sends messages to a model and returns the whole reply, as Amazon Bedrock Converse does.',
    tags: ['Bedrock Integration'],
    security: [{ BearerAuth: [] }, { BasicAuth: [] }, { VirtualKeyAuth: [] }, { ApiKeyAuth: [] }, { SigV4Auth: [] }],
    params: z.object({
      modelId: z
        .string()
        .min(1)
        .max(2048)
        .meta({
          param: { name: 'modelId', in: 'path' },
          description:
            'The model: `provider/model` (`openai/gpt-4o`) when the part before the first `/` names a configured provider, otherwise a model id for the default provider. Percent-encoded in the path, as the SDKs do.',
        }),
    }),
    query: undefined,
    body: BedrockConverseRequestSchema,
    responses: {
      200: { description: 'The whole reply.', content: { 'application/json': { schema: ConverseResponseSchema } } },
      400: {
        description:
          'ValidationException. The request is invalid: malformed JSON, a field that breaks the schema, or a request the model cannot take (or `ServiceQuotaExceededException`: a budget of the key, its team or its customer is spent until it resets).',
        content: { 'application/json': { schema: BedrockErrorSchema } },
      },
      403: {
        description: 'AccessDeniedException. No valid gateway key, or the upstream refused its credentials.',
        content: { 'application/json': { schema: BedrockErrorSchema } },
      },
      404: {
        description: 'ResourceNotFoundException. The model or another resource was not found.',
        content: { 'application/json': { schema: BedrockErrorSchema } },
      },
      408: {
        description: 'ModelTimeoutException. The model did not answer in time.',
        content: { 'application/json': { schema: BedrockErrorSchema } },
      },
      424: {
        description: 'ModelErrorException. The model returned an error while processing the request.',
        content: { 'application/json': { schema: BedrockErrorSchema } },
      },
      429: {
        description:
          'ThrottlingException. Too many requests (or `ModelNotReadyException`: the model is not ready yet).',
        content: { 'application/json': { schema: BedrockErrorSchema } },
      },
      500: {
        description: 'InternalServerException. The gateway failed.',
        content: { 'application/json': { schema: BedrockErrorSchema } },
      },
      503: {
        description: 'ServiceUnavailableException. The upstream service is unavailable.',
        content: { 'application/json': { schema: BedrockErrorSchema } },
      },
    },
  },
  pydanticaiConverseStream: {
    method: 'post',
    path: '/pydanticai/model/{modelId}/converse-stream',
    handler: 'converseStream',
    summary: 'Stream converse with model (PydanticAI, /pydanticai)',
    description: 'Sends messages to a model and streams the reply as Amazon Bedrock ConverseStream events.',
    tags: ['PydanticAI Integration'],
    security: [{ BearerAuth: [] }, { BasicAuth: [] }, { VirtualKeyAuth: [] }, { ApiKeyAuth: [] }, { SigV4Auth: [] }],
    params: z.object({
      modelId: z
        .string()
        .min(1)
        .max(2048)
        .meta({
          param: { name: 'modelId', in: 'path' },
          description:
            'The model: `provider/model` (`openai/gpt-4o`) when the part before the first `/` names a configured provider, otherwise a model id for the default provider. Percent-encoded in the path, as the SDKs do.',
        }),
    }),
    query: undefined,
    body: BedrockConverseRequestSchema,
    responses: {
      200: {
        description:
          "The reply as a stream of events, framed as `application/vnd.amazon.eventstream` messages. Each frame's payload is one member of `ConverseStreamEvent`, named by its `:event-type` header. Events come in this order: `messageStart`; for each content block an optional `contentBlockStart`, its `contentBlockDelta`s and a `contentBlockStop`; `messageStop`; `metadata`. A failure after the reply has begun is sent as an exception frame, and the stream ends.",
        content: { 'application/vnd.amazon.eventstream': { schema: ConverseStreamEventSchema } },
      },
      400: {
        description:
          'ValidationException. The request is invalid: malformed JSON, a field that breaks the schema, or a request the model cannot take (or `ServiceQuotaExceededException`: a budget of the key, its team or its customer is spent until it resets).',
        content: { 'application/json': { schema: BedrockErrorSchema } },
      },
      403: {
        description: 'AccessDeniedException. No valid gateway key, or the upstream refused its credentials.',
        content: { 'application/json': { schema: BedrockErrorSchema } },
      },
      404: {
        description: 'ResourceNotFoundException. The model or another resource was not found.',
        content: { 'application/json': { schema: BedrockErrorSchema } },
      },
      408: {
        description: 'ModelTimeoutException. The model did not answer in time.',
        content: { 'application/json': { schema: BedrockErrorSchema } },
      },
      424: {
        description: 'ModelErrorException. The model returned an error while processing the request.',
        content: { 'application/json': { schema: BedrockErrorSchema } },
      },
      429: {
        description:
          'ThrottlingException. Too many requests (or `ModelNotReadyException`: the model is not ready yet).',
        content: { 'application/json': { schema: BedrockErrorSchema } },
      },
      500: {
        description: 'InternalServerException. The gateway failed.',
        content: { 'application/json': { schema: BedrockErrorSchema } },
      },
      503: {
        description: 'ServiceUnavailableException. The upstream service is unavailable.',
        content: { 'application/json': { schema: BedrockErrorSchema } },
      },
    },
  },
  pydanticaiConverse: {
    method: 'post',
    path: '/pydanticai/model/{modelId}/converse',
    handler: 'converse',
    summary: 'Converse with model (PydanticAI, /pydanticai)',
    description: 'Sends messages to a model and returns the whole reply, as Amazon Bedrock Converse does.',
    tags: ['PydanticAI Integration'],
    security: [{ BearerAuth: [] }, { BasicAuth: [] }, { VirtualKeyAuth: [] }, { ApiKeyAuth: [] }, { SigV4Auth: [] }],
    params: z.object({
      modelId: z
        .string()
        .min(1)
        .max(2048)
        .meta({
          param: { name: 'modelId', in: 'path' },
          description:
            'The model: `provider/model` (`openai/gpt-4o`) when the part before the first `/` names a configured provider, otherwise a model id for the default provider. Percent-encoded in the path, as the SDKs do.',
        }),
    }),
    query: undefined,
    body: BedrockConverseRequestSchema,
    responses: {
      200: { description: 'The whole reply.', content: { 'application/json': { schema: ConverseResponseSchema } } },
      400: {
        description:
          'ValidationException. The request is invalid: malformed JSON, a field that breaks the schema, or a request the model cannot take (or `ServiceQuotaExceededException`: a budget of the key, its team or its customer is spent until it resets).',
        content: { 'application/json': { schema: BedrockErrorSchema } },
      },
      403: {
        description: 'AccessDeniedException. No valid gateway key, or the upstream refused its credentials.',
        content: { 'application/json': { schema: BedrockErrorSchema } },
      },
      404: {
        description: 'ResourceNotFoundException. The model or another resource was not found.',
        content: { 'application/json': { schema: BedrockErrorSchema } },
      },
      408: {
        description: 'ModelTimeoutException. The model did not answer in time.',
        content: { 'application/json': { schema: BedrockErrorSchema } },
      },
      424: {
        description: 'ModelErrorException. The model returned an error while processing the request.',
        content: { 'application/json': { schema: BedrockErrorSchema } },
      },
      429: {
        description:
          'ThrottlingException. Too many requests (or `ModelNotReadyException`: the model is not ready yet).',
        content: { 'application/json': { schema: BedrockErrorSchema } },
      },
      500: {
        description: 'InternalServerException. The gateway failed.',
        content: { 'application/json': { schema: BedrockErrorSchema } },
      },
      503: {
        description: 'ServiceUnavailableException. The upstream service is unavailable.',
        content: { 'application/json': { schema: BedrockErrorSchema } },
      },
    },
  },
  langchainConverseStream: {
    method: 'post',
    path: '/langchain/model/{modelId}/converse-stream',
    handler: 'converseStream',
    summary: 'Stream converse with model (LangChain - Bedrock format)',
    description: 'Sends messages to a model and streams the reply as Amazon Bedrock ConverseStream events.',
    tags: ['LangChain Integration'],
    security: [{ BearerAuth: [] }, { BasicAuth: [] }, { VirtualKeyAuth: [] }, { ApiKeyAuth: [] }, { SigV4Auth: [] }],
    params: z.object({
      modelId: z
        .string()
        .min(1)
        .max(2048)
        .meta({
          param: { name: 'modelId', in: 'path' },
          description:
            'The model: `provider/model` (`openai/gpt-4o`) when the part before the first `/` names a configured provider, otherwise a model id for the default provider. Percent-encoded in the path, as the SDKs do.',
        }),
    }),
    query: undefined,
    body: BedrockConverseRequestSchema,
    responses: {
      200: {
        description:
          "The reply as a stream of events, framed as `application/vnd.amazon.eventstream` messages. Each frame's payload is one member of `ConverseStreamEvent`, named by its `:event-type` header. Events come in this order: `messageStart`; for each content block an optional `contentBlockStart`, its `contentBlockDelta`s and a `contentBlockStop`; `messageStop`; `metadata`. A failure after the reply has begun is sent as an exception frame, and the stream ends.",
        content: { 'application/vnd.amazon.eventstream': { schema: ConverseStreamEventSchema } },
      },
      400: {
        description:
          'ValidationException. The request is invalid: malformed JSON, a field that breaks the schema, or a request the model cannot take (or `ServiceQuotaExceededException`: a budget of the key, its team or its customer is spent until it resets).',
        content: { 'application/json': { schema: BedrockErrorSchema } },
      },
      403: {
        description: 'AccessDeniedException. No valid gateway key, or the upstream refused its credentials.',
        content: { 'application/json': { schema: BedrockErrorSchema } },
      },
      404: {
        description: 'ResourceNotFoundException. The model or another resource was not found.',
        content: { 'application/json': { schema: BedrockErrorSchema } },
      },
      408: {
        description: 'ModelTimeoutException. The model did not answer in time.',
        content: { 'application/json': { schema: BedrockErrorSchema } },
      },
      424: {
        description: 'ModelErrorException. The model returned an error while processing the request.',
        content: { 'application/json': { schema: BedrockErrorSchema } },
      },
      429: {
        description:
          'ThrottlingException. Too many requests (or `ModelNotReadyException`: the model is not ready yet).',
        content: { 'application/json': { schema: BedrockErrorSchema } },
      },
      500: {
        description: 'InternalServerException. The gateway failed.',
        content: { 'application/json': { schema: BedrockErrorSchema } },
      },
      503: {
        description: 'ServiceUnavailableException. The upstream service is unavailable.',
        content: { 'application/json': { schema: BedrockErrorSchema } },
      },
    },
  },
  langchainConverse: {
    method: 'post',
    path: '/langchain/model/{modelId}/converse',
    handler: 'converse',
    summary: 'Converse with model (LangChain - Bedrock format)',
    description: 'Sends messages to a model and returns the whole reply, as Amazon Bedrock Converse does.',
    tags: ['LangChain Integration'],
    security: [{ BearerAuth: [] }, { BasicAuth: [] }, { VirtualKeyAuth: [] }, { ApiKeyAuth: [] }, { SigV4Auth: [] }],
    params: z.object({
      modelId: z
        .string()
        .min(1)
        .max(2048)
        .meta({
          param: { name: 'modelId', in: 'path' },
          description:
            'The model: `provider/model` (`openai/gpt-4o`) when the part before the first `/` names a configured provider, otherwise a model id for the default provider. Percent-encoded in the path, as the SDKs do.',
        }),
    }),
    query: undefined,
    body: BedrockConverseRequestSchema,
    responses: {
      200: { description: 'The whole reply.', content: { 'application/json': { schema: ConverseResponseSchema } } },
      400: {
        description:
          'ValidationException. The request is invalid: malformed JSON, a field that breaks the schema, or a request the model cannot take (or `ServiceQuotaExceededException`: a budget of the key, its team or its customer is spent until it resets).',
        content: { 'application/json': { schema: BedrockErrorSchema } },
      },
      403: {
        description: 'AccessDeniedException. No valid gateway key, or the upstream refused its credentials.',
        content: { 'application/json': { schema: BedrockErrorSchema } },
      },
      404: {
        description: 'ResourceNotFoundException. The model or another resource was not found.',
        content: { 'application/json': { schema: BedrockErrorSchema } },
      },
      408: {
        description: 'ModelTimeoutException. The model did not answer in time.',
        content: { 'application/json': { schema: BedrockErrorSchema } },
      },
      424: {
        description: 'ModelErrorException. The model returned an error while processing the request.',
        content: { 'application/json': { schema: BedrockErrorSchema } },
      },
      429: {
        description:
          'ThrottlingException. Too many requests (or `ModelNotReadyException`: the model is not ready yet).',
        content: { 'application/json': { schema: BedrockErrorSchema } },
      },
      500: {
        description: 'InternalServerException. The gateway failed.',
        content: { 'application/json': { schema: BedrockErrorSchema } },
      },
      503: {
        description: 'ServiceUnavailableException. The upstream service is unavailable.',
        content: { 'application/json': { schema: BedrockErrorSchema } },
      },
    },
  },
  litellmConverseStream: {
    method: 'post',
    path: '/litellm/model/{modelId}/converse-stream',
    handler: 'converseStream',
    summary: 'Stream converse with model (LiteLLM - Bedrock format)',
    description: 'Sends messages to a model and streams the reply as Amazon Bedrock ConverseStream events.',
    tags: ['LiteLLM Integration'],
    security: [{ BearerAuth: [] }, { BasicAuth: [] }, { VirtualKeyAuth: [] }, { ApiKeyAuth: [] }, { SigV4Auth: [] }],
    params: z.object({
      modelId: z
        .string()
        .min(1)
        .max(2048)
        .meta({
          param: { name: 'modelId', in: 'path' },
          description:
            'The model: `provider/model` (`openai/gpt-4o`) when the part before the first `/` names a configured provider, otherwise a model id for the default provider. Percent-encoded in the path, as the SDKs do.',
        }),
    }),
    query: undefined,
    body: BedrockConverseRequestSchema,
    responses: {
      200: {
        description:
          "The reply as a stream of events, framed as `application/vnd.amazon.eventstream` messages. Each frame's payload is one member of `ConverseStreamEvent`, named by its `:event-type` header. Events come in this order: `messageStart`; for each content block an optional `contentBlockStart`, its `contentBlockDelta`s and a `contentBlockStop`; `messageStop`; `metadata`. A failure after the reply has begun is sent as an exception frame, and the stream ends.",
        content: { 'application/vnd.amazon.eventstream': { schema: ConverseStreamEventSchema } },
      },
      400: {
        description:
          'ValidationException. The request is invalid: malformed JSON, a field that breaks the schema, or a request the model cannot take (or `ServiceQuotaExceededException`: a budget of the key, its team or its customer is spent until it resets).',
        content: { 'application/json': { schema: BedrockErrorSchema } },
      },
      403: {
        description: 'AccessDeniedException. No valid gateway key, or the upstream refused its credentials.',
        content: { 'application/json': { schema: BedrockErrorSchema } },
      },
      404: {
        description: 'ResourceNotFoundException. The model or another resource was not found.',
        content: { 'application/json': { schema: BedrockErrorSchema } },
      },
      408: {
        description: 'ModelTimeoutException. The model did not answer in time.',
        content: { 'application/json': { schema: BedrockErrorSchema } },
      },
      424: {
        description: 'ModelErrorException. The model returned an error while processing the request.',
        content: { 'application/json': { schema: BedrockErrorSchema } },
      },
      429: {
        description:
          'ThrottlingException. Too many requests (or `ModelNotReadyException`: the model is not ready yet).',
        content: { 'application/json': { schema: BedrockErrorSchema } },
      },
      500: {
        description: 'InternalServerException. The gateway failed.',
        content: { 'application/json': { schema: BedrockErrorSchema } },
      },
      503: {
        description: 'ServiceUnavailableException. The upstream service is unavailable.',
        content: { 'application/json': { schema: BedrockErrorSchema } },
      },
    },
  },
  litellmConverse: {
    method: 'post',
    path: '/litellm/model/{modelId}/converse',
    handler: 'converse',
    summary: 'Converse with model (LiteLLM - Bedrock format)',
    description: 'Sends messages to a model and returns the whole reply, as Amazon Bedrock Converse does.',
    tags: ['LiteLLM Integration'],
    security: [{ BearerAuth: [] }, { BasicAuth: [] }, { VirtualKeyAuth: [] }, { ApiKeyAuth: [] }, { SigV4Auth: [] }],
    params: z.object({
      modelId: z
        .string()
        .min(1)
        .max(2048)
        .meta({
          param: { name: 'modelId', in: 'path' },
          description:
            'The model: `provider/model` (`openai/gpt-4o`) when the part before the first `/` names a configured provider, otherwise a model id for the default provider. Percent-encoded in the path, as the SDKs do.',
        }),
    }),
    query: undefined,
    body: BedrockConverseRequestSchema,
    responses: {
      200: { description: 'The whole reply.', content: { 'application/json': { schema: ConverseResponseSchema } } },
      400: {
        description:
          'ValidationException. The request is invalid: malformed JSON, a field that breaks the schema, or a request the model cannot take (or `ServiceQuotaExceededException`: a budget of the key, its team or its customer is spent until it resets).',
        content: { 'application/json': { schema: BedrockErrorSchema } },
      },
      403: {
        description: 'AccessDeniedException. No valid gateway key, or the upstream refused its credentials.',
        content: { 'application/json': { schema: BedrockErrorSchema } },
      },
      404: {
        description: 'ResourceNotFoundException. The model or another resource was not found.',
        content: { 'application/json': { schema: BedrockErrorSchema } },
      },
      408: {
        description: 'ModelTimeoutException. The model did not answer in time.',
        content: { 'application/json': { schema: BedrockErrorSchema } },
      },
      424: {
        description: 'ModelErrorException. The model returned an error while processing the request.',
        content: { 'application/json': { schema: BedrockErrorSchema } },
      },
      429: {
        description:
          'ThrottlingException. Too many requests (or `ModelNotReadyException`: the model is not ready yet).',
        content: { 'application/json': { schema: BedrockErrorSchema } },
      },
      500: {
        description: 'InternalServerException. The gateway failed.',
        content: { 'application/json': { schema: BedrockErrorSchema } },
      },
      503: {
        description: 'ServiceUnavailableException. The upstream service is unavailable.',
        content: { 'application/json': { schema: BedrockErrorSchema } },
      },
    },
  },
  converseStream: {
    method: 'post',
    path: '/model/{modelId}/converse-stream',
    handler: 'converseStream',
    summary: 'Stream converse with model (Amazon Bedrock path)',
    description: 'Sends messages to a model and streams the reply as Amazon Bedrock ConverseStream events.',
    tags: ['Bedrock Integration'],
    security: [{ BearerAuth: [] }, { BasicAuth: [] }, { VirtualKeyAuth: [] }, { ApiKeyAuth: [] }, { SigV4Auth: [] }],
    params: z.object({
      modelId: z
        .string()
        .min(1)
        .max(2048)
        .meta({
          param: { name: 'modelId', in: 'path' },
          description:
            'The model: `provider/model` (`openai/gpt-4o`) when the part before the first `/` names a configured provider, otherwise a model id for the default provider. Percent-encoded in the path, as the SDKs do.',
        }),
    }),
    query: undefined,
    body: BedrockConverseRequestSchema,
    responses: {
      200: {
        description:
          "The reply as a stream of events, framed as `application/vnd.amazon.eventstream` messages. Each frame's payload is one member of `ConverseStreamEvent`, named by its `:event-type` header. Events come in this order: `messageStart`; for each content block an optional `contentBlockStart`, its `contentBlockDelta`s and a `contentBlockStop`; `messageStop`; `metadata`. A failure after the reply has begun is sent as an exception frame, and the stream ends.",
        content: { 'application/vnd.amazon.eventstream': { schema: ConverseStreamEventSchema } },
      },
      400: {
        description:
          'ValidationException. The request is invalid: malformed JSON, a field that breaks the schema, or a request the model cannot take (or `ServiceQuotaExceededException`: a budget of the key, its team or its customer is spent until it resets).',
        content: { 'application/json': { schema: BedrockErrorSchema } },
      },
      403: {
        description: 'AccessDeniedException. No valid gateway key, or the upstream refused its credentials.',
        content: { 'application/json': { schema: BedrockErrorSchema } },
      },
      404: {
        description: 'ResourceNotFoundException. The model or another resource was not found.',
        content: { 'application/json': { schema: BedrockErrorSchema } },
      },
      408: {
        description: 'ModelTimeoutException. The model did not answer in time.',
        content: { 'application/json': { schema: BedrockErrorSchema } },
      },
      424: {
        description: 'ModelErrorException. The model returned an error while processing the request.',
        content: { 'application/json': { schema: BedrockErrorSchema } },
      },
      429: {
        description:
          'ThrottlingException. Too many requests (or `ModelNotReadyException`: the model is not ready yet).',
        content: { 'application/json': { schema: BedrockErrorSchema } },
      },
      500: {
        description: 'InternalServerException. The gateway failed.',
        content: { 'application/json': { schema: BedrockErrorSchema } },
      },
      503: {
        description: 'ServiceUnavailableException. The upstream service is unavailable.',
        content: { 'application/json': { schema: BedrockErrorSchema } },
      },
    },
  },
  converse: {
    method: 'post',
    path: '/model/{modelId}/converse',
    handler: 'converse',
    summary: 'Converse with model (Amazon Bedrock path)',
    description: 'Sends messages to a model and returns the whole reply, as Amazon Bedrock Converse does.',
    tags: ['Bedrock Integration'],
    security: [{ BearerAuth: [] }, { BasicAuth: [] }, { VirtualKeyAuth: [] }, { ApiKeyAuth: [] }, { SigV4Auth: [] }],
    params: z.object({
      modelId: z
        .string()
        .min(1)
        .max(2048)
        .meta({
          param: { name: 'modelId', in: 'path' },
          description:
            'The model: `provider/model` (`openai/gpt-4o`) when the part before the first `/` names a configured provider, otherwise a model id for the default provider. Percent-encoded in the path, as the SDKs do.',
        }),
    }),
    query: undefined,
    body: BedrockConverseRequestSchema,
    responses: {
      200: { description: 'The whole reply.', content: { 'application/json': { schema: ConverseResponseSchema } } },
      400: {
        description:
          'ValidationException. The request is invalid: malformed JSON, a field that breaks the schema, or a request the model cannot take (or `ServiceQuotaExceededException`: a budget of the key, its team or its customer is spent until it resets).',
        content: { 'application/json': { schema: BedrockErrorSchema } },
      },
      403: {
        description: 'AccessDeniedException. No valid gateway key, or the upstream refused its credentials.',
        content: { 'application/json': { schema: BedrockErrorSchema } },
      },
      404: {
        description: 'ResourceNotFoundException. The model or another resource was not found.',
        content: { 'application/json': { schema: BedrockErrorSchema } },
      },
      408: {
        description: 'ModelTimeoutException. The model did not answer in time.',
        content: { 'application/json': { schema: BedrockErrorSchema } },
      },
      424: {
        description: 'ModelErrorException. The model returned an error while processing the request.',
        content: { 'application/json': { schema: BedrockErrorSchema } },
      },
      429: {
        description:
          'ThrottlingException. Too many requests (or `ModelNotReadyException`: the model is not ready yet).',
        content: { 'application/json': { schema: BedrockErrorSchema } },
      },
      500: {
        description: 'InternalServerException. The gateway failed.',
        content: { 'application/json': { schema: BedrockErrorSchema } },
      },
      503: {
        description: 'ServiceUnavailableException. The upstream service is unavailable.',
        content: { 'application/json': { schema: BedrockErrorSchema } },
      },
    },
  },
  getHealth: {
    method: 'get',
    path: '/health',
    handler: 'health',
    summary: 'Liveness probe',
    description: 'Answers 200 while the process is serving requests.',
    tags: ['Health'],
    security: [],
    params: undefined,
    query: undefined,
    body: undefined,
    responses: {
      200: { description: 'The gateway is alive.', content: { 'application/json': { schema: HealthStatusSchema } } },
    },
  },
  getReady: {
    method: 'get',
    path: '/ready',
    handler: 'ready',
    summary: 'Readiness probe',
    description:
      'Answers 200 when the configuration is loaded and at least one provider can take requests, 503 otherwise. Open to probes, which learn only the status: the providers and the reason are shown to a caller with a gateway key or the metrics key (or to anyone when the gateway has no keys).',
    tags: ['Health'],
    security: [],
    params: undefined,
    query: undefined,
    body: undefined,
    responses: {
      200: {
        description: 'The gateway can take requests.',
        content: { 'application/json': { schema: ReadyStatusSchema } },
      },
      503: {
        description: 'The gateway cannot take requests yet.',
        content: { 'application/json': { schema: ReadyStatusSchema } },
      },
    },
  },
  getMetrics: {
    method: 'get',
    path: '/metrics',
    handler: 'metrics',
    summary: 'Prometheus metrics',
    description:
      'Request counts by route, provider, model and status; time-to-first-byte and duration histograms; tokens in and out; upstream errors by type; streams in flight. In the Prometheus text exposition format. With a metrics key configured, only that key is accepted (as a bearer token); otherwise a gateway key, when the gateway has any. With a metrics port configured, the metrics are served there and not on this port.',
    tags: ['Health'],
    security: [],
    params: undefined,
    query: undefined,
    body: undefined,
    responses: {
      200: { description: 'The metrics.', content: { 'text/plain': { schema: z.string() } } },
      403: {
        description: 'AccessDeniedException. No valid gateway key, or the upstream refused its credentials.',
        content: { 'application/json': { schema: BedrockErrorSchema } },
      },
      404: {
        description:
          'UnknownOperationException. No operation is served at this method and path, as AWS services answer: `/metrics`, when the metrics are served on a port of their own, or any path the spec does not list.',
        content: { 'application/json': { schema: BedrockErrorSchema } },
      },
    },
  },
  getVirtualKeyQuota: {
    method: 'get',
    path: '/api/governance/virtual-keys/quota',
    handler: 'getVirtualKeyQuota',
    summary: "The calling key's own quota",
    description:
      "The budgets and rate limits that apply to the virtual key making the call: its own, its team's and its customer's. Self-service: the key itself is the credential (sent as for inference), no admin key is needed, and a key learns only about itself.",
    tags: ['Governance'],
    security: [{ BearerAuth: [] }, { BasicAuth: [] }, { VirtualKeyAuth: [] }, { ApiKeyAuth: [] }],
    params: undefined,
    query: undefined,
    body: undefined,
    responses: {
      200: { description: "The key's quota.", content: { 'application/json': { schema: VirtualKeyQuotaSchema } } },
      403: {
        description: 'AccessDeniedException. No valid gateway key, or the upstream refused its credentials.',
        content: { 'application/json': { schema: BedrockErrorSchema } },
      },
      500: {
        description: 'InternalServerException. The gateway failed.',
        content: { 'application/json': { schema: BedrockErrorSchema } },
      },
    },
  },
  listVirtualKeys: {
    method: 'get',
    path: '/api/governance/virtual-keys',
    handler: 'listVirtualKeys',
    summary: 'List virtual keys',
    description: 'Every virtual key, newest first, without their secrets.',
    tags: ['Governance'],
    security: [{ AdminAuth: [] }, { AdminBasicAuth: [] }],
    params: undefined,
    query: undefined,
    body: undefined,
    responses: {
      200: { description: 'The virtual keys.', content: { 'application/json': { schema: VirtualKeyListSchema } } },
      403: {
        description: 'AccessDeniedException. No valid gateway key, or the upstream refused its credentials.',
        content: { 'application/json': { schema: BedrockErrorSchema } },
      },
      500: {
        description: 'InternalServerException. The gateway failed.',
        content: { 'application/json': { schema: BedrockErrorSchema } },
      },
    },
  },
  createVirtualKey: {
    method: 'post',
    path: '/api/governance/virtual-keys',
    handler: 'createVirtualKey',
    summary: 'Create a virtual key',
    description:
      'Creates a virtual key and answers with its secret, `sk-bf-…`, in `value`. The secret is shown this once: the gateway keeps only its SHA-256 digest. The key works on the next request, on every replica within a second.',
    tags: ['Governance'],
    security: [{ AdminAuth: [] }, { AdminBasicAuth: [] }],
    params: undefined,
    query: undefined,
    body: CreateVirtualKeyRequestSchema,
    responses: {
      200: {
        description: 'The new key, with its secret.',
        content: { 'application/json': { schema: VirtualKeySecretResponseSchema } },
      },
      400: {
        description:
          'ValidationException. The request is invalid: malformed JSON, a field that breaks the schema, or a request the model cannot take (or `ServiceQuotaExceededException`: a budget of the key, its team or its customer is spent until it resets).',
        content: { 'application/json': { schema: BedrockErrorSchema } },
      },
      403: {
        description: 'AccessDeniedException. No valid gateway key, or the upstream refused its credentials.',
        content: { 'application/json': { schema: BedrockErrorSchema } },
      },
      500: {
        description: 'InternalServerException. The gateway failed.',
        content: { 'application/json': { schema: BedrockErrorSchema } },
      },
    },
  },
  getVirtualKey: {
    method: 'get',
    path: '/api/governance/virtual-keys/{vk_id}',
    handler: 'getVirtualKey',
    summary: 'Read a virtual key',
    description: 'One virtual key, without its secret.',
    tags: ['Governance'],
    security: [{ AdminAuth: [] }, { AdminBasicAuth: [] }],
    params: z.object({
      vk_id: z
        .string()
        .min(1)
        .max(200)
        .meta({ param: { name: 'vk_id', in: 'path' }, description: "The virtual key's id (not its secret)." }),
    }),
    query: undefined,
    body: undefined,
    responses: {
      200: { description: 'The key.', content: { 'application/json': { schema: VirtualKeyResponseSchema } } },
      403: {
        description: 'AccessDeniedException. No valid gateway key, or the upstream refused its credentials.',
        content: { 'application/json': { schema: BedrockErrorSchema } },
      },
      404: {
        description: 'ResourceNotFoundException. The model or another resource was not found.',
        content: { 'application/json': { schema: BedrockErrorSchema } },
      },
      500: {
        description: 'InternalServerException. The gateway failed.',
        content: { 'application/json': { schema: BedrockErrorSchema } },
      },
    },
  },
  updateVirtualKey: {
    method: 'put',
    path: '/api/governance/virtual-keys/{vk_id}',
    handler: 'updateVirtualKey',
    summary: 'Update a virtual key',
    description:
      'Changes the fields the body names and keeps the others; `null` clears `expires_at`, `team_id`, `customer_id`, `budget` or `rate_limit`. A key the config file seeds cannot be changed here.',
    tags: ['Governance'],
    security: [{ AdminAuth: [] }, { AdminBasicAuth: [] }],
    params: z.object({
      vk_id: z
        .string()
        .min(1)
        .max(200)
        .meta({ param: { name: 'vk_id', in: 'path' }, description: "The virtual key's id (not its secret)." }),
    }),
    query: undefined,
    body: UpdateVirtualKeyRequestSchema,
    responses: {
      200: {
        description: 'The key as updated.',
        content: { 'application/json': { schema: VirtualKeyResponseSchema } },
      },
      400: {
        description:
          'ValidationException. The request is invalid: malformed JSON, a field that breaks the schema, or a request the model cannot take (or `ServiceQuotaExceededException`: a budget of the key, its team or its customer is spent until it resets).',
        content: { 'application/json': { schema: BedrockErrorSchema } },
      },
      403: {
        description: 'AccessDeniedException. No valid gateway key, or the upstream refused its credentials.',
        content: { 'application/json': { schema: BedrockErrorSchema } },
      },
      404: {
        description: 'ResourceNotFoundException. The model or another resource was not found.',
        content: { 'application/json': { schema: BedrockErrorSchema } },
      },
      500: {
        description: 'InternalServerException. The gateway failed.',
        content: { 'application/json': { schema: BedrockErrorSchema } },
      },
    },
  },
  deleteVirtualKey: {
    method: 'delete',
    path: '/api/governance/virtual-keys/{vk_id}',
    handler: 'deleteVirtualKey',
    summary: 'Delete a virtual key',
    description: 'Deletes the key; its secret is refused from the next request on.',
    tags: ['Governance'],
    security: [{ AdminAuth: [] }, { AdminBasicAuth: [] }],
    params: z.object({
      vk_id: z
        .string()
        .min(1)
        .max(200)
        .meta({ param: { name: 'vk_id', in: 'path' }, description: "The virtual key's id (not its secret)." }),
    }),
    query: undefined,
    body: undefined,
    responses: {
      200: { description: 'The key is gone.', content: { 'application/json': { schema: DeletedResponseSchema } } },
      400: {
        description:
          'ValidationException. The request is invalid: malformed JSON, a field that breaks the schema, or a request the model cannot take (or `ServiceQuotaExceededException`: a budget of the key, its team or its customer is spent until it resets).',
        content: { 'application/json': { schema: BedrockErrorSchema } },
      },
      403: {
        description: 'AccessDeniedException. No valid gateway key, or the upstream refused its credentials.',
        content: { 'application/json': { schema: BedrockErrorSchema } },
      },
      404: {
        description: 'ResourceNotFoundException. The model or another resource was not found.',
        content: { 'application/json': { schema: BedrockErrorSchema } },
      },
      500: {
        description: 'InternalServerException. The gateway failed.',
        content: { 'application/json': { schema: BedrockErrorSchema } },
      },
    },
  },
  rotateVirtualKey: {
    method: 'post',
    path: '/api/governance/virtual-keys/{vk_id}/rotate',
    handler: 'rotateVirtualKey',
    summary: "Rotate a virtual key's secret",
    description:
      'Gives the key a new secret, shown this once in `value`, and refuses the old one from the next request on. The key keeps its id, policy and usage.',
    tags: ['Governance'],
    security: [{ AdminAuth: [] }, { AdminBasicAuth: [] }],
    params: z.object({
      vk_id: z
        .string()
        .min(1)
        .max(200)
        .meta({ param: { name: 'vk_id', in: 'path' }, description: "The virtual key's id (not its secret)." }),
    }),
    query: undefined,
    body: undefined,
    responses: {
      200: {
        description: 'The key, with its new secret.',
        content: { 'application/json': { schema: VirtualKeySecretResponseSchema } },
      },
      400: {
        description:
          'ValidationException. The request is invalid: malformed JSON, a field that breaks the schema, or a request the model cannot take (or `ServiceQuotaExceededException`: a budget of the key, its team or its customer is spent until it resets).',
        content: { 'application/json': { schema: BedrockErrorSchema } },
      },
      403: {
        description: 'AccessDeniedException. No valid gateway key, or the upstream refused its credentials.',
        content: { 'application/json': { schema: BedrockErrorSchema } },
      },
      404: {
        description: 'ResourceNotFoundException. The model or another resource was not found.',
        content: { 'application/json': { schema: BedrockErrorSchema } },
      },
      500: {
        description: 'InternalServerException. The gateway failed.',
        content: { 'application/json': { schema: BedrockErrorSchema } },
      },
    },
  },
  listTeams: {
    method: 'get',
    path: '/api/governance/teams',
    handler: 'listTeams',
    summary: 'List teams',
    description: 'Every team, newest first.',
    tags: ['Governance'],
    security: [{ AdminAuth: [] }, { AdminBasicAuth: [] }],
    params: undefined,
    query: undefined,
    body: undefined,
    responses: {
      200: { description: 'The teams.', content: { 'application/json': { schema: TeamListSchema } } },
      403: {
        description: 'AccessDeniedException. No valid gateway key, or the upstream refused its credentials.',
        content: { 'application/json': { schema: BedrockErrorSchema } },
      },
      500: {
        description: 'InternalServerException. The gateway failed.',
        content: { 'application/json': { schema: BedrockErrorSchema } },
      },
    },
  },
  createTeam: {
    method: 'post',
    path: '/api/governance/teams',
    handler: 'createTeam',
    summary: 'Create a team',
    description: 'Creates a team, which virtual keys can then belong to; a team may belong to a customer.',
    tags: ['Governance'],
    security: [{ AdminAuth: [] }, { AdminBasicAuth: [] }],
    params: undefined,
    query: undefined,
    body: CreateTeamRequestSchema,
    responses: {
      200: { description: 'The new team.', content: { 'application/json': { schema: TeamResponseSchema } } },
      400: {
        description:
          'ValidationException. The request is invalid: malformed JSON, a field that breaks the schema, or a request the model cannot take (or `ServiceQuotaExceededException`: a budget of the key, its team or its customer is spent until it resets).',
        content: { 'application/json': { schema: BedrockErrorSchema } },
      },
      403: {
        description: 'AccessDeniedException. No valid gateway key, or the upstream refused its credentials.',
        content: { 'application/json': { schema: BedrockErrorSchema } },
      },
      500: {
        description: 'InternalServerException. The gateway failed.',
        content: { 'application/json': { schema: BedrockErrorSchema } },
      },
    },
  },
  getTeam: {
    method: 'get',
    path: '/api/governance/teams/{team_id}',
    handler: 'getTeam',
    summary: 'Read a team',
    description: 'One team.',
    tags: ['Governance'],
    security: [{ AdminAuth: [] }, { AdminBasicAuth: [] }],
    params: z.object({
      team_id: z
        .string()
        .min(1)
        .max(200)
        .meta({ param: { name: 'team_id', in: 'path' }, description: "The team's id." }),
    }),
    query: undefined,
    body: undefined,
    responses: {
      200: { description: 'The team.', content: { 'application/json': { schema: TeamResponseSchema } } },
      403: {
        description: 'AccessDeniedException. No valid gateway key, or the upstream refused its credentials.',
        content: { 'application/json': { schema: BedrockErrorSchema } },
      },
      404: {
        description: 'ResourceNotFoundException. The model or another resource was not found.',
        content: { 'application/json': { schema: BedrockErrorSchema } },
      },
      500: {
        description: 'InternalServerException. The gateway failed.',
        content: { 'application/json': { schema: BedrockErrorSchema } },
      },
    },
  },
  updateTeam: {
    method: 'put',
    path: '/api/governance/teams/{team_id}',
    handler: 'updateTeam',
    summary: 'Update a team',
    description: 'Changes the fields the body names; `null` clears `customer_id`, `budget` or `rate_limit`.',
    tags: ['Governance'],
    security: [{ AdminAuth: [] }, { AdminBasicAuth: [] }],
    params: z.object({
      team_id: z
        .string()
        .min(1)
        .max(200)
        .meta({ param: { name: 'team_id', in: 'path' }, description: "The team's id." }),
    }),
    query: undefined,
    body: UpdateTeamRequestSchema,
    responses: {
      200: { description: 'The team as updated.', content: { 'application/json': { schema: TeamResponseSchema } } },
      400: {
        description:
          'ValidationException. The request is invalid: malformed JSON, a field that breaks the schema, or a request the model cannot take (or `ServiceQuotaExceededException`: a budget of the key, its team or its customer is spent until it resets).',
        content: { 'application/json': { schema: BedrockErrorSchema } },
      },
      403: {
        description: 'AccessDeniedException. No valid gateway key, or the upstream refused its credentials.',
        content: { 'application/json': { schema: BedrockErrorSchema } },
      },
      404: {
        description: 'ResourceNotFoundException. The model or another resource was not found.',
        content: { 'application/json': { schema: BedrockErrorSchema } },
      },
      500: {
        description: 'InternalServerException. The gateway failed.',
        content: { 'application/json': { schema: BedrockErrorSchema } },
      },
    },
  },
  deleteTeam: {
    method: 'delete',
    path: '/api/governance/teams/{team_id}',
    handler: 'deleteTeam',
    summary: 'Delete a team',
    description: 'Deletes a team that no virtual key belongs to; a team with keys is refused, naming how many.',
    tags: ['Governance'],
    security: [{ AdminAuth: [] }, { AdminBasicAuth: [] }],
    params: z.object({
      team_id: z
        .string()
        .min(1)
        .max(200)
        .meta({ param: { name: 'team_id', in: 'path' }, description: "The team's id." }),
    }),
    query: undefined,
    body: undefined,
    responses: {
      200: { description: 'The team is gone.', content: { 'application/json': { schema: DeletedResponseSchema } } },
      400: {
        description:
          'ValidationException. The request is invalid: malformed JSON, a field that breaks the schema, or a request the model cannot take (or `ServiceQuotaExceededException`: a budget of the key, its team or its customer is spent until it resets).',
        content: { 'application/json': { schema: BedrockErrorSchema } },
      },
      403: {
        description: 'AccessDeniedException. No valid gateway key, or the upstream refused its credentials.',
        content: { 'application/json': { schema: BedrockErrorSchema } },
      },
      404: {
        description: 'ResourceNotFoundException. The model or another resource was not found.',
        content: { 'application/json': { schema: BedrockErrorSchema } },
      },
      500: {
        description: 'InternalServerException. The gateway failed.',
        content: { 'application/json': { schema: BedrockErrorSchema } },
      },
    },
  },
  listCustomers: {
    method: 'get',
    path: '/api/governance/customers',
    handler: 'listCustomers',
    summary: 'List customers',
    description: 'Every customer, newest first.',
    tags: ['Governance'],
    security: [{ AdminAuth: [] }, { AdminBasicAuth: [] }],
    params: undefined,
    query: undefined,
    body: undefined,
    responses: {
      200: { description: 'The customers.', content: { 'application/json': { schema: CustomerListSchema } } },
      403: {
        description: 'AccessDeniedException. No valid gateway key, or the upstream refused its credentials.',
        content: { 'application/json': { schema: BedrockErrorSchema } },
      },
      500: {
        description: 'InternalServerException. The gateway failed.',
        content: { 'application/json': { schema: BedrockErrorSchema } },
      },
    },
  },
  createCustomer: {
    method: 'post',
    path: '/api/governance/customers',
    handler: 'createCustomer',
    summary: 'Create a customer',
    description: 'Creates a customer, the top of the hierarchy, which teams and virtual keys can belong to.',
    tags: ['Governance'],
    security: [{ AdminAuth: [] }, { AdminBasicAuth: [] }],
    params: undefined,
    query: undefined,
    body: CreateCustomerRequestSchema,
    responses: {
      200: { description: 'The new customer.', content: { 'application/json': { schema: CustomerResponseSchema } } },
      400: {
        description:
          'ValidationException. The request is invalid: malformed JSON, a field that breaks the schema, or a request the model cannot take (or `ServiceQuotaExceededException`: a budget of the key, its team or its customer is spent until it resets).',
        content: { 'application/json': { schema: BedrockErrorSchema } },
      },
      403: {
        description: 'AccessDeniedException. No valid gateway key, or the upstream refused its credentials.',
        content: { 'application/json': { schema: BedrockErrorSchema } },
      },
      500: {
        description: 'InternalServerException. The gateway failed.',
        content: { 'application/json': { schema: BedrockErrorSchema } },
      },
    },
  },
  getCustomer: {
    method: 'get',
    path: '/api/governance/customers/{customer_id}',
    handler: 'getCustomer',
    summary: 'Read a customer',
    description: 'One customer.',
    tags: ['Governance'],
    security: [{ AdminAuth: [] }, { AdminBasicAuth: [] }],
    params: z.object({
      customer_id: z
        .string()
        .min(1)
        .max(200)
        .meta({ param: { name: 'customer_id', in: 'path' }, description: "The customer's id." }),
    }),
    query: undefined,
    body: undefined,
    responses: {
      200: { description: 'The customer.', content: { 'application/json': { schema: CustomerResponseSchema } } },
      403: {
        description: 'AccessDeniedException. No valid gateway key, or the upstream refused its credentials.',
        content: { 'application/json': { schema: BedrockErrorSchema } },
      },
      404: {
        description: 'ResourceNotFoundException. The model or another resource was not found.',
        content: { 'application/json': { schema: BedrockErrorSchema } },
      },
      500: {
        description: 'InternalServerException. The gateway failed.',
        content: { 'application/json': { schema: BedrockErrorSchema } },
      },
    },
  },
  updateCustomer: {
    method: 'put',
    path: '/api/governance/customers/{customer_id}',
    handler: 'updateCustomer',
    summary: 'Update a customer',
    description: 'Changes the fields the body names; `null` clears `budget` or `rate_limit`.',
    tags: ['Governance'],
    security: [{ AdminAuth: [] }, { AdminBasicAuth: [] }],
    params: z.object({
      customer_id: z
        .string()
        .min(1)
        .max(200)
        .meta({ param: { name: 'customer_id', in: 'path' }, description: "The customer's id." }),
    }),
    query: undefined,
    body: UpdateCustomerRequestSchema,
    responses: {
      200: {
        description: 'The customer as updated.',
        content: { 'application/json': { schema: CustomerResponseSchema } },
      },
      400: {
        description:
          'ValidationException. The request is invalid: malformed JSON, a field that breaks the schema, or a request the model cannot take (or `ServiceQuotaExceededException`: a budget of the key, its team or its customer is spent until it resets).',
        content: { 'application/json': { schema: BedrockErrorSchema } },
      },
      403: {
        description: 'AccessDeniedException. No valid gateway key, or the upstream refused its credentials.',
        content: { 'application/json': { schema: BedrockErrorSchema } },
      },
      404: {
        description: 'ResourceNotFoundException. The model or another resource was not found.',
        content: { 'application/json': { schema: BedrockErrorSchema } },
      },
      500: {
        description: 'InternalServerException. The gateway failed.',
        content: { 'application/json': { schema: BedrockErrorSchema } },
      },
    },
  },
  deleteCustomer: {
    method: 'delete',
    path: '/api/governance/customers/{customer_id}',
    handler: 'deleteCustomer',
    summary: 'Delete a customer',
    description:
      'Deletes a customer that no team or virtual key belongs to; one still in use is refused, naming by what.',
    tags: ['Governance'],
    security: [{ AdminAuth: [] }, { AdminBasicAuth: [] }],
    params: z.object({
      customer_id: z
        .string()
        .min(1)
        .max(200)
        .meta({ param: { name: 'customer_id', in: 'path' }, description: "The customer's id." }),
    }),
    query: undefined,
    body: undefined,
    responses: {
      200: { description: 'The customer is gone.', content: { 'application/json': { schema: DeletedResponseSchema } } },
      400: {
        description:
          'ValidationException. The request is invalid: malformed JSON, a field that breaks the schema, or a request the model cannot take (or `ServiceQuotaExceededException`: a budget of the key, its team or its customer is spent until it resets).',
        content: { 'application/json': { schema: BedrockErrorSchema } },
      },
      403: {
        description: 'AccessDeniedException. No valid gateway key, or the upstream refused its credentials.',
        content: { 'application/json': { schema: BedrockErrorSchema } },
      },
      404: {
        description: 'ResourceNotFoundException. The model or another resource was not found.',
        content: { 'application/json': { schema: BedrockErrorSchema } },
      },
      500: {
        description: 'InternalServerException. The gateway failed.',
        content: { 'application/json': { schema: BedrockErrorSchema } },
      },
    },
  },
  searchLogs: {
    method: 'get',
    path: '/api/logs',
    handler: 'searchLogs',
    summary: 'Search the request log',
    description:
      'One entry per request, newest first, with its key, team and customer, the model asked for and the one that answered, tokens, cost and timings; bodies only for keys that log them. Lists are comma-separated and match any of their values. Unknown parameters are refused.',
    tags: ['Logs'],
    security: [{ AdminAuth: [] }, { AdminBasicAuth: [] }],
    params: undefined,
    query: z.strictObject({
      start_time: z.iso
        .datetime({ offset: true })
        .meta({ format: 'date-time' })
        .optional()
        .meta({
          param: { name: 'start_time', in: 'query' },
          description: 'From this time on (inclusive), ISO 8601, e.g. `2026-12-02T00:00:00Z`.',
        }),
      end_time: z.iso
        .datetime({ offset: true })
        .meta({ format: 'date-time' })
        .optional()
        .meta({ param: { name: 'end_time', in: 'query' }, description: 'Up to this time (exclusive), ISO 8601.' }),
      key_ids: z
        .string()
        .max(4000)
        .optional()
        .meta({ param: { name: 'key_ids', in: 'query' }, description: 'Gateway or virtual key ids, comma-separated.' }),
      team_ids: z
        .string()
        .max(4000)
        .optional()
        .meta({ param: { name: 'team_ids', in: 'query' }, description: 'Team ids, comma-separated.' }),
      customer_ids: z
        .string()
        .max(4000)
        .optional()
        .meta({ param: { name: 'customer_ids', in: 'query' }, description: 'Customer ids, comma-separated.' }),
      models: z
        .string()
        .max(4000)
        .optional()
        .meta({
          param: { name: 'models', in: 'query' },
          description: 'Models asked for or answering, comma-separated, e.g. `openai/gpt-4o`.',
        }),
      providers: z
        .string()
        .max(4000)
        .optional()
        .meta({ param: { name: 'providers', in: 'query' }, description: 'Providers, comma-separated.' }),
      status: z
        .string()
        .max(4000)
        .optional()
        .meta({
          param: { name: 'status', in: 'query' },
          description: 'How requests ended, comma-separated: `success`, `error`, `cancelled`.',
        }),
      error_types: z
        .string()
        .max(4000)
        .optional()
        .meta({
          param: { name: 'error_types', in: 'query' },
          description: 'Bedrock error types, comma-separated, e.g. `ThrottlingException`.',
        }),
      min_cost: z.coerce
        .number()
        .min(0)
        .optional()
        .meta({
          param: { name: 'min_cost', in: 'query' },
          description: 'At least this cost, in US dollars; a request of unknown cost matches no cost bound.',
          type: 'number',
          minimum: 0,
        }),
      max_cost: z.coerce
        .number()
        .min(0)
        .optional()
        .meta({
          param: { name: 'max_cost', in: 'query' },
          description: 'At most this cost, in US dollars.',
          type: 'number',
          minimum: 0,
        }),
      min_latency: z.coerce
        .number()
        .min(0)
        .optional()
        .meta({
          param: { name: 'min_latency', in: 'query' },
          description: 'At least this duration, in milliseconds.',
          type: 'number',
          minimum: 0,
        }),
      max_latency: z.coerce
        .number()
        .min(0)
        .optional()
        .meta({
          param: { name: 'max_latency', in: 'query' },
          description: 'At most this duration, in milliseconds.',
          type: 'number',
          minimum: 0,
        }),
      content_search: z
        .string()
        .min(1)
        .max(1000)
        .optional()
        .meta({
          param: { name: 'content_search', in: 'query' },
          description: 'Text in a stored request or response body, case-insensitive.',
        }),
      limit: z.coerce
        .number()
        .int()
        .min(1)
        .max(1000)
        .optional()
        .meta({
          param: { name: 'limit', in: 'query' },
          description: 'Entries per page (default 50, at most 1000).',
          type: 'integer',
          minimum: 1,
          maximum: 1000,
        }),
      offset: z.coerce
        .number()
        .int()
        .min(0)
        .optional()
        .meta({
          param: { name: 'offset', in: 'query' },
          description: 'Entries to skip, newest first.',
          type: 'integer',
          minimum: 0,
        }),
    }),
    body: undefined,
    responses: {
      200: { description: 'A page of entries.', content: { 'application/json': { schema: LogSearchResultSchema } } },
      400: {
        description:
          'ValidationException. The request is invalid: malformed JSON, a field that breaks the schema, or a request the model cannot take (or `ServiceQuotaExceededException`: a budget of the key, its team or its customer is spent until it resets).',
        content: { 'application/json': { schema: BedrockErrorSchema } },
      },
      403: {
        description: 'AccessDeniedException. No valid gateway key, or the upstream refused its credentials.',
        content: { 'application/json': { schema: BedrockErrorSchema } },
      },
      500: {
        description: 'InternalServerException. The gateway failed.',
        content: { 'application/json': { schema: BedrockErrorSchema } },
      },
      503: {
        description: 'ServiceUnavailableException. The upstream service is unavailable.',
        content: { 'application/json': { schema: BedrockErrorSchema } },
      },
    },
  },
  getLogStats: {
    method: 'get',
    path: '/api/logs/stats',
    handler: 'getLogStats',
    summary: 'Totals of the request log',
    description:
      'Requests, tokens, cost, success rate and mean latency of the requests the filters match, and with `group_by` the same per key, model or UTC day.',
    tags: ['Logs'],
    security: [{ AdminAuth: [] }, { AdminBasicAuth: [] }],
    params: undefined,
    query: z.strictObject({
      start_time: z.iso
        .datetime({ offset: true })
        .meta({ format: 'date-time' })
        .optional()
        .meta({
          param: { name: 'start_time', in: 'query' },
          description: 'From this time on (inclusive), ISO 8601, e.g. `2026-12-02T00:00:00Z`.',
        }),
      end_time: z.iso
        .datetime({ offset: true })
        .meta({ format: 'date-time' })
        .optional()
        .meta({ param: { name: 'end_time', in: 'query' }, description: 'Up to this time (exclusive), ISO 8601.' }),
      key_ids: z
        .string()
        .max(4000)
        .optional()
        .meta({ param: { name: 'key_ids', in: 'query' }, description: 'Gateway or virtual key ids, comma-separated.' }),
      team_ids: z
        .string()
        .max(4000)
        .optional()
        .meta({ param: { name: 'team_ids', in: 'query' }, description: 'Team ids, comma-separated.' }),
      customer_ids: z
        .string()
        .max(4000)
        .optional()
        .meta({ param: { name: 'customer_ids', in: 'query' }, description: 'Customer ids, comma-separated.' }),
      models: z
        .string()
        .max(4000)
        .optional()
        .meta({
          param: { name: 'models', in: 'query' },
          description: 'Models asked for or answering, comma-separated, e.g. `openai/gpt-4o`.',
        }),
      providers: z
        .string()
        .max(4000)
        .optional()
        .meta({ param: { name: 'providers', in: 'query' }, description: 'Providers, comma-separated.' }),
      status: z
        .string()
        .max(4000)
        .optional()
        .meta({
          param: { name: 'status', in: 'query' },
          description: 'How requests ended, comma-separated: `success`, `error`, `cancelled`.',
        }),
      error_types: z
        .string()
        .max(4000)
        .optional()
        .meta({
          param: { name: 'error_types', in: 'query' },
          description: 'Bedrock error types, comma-separated, e.g. `ThrottlingException`.',
        }),
      min_cost: z.coerce
        .number()
        .min(0)
        .optional()
        .meta({
          param: { name: 'min_cost', in: 'query' },
          description: 'At least this cost, in US dollars; a request of unknown cost matches no cost bound.',
          type: 'number',
          minimum: 0,
        }),
      max_cost: z.coerce
        .number()
        .min(0)
        .optional()
        .meta({
          param: { name: 'max_cost', in: 'query' },
          description: 'At most this cost, in US dollars.',
          type: 'number',
          minimum: 0,
        }),
      min_latency: z.coerce
        .number()
        .min(0)
        .optional()
        .meta({
          param: { name: 'min_latency', in: 'query' },
          description: 'At least this duration, in milliseconds.',
          type: 'number',
          minimum: 0,
        }),
      max_latency: z.coerce
        .number()
        .min(0)
        .optional()
        .meta({
          param: { name: 'max_latency', in: 'query' },
          description: 'At most this duration, in milliseconds.',
          type: 'number',
          minimum: 0,
        }),
      content_search: z
        .string()
        .min(1)
        .max(1000)
        .optional()
        .meta({
          param: { name: 'content_search', in: 'query' },
          description: 'Text in a stored request or response body, case-insensitive.',
        }),
      group_by: z
        .enum(['key', 'model', 'day'])
        .optional()
        .meta({
          param: { name: 'group_by', in: 'query' },
          description: 'Totals per gateway key, per model (the one that answered) or per UTC day.',
        }),
    }),
    body: undefined,
    responses: {
      200: { description: 'The totals.', content: { 'application/json': { schema: LogStatsSchema } } },
      400: {
        description:
          'ValidationException. The request is invalid: malformed JSON, a field that breaks the schema, or a request the model cannot take (or `ServiceQuotaExceededException`: a budget of the key, its team or its customer is spent until it resets).',
        content: { 'application/json': { schema: BedrockErrorSchema } },
      },
      403: {
        description: 'AccessDeniedException. No valid gateway key, or the upstream refused its credentials.',
        content: { 'application/json': { schema: BedrockErrorSchema } },
      },
      500: {
        description: 'InternalServerException. The gateway failed.',
        content: { 'application/json': { schema: BedrockErrorSchema } },
      },
      503: {
        description: 'ServiceUnavailableException. The upstream service is unavailable.',
        content: { 'application/json': { schema: BedrockErrorSchema } },
      },
    },
  },
} as const;

/** The operationId of every operation in the spec. */

export type OperationId = keyof typeof operations;
