import { type ErrorField, type ErrorType, errorTaxonomy } from './error-taxonomy.js';
import type { SpecDocument } from './spec-document.js';

/** A field's description, without the `ModelErrorException: ` a shared body's member is prefixed with. */
function fieldDoc(field: ErrorField, indent: string): string {
  if (!field.description) return '';
  const text = field.description.replace(/^\w+: /, '');
  return `${indent}/** ${text.charAt(0).toUpperCase()}${text.slice(1)} */\n`;
}

function classDoc(type: ErrorType): string {
  const retry = type.retryable ? 'may succeed when sent again' : 'fails again when sent unchanged';
  const where = type.preStream
    ? `the answer with HTTP ${type.status} before a stream begins`
    : `only ever sent inside a stream (its status: ${type.status})`;
  const streamed =
    type.preStream && type.streamMember ? `; inside a stream, the \`${type.streamMember}\` exception` : '';
  return [
    '/**',
    ` * The error type \`${type.name}\`: ${where}${streamed}.`,
    ` * It ${retry}.`,
    ' *',
    ' * @see https://docs.aws.amazon.com/bedrock/latest/APIReference/CommonErrors.html',
    ' */',
  ].join('\n');
}

function optionsInterface(type: ErrorType): string {
  const members = type.fields.map((field) => `${fieldDoc(field, '  ')}  ${field.name}?: ${field.kind} | undefined;`);
  return [
    `/** What a {@link ${type.name}} is built from. */`,
    `export interface ${type.name}Options extends BedrockErrorOptions {`,
    ...members,
    '}',
  ].join('\n');
}

function errorClass(type: ErrorType): string {
  const init = `super(bedrockErrorInit('${type.name}', options));`;
  if (type.fields.length === 0) {
    return `${classDoc(type)}\nexport class ${type.name} extends bedrockErrorBase('${type.name}') {}`;
  }
  const names = type.fields.map((field) => field.name);
  return [
    classDoc(type),
    `export class ${type.name} extends HeimdallError {`,
    ...type.fields.map((field) => `${fieldDoc(field, '  ')}  readonly ${field.name}: ${field.kind} | undefined;`),
    '',
    `  constructor({ ${names.join(', ')}, ...options }: ${type.name}Options) {`,
    `    ${init}`,
    ...names.map((name) => `    this.${name} = ${name};`),
    '  }',
    '}',
  ].join('\n');
}

function classTable(types: ErrorType[]): string {
  const rows = types.map((type) => {
    const fields = Object.fromEntries(type.fields.map((field) => [field.name, field.kind]));
    return `  ${type.name}: { errorClass: ${type.name}, fields: ${JSON.stringify(fields)} },`;
  });
  return [
    '/**',
    ' * The class of each Bedrock error type, and the kind of each extra member its body carries, so that an error read',
    ' * from a reply or a stream frame can be built as its own class.',
    ' */',
    'export const bedrockErrorClasses = {',
    ...rows,
    '} as const;',
  ].join('\n');
}

/** One class per Bedrock error type of the spec, with the fields its body carries, and the table of them. */
export function emitErrorsModule(spec: SpecDocument): string {
  const types = errorTaxonomy(spec);
  return [
    "import { type BedrockErrorOptions, bedrockErrorBase, bedrockErrorInit } from '../errors/bedrock-error-init.js';",
    "import { HeimdallError } from '../errors/heimdall-error.js';",
    '',
    ...types.flatMap((type) => (type.fields.length > 0 ? [optionsInterface(type), ''] : [])),
    ...types.flatMap((type) => [errorClass(type), '']),
    classTable(types),
  ].join('\n');
}
