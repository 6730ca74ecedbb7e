import { describe, expect, it } from 'vitest';
import { orderComponents } from './order-components.js';

describe('component order', () => {
  it('puts every component after the ones it refers to', () => {
    const order = orderComponents({
      Message: { type: 'object', properties: { content: { $ref: '#/components/schemas/Block' } } },
      Block: { oneOf: [{ $ref: '#/components/schemas/Text' }] },
      Text: { type: 'string' },
    });
    expect(order).toEqual(['Text', 'Block', 'Message']);
  });

  it('reports a cycle with its path', () => {
    expect(() =>
      orderComponents({
        A: { type: 'array', items: { $ref: '#/components/schemas/B' } },
        B: { type: 'array', items: { $ref: '#/components/schemas/A' } },
      }),
    ).toThrow('Recursive schemas are not supported: A → B → A');
  });
});
