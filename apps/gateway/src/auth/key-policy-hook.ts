import { AccessDeniedException } from '@heimdall/eventstream';
import type { ExchangeHooks } from '../app/exchange-hooks.js';
import { policyRefusal } from './key-policy.js';
import { providerConfigRefusal } from './provider-config-policy.js';

/** A key as errors name it: its name and id when it has a name, else its id; never its secret. */
const keyLabel = ({ keyId, keyName }: { keyId: string; keyName?: string | undefined }) =>
  keyName === undefined ? keyId : `${keyName} (${keyId})`;

/**
 * Enforces each gateway key's provider and model lists before every upstream attempt, fallbacks included: a target
 * the key may not call (its policy, or its provider configs when it has any) ends the request with an `AccessDeniedException` naming the key (by id) and the model.
 */
export const keyPolicyHook: ExchangeHooks = {
  beforeAttempt(exchange, attempt) {
    const { principal } = exchange;
    if (principal.kind !== 'gateway-key') return;
    const refusal =
      policyRefusal(principal.policy, attempt) ?? providerConfigRefusal(principal.providerConfigs, attempt);
    if (refusal) {
      throw new AccessDeniedException({
        message: `The gateway key ${keyLabel(principal)} may not call ${attempt.modelId}: ${refusal}`,
      });
    }
  },
};
