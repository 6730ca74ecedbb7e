import { describe, expect, it } from 'vitest';
import { createAdminAuth } from './admin-auth.js';

const basic = (user: string, password: string) => `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
const headers = (authorization?: string) => new Headers(authorization ? { authorization } : {});

describe('admin keys', () => {
  const auth = createAdminAuth({ keys: ['admin-one', 'admin-two'] });

  it('opens the management API to an admin key as a bearer token or a Basic password', () => {
    expect(() => auth.check(headers('Bearer admin-two'))).not.toThrow();
    expect(() => auth.check(headers(basic('admin', 'admin-one')))).not.toThrow();
  });

  it('refuses a request without one, and one with another kind of key, never repeating what was sent', () => {
    expect(() => auth.check(headers())).toThrow(/needs an admin key/);
    expect(() => auth.check(headers('Bearer sk-bf-not-an-admin-key'))).toThrow(/admin key is not valid/);
    try {
      auth.check(headers('Bearer sk-bf-not-an-admin-key'));
    } catch (error) {
      expect(String((error as Error).message)).not.toContain('sk-bf-not-an-admin-key');
      expect(error).toMatchObject({ name: 'AccessDeniedException', status: 403 });
    }
  });

  it('with no admin key configured, says the management API is off and how to turn it on', () => {
    expect(() => createAdminAuth({ keys: [] }).check(headers('Bearer anything'))).toThrow(
      /turned off: no admin key is configured\. Set HEIMDALL_ADMIN_KEYS .* or admin\.keys in the config file/,
    );
  });
});
