/** Amazon Bedrock's own limit on a model id (`ConversationalModelId` in its service model). */
export const maxModelIdLength = 2048;

/** Printable ASCII without the space: every id a provider knows (`openai/gpt-4o`, ARNs, `llama3.2:latest`). */
const isModelIdCharacter = (code: number) => code >= 0x21 && code <= 0x7e;

const codePointName = (code: number) => `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;

/**
 * What is wrong with a model id, or `undefined` when nothing is. A model id travels upstream and comes back in the
 * `x-heimdall-model` response header, so it must be something a header can carry: a CR, LF, NUL or a character
 * above U+00FF would make the reply fail only after the upstream has spent its tokens. Checked before any upstream
 * call for that reason.
 */
export function modelIdProblem(modelId: string): string | undefined {
  if (modelId.length === 0) return 'the model id is empty';
  if (modelId.length > maxModelIdLength) {
    return `the model id is ${modelId.length} characters long, more than the limit of ${maxModelIdLength}`;
  }
  for (let index = 0; index < modelId.length; index++) {
    const code = modelId.charCodeAt(index);
    if (!isModelIdCharacter(code)) {
      return `the model id has the character ${codePointName(code)} at position ${index}; a model id is printable ASCII without spaces`;
    }
  }
  return undefined;
}
