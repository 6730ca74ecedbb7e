/**
 * The bare Bedrock error type in a type name as AWS writes it in different places: `ThrottlingException` (JSON
 * bodies), `throttlingException` (the `:exception-type` of a stream frame), `ValidationException:http://…/` (the
 * `x-amzn-errortype` header) or `com.amazon.coral#ThrottlingException` (a namespaced shape id). Known types come back
 * in PascalCase; anything else comes back stripped of its namespace and suffix but otherwise as written.
 *
 * @see https://smithy.io/2.0/aws/protocols/aws-restjson1-protocol.html#operation-error-serialization
 */
export function errorTypeName(raw: string, isKnown: (pascalCase: string) => boolean): string {
  // A header seen twice is joined with commas; the first value is the one that counts.
  let name = raw.split(',', 1)[0] ?? '';
  name = name.split(':', 1)[0] ?? '';
  const namespaceEnd = name.lastIndexOf('#');
  if (namespaceEnd !== -1) name = name.slice(namespaceEnd + 1);
  name = name.trim();
  if (name === '') return raw.trim() === '' ? 'UnknownError' : raw.trim();
  const pascalCase = name.charAt(0).toUpperCase() + name.slice(1);
  return isKnown(pascalCase) ? pascalCase : name;
}

/** The camelCase member name a Bedrock error type has in the ConverseStream union, e.g. `throttlingException`. */
export function streamMemberName(type: string): string {
  return type.charAt(0).toLowerCase() + type.slice(1);
}
