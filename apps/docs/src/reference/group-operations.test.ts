import { describe, expect, it } from 'vitest';
import { commonSummary, groupOperations, groupsByTag } from './group-operations.js';
import type { OpenApiDocument } from './openapi-document.js';

const document: OpenApiDocument = {
  info: { title: 'Test', version: '1' },
  tags: [{ name: 'LiteLLM' }, { name: 'Bedrock' }, { name: 'Health' }],
  paths: {
    '/litellm/model/{modelId}/converse': {
      post: {
        tags: ['LiteLLM'],
        summary: 'Converse (LiteLLM)',
        operationId: 'litellmConverse',
        'x-heimdall-handler': 'converse',
      },
    },
    '/model/{modelId}/converse': {
      post: {
        tags: ['Bedrock'],
        summary: 'Converse (Bedrock)',
        operationId: 'converse',
        'x-heimdall-handler': 'converse',
      },
    },
    '/health': { get: { tags: ['Health'], summary: 'Liveness probe', operationId: 'getHealth' } },
    '/api/logs': { get: { summary: 'Request logs', operationId: 'listLogs' } },
  },
};

describe('operations grouped for the reference', () => {
  it('lists an operation served under several prefixes once, at its shortest path, with every path kept', () => {
    const groups = groupOperations(document);
    expect(groups.map((group) => group.key)).toEqual(['converse', 'getHealth', 'listLogs']);
    const [converse] = groups;
    expect(converse?.paths.map((path) => path.path)).toEqual([
      '/model/{modelId}/converse',
      '/litellm/model/{modelId}/converse',
    ]);
    expect(converse?.tag).toBe('Bedrock');
    expect(converse?.title).toBe('Converse');
  });

  it('drops tags left without operations, and lists untagged operations under Other', () => {
    const tags = groupsByTag(document, groupOperations(document)).map((tag) => tag.name);
    expect(tags).toEqual(['Bedrock', 'Health', 'Other']);
  });

  it('keeps apart what one handler serves under another method or at a path that is not a prefixed copy', () => {
    const governance: OpenApiDocument = {
      ...document,
      paths: {
        '/api/keys': {
          get: { operationId: 'listKeys', 'x-heimdall-handler': 'keys' },
          post: { operationId: 'createKey', 'x-heimdall-handler': 'keys' },
        },
        '/api/keys/{id}': { get: { operationId: 'getKey', 'x-heimdall-handler': 'keys' } },
        '/v2/api/keys': { get: { operationId: 'listKeysV2', 'x-heimdall-handler': 'keys' } },
      },
    };
    const groups = groupOperations(governance);
    expect(groups.map((group) => [group.key, group.paths.map((path) => `${path.method} ${path.path}`)])).toEqual([
      ['listKeys', ['get /api/keys', 'get /v2/api/keys']],
      ['createKey', ['post /api/keys']],
      ['getKey', ['get /api/keys/{id}']],
    ]);
  });

  it('titles a group by what its summaries share, without the part naming one prefix', () => {
    expect(commonSummary(['Converse with model (LiteLLM format)', 'Converse with model (Amazon Bedrock path)'])).toBe(
      'Converse with model',
    );
    expect(commonSummary(['Liveness probe'])).toBe('Liveness probe');
    expect(commonSummary(['Alpha', 'Beta'])).toBe('Alpha');
  });
});
