import { describe, expect, it } from 'vitest';
import { operationScope } from './operation-scope.js';

const operations = [
  { method: 'get', path: '/api/governance/virtual-keys/quota' },
  { method: 'get', path: '/api/governance/virtual-keys/{vk_id}' },
  { method: 'put', path: '/api/governance/virtual-keys/{vk_id}' },
  { method: 'post', path: '/api/governance/virtual-keys' },
  { method: 'get', path: '/api/governance/virtual-keys' },
];
const [quota, read, update, create, list] = operations.map((operation) => operationScope(operation, operations));

describe('which operation a request belongs to', () => {
  it('gives a fixed path to its own operation, not to the parameter beside it', () => {
    expect(quota?.('GET', '/api/governance/virtual-keys/quota')).toBe(true);
    expect(read?.('GET', '/api/governance/virtual-keys/quota')).toBe(false);
    expect(read?.('GET', '/api/governance/virtual-keys/0f3c')).toBe(true);
  });

  it('keeps the parameter for methods the fixed path does not have, so their checks still run', () => {
    expect(update?.('PUT', '/api/governance/virtual-keys/quota')).toBe(true);
  });

  it('tells apart the methods of one path, HEAD going with GET', () => {
    expect(create?.('POST', '/api/governance/virtual-keys')).toBe(true);
    expect(create?.('GET', '/api/governance/virtual-keys')).toBe(false);
    expect(list?.('HEAD', '/api/governance/virtual-keys')).toBe(true);
  });
});
