import type { Script, ScriptRequest, ScriptSource } from '../script/script.js';
import { validateScript } from '../script/validate-script.js';

/** Which script answers which request: one for a given model, else the default. */
export interface ScriptRegistry {
  setDefault(source: ScriptSource): void;
  setForModel(model: string, source: ScriptSource): void;
  /** The validated script for a request; throws `ScriptError` when a factory builds a bad one. */
  resolve(request: ScriptRequest): Script;
  reset(): void;
}

/** A registry whose `reset` returns to `initialDefault`. */
export function createScriptRegistry({ initialDefault }: { initialDefault: ScriptSource }): ScriptRegistry {
  const checkedDefault = check(initialDefault);
  let defaultSource = checkedDefault;
  const byModel = new Map<string, ScriptSource>();
  return {
    setDefault: (source) => {
      defaultSource = check(source);
    },
    setForModel: (model, source) => {
      if (typeof model !== 'string' || model === '') throw new TypeError('scriptFor: model must be a non-empty string');
      byModel.set(model, check(source));
    },
    resolve: (request) => {
      const source = byModel.get(request.model) ?? defaultSource;
      return typeof source === 'function' ? validateScript(source(request)) : source;
    },
    reset: () => {
      defaultSource = checkedDefault;
      byModel.clear();
    },
  };
}

/** Fixed scripts are checked when they are set; factories when they build a script. */
function check(source: ScriptSource): ScriptSource {
  return typeof source === 'function' ? source : validateScript(source);
}
