import { describe, expect, it } from 'vitest';
import { generateVirtualKeySecret, hashVirtualKeySecret } from './virtual-key-secret.js';

describe('virtual key secrets', () => {
  it('look like Bifrost keys: sk-bf- and 40 letters and digits, different every time', () => {
    const secrets = new Set(Array.from({ length: 200 }, generateVirtualKeySecret));
    expect(secrets.size).toBe(200);
    for (const secret of secrets) expect(secret).toMatch(/^sk-bf-[0-9A-Za-z]{40}$/);
  });

  it('use the whole alphabet, so no character is favoured out of sight', () => {
    const seen = new Set(Array.from({ length: 100 }, generateVirtualKeySecret).join(''));
    for (const character of 'aZ09zA') expect(seen).toContain(character);
  });

  it('are stored as their SHA-256 digest, which does not contain them', () => {
    // sha256sum of the text `sk-bf-abc`.
    expect(hashVirtualKeySecret('sk-bf-abc')).toBe('6376f74107ff6bbc291556c6919d9d5168423078bbd84cd830262415d643032b');
    expect(hashVirtualKeySecret('sk-bf-abc')).not.toBe(hashVirtualKeySecret('sk-bf-abd'));
  });
});
