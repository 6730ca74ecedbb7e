import { describe, expect, it } from 'vitest';
import { gatewayConfigSchema } from '../config/config-schema.js';
import { environmentTable } from '../config/environment-table.js';
import { readEnvironment } from '../config/read-environment.js';
import { providerRegistry } from './provider-registry.js';

describe('the provider registry', () => {
  it('gives each provider its own type and its own name in the environment', () => {
    const types = providerRegistry.map((descriptor) => descriptor.type);
    const names = providerRegistry.map((descriptor) => descriptor.environment.providerName);
    expect(new Set(types).size).toBe(types.length);
    expect(new Set(names).size).toBe(names.length);
  });

  it('reads each environment variable once, so a variable cannot mean two things', () => {
    const names = environmentTable.map((variable) => variable.name);
    expect(names.filter((name, index) => names.indexOf(name) !== index)).toEqual([]);
  });

  it("maps every provider's environment variables onto settings its schema knows", () => {
    for (const descriptor of providerRegistry) {
      const environment = Object.fromEntries(
        descriptor.environment.variables.map((variable) => [variable.name, 'https://example.com']),
      );
      const result = gatewayConfigSchema.safeParse(readEnvironment(environment).input);
      const unknown = result.success ? [] : result.error.issues.filter((issue) => issue.code === 'unrecognized_keys');
      expect(unknown, descriptor.type).toEqual([]);
    }
  });
});
