// Generated from openapi/bifrost.yaml by `pnpm generate`. Do not edit.

import { z } from 'zod';

import {
  BedrockConverseRequestSchema,
  BedrockErrorSchema,
  ConverseResponseSchema,
  ConverseStreamEventSchema,
  HealthStatusSchema,
  ReadyStatusSchema,
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
    body: BedrockConverseRequestSchema,
    responses: {
      200: {
        description:
          "The reply as a stream of events, framed as `application/vnd.amazon.eventstream` messages. Each frame's payload is one member of `ConverseStreamEvent`, named by its `:event-type` header. Events come in this order: `messageStart`; for each content block an optional `contentBlockStart`, its `contentBlockDelta`s and a `contentBlockStop`; `messageStop`; `metadata`. A failure after the reply has begun is sent as an exception frame, and the stream ends.",
        content: { 'application/vnd.amazon.eventstream': { schema: ConverseStreamEventSchema } },
      },
      400: {
        description:
          'ValidationException. The request is invalid: malformed JSON, a field that breaks the schema, or a request the model cannot take.',
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
    body: BedrockConverseRequestSchema,
    responses: {
      200: { description: 'The whole reply.', content: { 'application/json': { schema: ConverseResponseSchema } } },
      400: {
        description:
          'ValidationException. The request is invalid: malformed JSON, a field that breaks the schema, or a request the model cannot take.',
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
    body: BedrockConverseRequestSchema,
    responses: {
      200: {
        description:
          "The reply as a stream of events, framed as `application/vnd.amazon.eventstream` messages. Each frame's payload is one member of `ConverseStreamEvent`, named by its `:event-type` header. Events come in this order: `messageStart`; for each content block an optional `contentBlockStart`, its `contentBlockDelta`s and a `contentBlockStop`; `messageStop`; `metadata`. A failure after the reply has begun is sent as an exception frame, and the stream ends.",
        content: { 'application/vnd.amazon.eventstream': { schema: ConverseStreamEventSchema } },
      },
      400: {
        description:
          'ValidationException. The request is invalid: malformed JSON, a field that breaks the schema, or a request the model cannot take.',
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
    body: BedrockConverseRequestSchema,
    responses: {
      200: { description: 'The whole reply.', content: { 'application/json': { schema: ConverseResponseSchema } } },
      400: {
        description:
          'ValidationException. The request is invalid: malformed JSON, a field that breaks the schema, or a request the model cannot take.',
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
    body: BedrockConverseRequestSchema,
    responses: {
      200: {
        description:
          "The reply as a stream of events, framed as `application/vnd.amazon.eventstream` messages. Each frame's payload is one member of `ConverseStreamEvent`, named by its `:event-type` header. Events come in this order: `messageStart`; for each content block an optional `contentBlockStart`, its `contentBlockDelta`s and a `contentBlockStop`; `messageStop`; `metadata`. A failure after the reply has begun is sent as an exception frame, and the stream ends.",
        content: { 'application/vnd.amazon.eventstream': { schema: ConverseStreamEventSchema } },
      },
      400: {
        description:
          'ValidationException. The request is invalid: malformed JSON, a field that breaks the schema, or a request the model cannot take.',
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
    body: BedrockConverseRequestSchema,
    responses: {
      200: { description: 'The whole reply.', content: { 'application/json': { schema: ConverseResponseSchema } } },
      400: {
        description:
          'ValidationException. The request is invalid: malformed JSON, a field that breaks the schema, or a request the model cannot take.',
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
    body: BedrockConverseRequestSchema,
    responses: {
      200: {
        description:
          "The reply as a stream of events, framed as `application/vnd.amazon.eventstream` messages. Each frame's payload is one member of `ConverseStreamEvent`, named by its `:event-type` header. Events come in this order: `messageStart`; for each content block an optional `contentBlockStart`, its `contentBlockDelta`s and a `contentBlockStop`; `messageStop`; `metadata`. A failure after the reply has begun is sent as an exception frame, and the stream ends.",
        content: { 'application/vnd.amazon.eventstream': { schema: ConverseStreamEventSchema } },
      },
      400: {
        description:
          'ValidationException. The request is invalid: malformed JSON, a field that breaks the schema, or a request the model cannot take.',
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
    body: BedrockConverseRequestSchema,
    responses: {
      200: { description: 'The whole reply.', content: { 'application/json': { schema: ConverseResponseSchema } } },
      400: {
        description:
          'ValidationException. The request is invalid: malformed JSON, a field that breaks the schema, or a request the model cannot take.',
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
    body: BedrockConverseRequestSchema,
    responses: {
      200: {
        description:
          "The reply as a stream of events, framed as `application/vnd.amazon.eventstream` messages. Each frame's payload is one member of `ConverseStreamEvent`, named by its `:event-type` header. Events come in this order: `messageStart`; for each content block an optional `contentBlockStart`, its `contentBlockDelta`s and a `contentBlockStop`; `messageStop`; `metadata`. A failure after the reply has begun is sent as an exception frame, and the stream ends.",
        content: { 'application/vnd.amazon.eventstream': { schema: ConverseStreamEventSchema } },
      },
      400: {
        description:
          'ValidationException. The request is invalid: malformed JSON, a field that breaks the schema, or a request the model cannot take.',
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
    body: BedrockConverseRequestSchema,
    responses: {
      200: { description: 'The whole reply.', content: { 'application/json': { schema: ConverseResponseSchema } } },
      400: {
        description:
          'ValidationException. The request is invalid: malformed JSON, a field that breaks the schema, or a request the model cannot take.',
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
    body: BedrockConverseRequestSchema,
    responses: {
      200: {
        description:
          "The reply as a stream of events, framed as `application/vnd.amazon.eventstream` messages. Each frame's payload is one member of `ConverseStreamEvent`, named by its `:event-type` header. Events come in this order: `messageStart`; for each content block an optional `contentBlockStart`, its `contentBlockDelta`s and a `contentBlockStop`; `messageStop`; `metadata`. A failure after the reply has begun is sent as an exception frame, and the stream ends.",
        content: { 'application/vnd.amazon.eventstream': { schema: ConverseStreamEventSchema } },
      },
      400: {
        description:
          'ValidationException. The request is invalid: malformed JSON, a field that breaks the schema, or a request the model cannot take.',
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
    body: BedrockConverseRequestSchema,
    responses: {
      200: { description: 'The whole reply.', content: { 'application/json': { schema: ConverseResponseSchema } } },
      400: {
        description:
          'ValidationException. The request is invalid: malformed JSON, a field that breaks the schema, or a request the model cannot take.',
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
} as const;

/** The operationId of every operation in the spec. */

export type OperationId = keyof typeof operations;
