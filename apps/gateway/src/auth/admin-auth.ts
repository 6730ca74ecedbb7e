import { AccessDeniedException } from '@heimdall/eventstream';
import { indexOfSecret } from './constant-time.js';

/** The check the management API (`/api/*`) runs before anything else. */
export interface AdminAuth {
  /** Resolves when the request carries an admin key; throws {@link AccessDeniedException} saying what is missing. */
  check(headers: Headers): void;
}

const howToConfigure =
  'Set HEIMDALL_ADMIN_KEYS (comma-separated secrets) or admin.keys in the config file, and send one as `Authorization: Bearer <admin key>` or as a Basic password';

/** The credential of an `Authorization: Bearer` or `Basic` header (the Basic password, or its user when alone). */
function credentialOf(headers: Headers): string | undefined {
  const [scheme = '', value = ''] = (headers.get('authorization') ?? '').trim().split(/\s+/, 2);
  if (/^bearer$/i.test(scheme)) return value || undefined;
  if (!/^basic$/i.test(scheme)) return undefined;
  const decoded = Buffer.from(value, 'base64').toString('utf8');
  const separator = decoded.indexOf(':');
  return (separator === -1 ? decoded : decoded.slice(separator + 1) || decoded.slice(0, separator)) || undefined;
}

/**
 * Admin keys open the management API and nothing else; gateway and virtual keys never open it (a virtual key's own
 * quota excepted, which is not behind this check). With no admin key configured the API is shut, and says how to
 * open it. Keys are compared in constant time.
 */
export function createAdminAuth({ keys }: { keys: readonly string[] }): AdminAuth {
  return {
    check(headers) {
      if (keys.length === 0) {
        throw new AccessDeniedException({
          message: `The management API is turned off: no admin key is configured. ${howToConfigure}`,
        });
      }
      const credential = credentialOf(headers);
      if (credential === undefined) {
        throw new AccessDeniedException({
          message:
            'The management API needs an admin key, as `Authorization: Bearer <admin key>` or as a Basic password; gateway and virtual keys do not open it',
        });
      }
      if (indexOfSecret(credential, keys) === -1) {
        throw new AccessDeniedException({
          message: 'The admin key is not valid (gateway and virtual keys do not open the management API)',
        });
      }
    },
  };
}
