import type { SpecDocument } from '../spec-document.js';
import { emitComponent } from './emit-schema.js';
import { orderComponents } from './order-components.js';

/** The Zod module: one exported constant per component schema, in dependency order. */
export function emitZodModule(spec: SpecDocument): string {
  const { schemas } = spec.components;
  const declarations = orderComponents(schemas).map((name) => {
    const schema = schemas[name];
    if (!schema) throw new Error(`Missing component ${name}`);
    return emitComponent(name, schema);
  });
  return ["import { z } from 'zod';", ...declarations].join('\n\n');
}
