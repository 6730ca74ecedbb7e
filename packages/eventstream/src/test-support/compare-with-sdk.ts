/**
 * Fields the AWS SDK (client-bedrock-runtime 3.1163.0) leaves out of the events it gives an application, because its
 * model of the API does not have them: the `p` padding (which our decoder drops too) and `usage.serverToolUsage`.
 */
export const fieldsTheSdkDrops: readonly string[] = ['metadata.usage.serverToolUsage'];

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Compares one of our events with the AWS SDK's event for the same frame. Returns the problems: a value that
 * differs, a field the SDK has and we lack, or a field we have that the SDK drops without it being listed in
 * {@link fieldsTheSdkDrops}.
 */
export function differencesFromSdk(ours: unknown, sdk: unknown, path = ''): string[] {
  if (isObject(ours) && isObject(sdk)) {
    const problems: string[] = [];
    for (const key of Object.keys(ours)) {
      const childPath = path ? `${path}.${key}` : key;
      if (!(key in sdk)) {
        if (!fieldsTheSdkDrops.includes(childPath)) problems.push(`${childPath} is missing from the SDK's event`);
        continue;
      }
      problems.push(...differencesFromSdk(ours[key], sdk[key], childPath));
    }
    for (const key of Object.keys(sdk)) {
      if (!(key in ours) && sdk[key] !== undefined) problems.push(`${path}.${key} is only in the SDK's event`);
    }
    return problems;
  }
  if (Array.isArray(ours) && Array.isArray(sdk) && ours.length === sdk.length) {
    return ours.flatMap((item, index) => differencesFromSdk(item, sdk[index], `${path}[${index}]`));
  }
  return Object.is(ours, sdk) ? [] : [`${path}: ours ${JSON.stringify(ours)}, the SDK's ${JSON.stringify(sdk)}`];
}
