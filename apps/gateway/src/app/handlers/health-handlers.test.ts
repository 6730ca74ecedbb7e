import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../config/load-config.js';
import { createGateway } from '../../create-gateway.js';
import { providerRegistry } from '../../providers/provider-registry.js';

describe('the readiness probe of a gateway without providers', () => {
  it('is not ready, and says how to configure each registered provider', async () => {
    const config = loadConfig({ HOST: '127.0.0.1', PORT: '0' }, mkdtempSync(join(tmpdir(), 'heimdall-ready-')));
    const gateway = createGateway({ config });
    const { url } = await gateway.start();
    try {
      const response = await fetch(`${url}/ready`);
      expect(response.status).toBe(503);
      const { status, reason } = (await response.json()) as { status: string; reason: string };
      expect(status).toBe('not_ready');
      for (const descriptor of providerRegistry) expect(reason).toContain(descriptor.notConfiguredHint);
    } finally {
      await gateway.stop({ graceMs: 0 });
    }
  });
});
