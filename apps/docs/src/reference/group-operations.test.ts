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

  it('refuses a handler that serves two methods, which one section could not describe', () => {
    const twoMethods: OpenApiDocument = {
      ...document,
      paths: { '/a': { get: { 'x-heimdall-handler': 'same' }, post: { 'x-heimdall-handler': 'same' } } },
    };
    expect(() => groupOperations(twoMethods)).toThrow(/serves both get and post/);
  });

  it('titles a group by what its summaries share, without the part naming one prefix', () => {
    expect(commonSummary(['Converse with model (LiteLLM format)', 'Converse with model (Amazon Bedrock path)'])).toBe(
      'Converse with model',
    );
    expect(commonSummary(['Liveness probe'])).toBe('Liveness probe');
    expect(commonSummary(['Alpha', 'Beta'])).toBe('Alpha');
  });
});
