import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { recordingsDirectory } from './recordings.js';
import { cassetteOf } from './recordings-provenance.js';

describe('the recordings shipped in the repository', () => {
  const directory = recordingsDirectory();
  const readme = readFileSync(`${directory}/README.md`, 'utf8');
  const files = readdirSync(directory).filter((file) => file !== 'README.md');

  it('are all listed in the provenance README with the digest of their exact bytes', () => {
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const sha256 = createHash('sha256')
        .update(readFileSync(`${directory}/${file}`))
        .digest('hex');
      expect(readme, `${file} is edited or missing from recordings/README.md`).toContain(
        `| \`${file}\` | \`${cassetteOf(file.replace(/\.(json|bin)$/, '')).cassette}\``,
      );
      expect(readme, `${file} differs from the copy the README records`).toContain(sha256);
    }
  });

  it('name a source cassette for a recording, and refuse one they do not know', () => {
    expect(cassetteOf('model_iter_stream-1')).toEqual({
      cassette: 'tests/models/cassettes/test_bedrock/test_bedrock_model_iter_stream.yaml',
      interaction: 1,
    });
    expect(() => cassetteOf('invented_recording')).toThrow(/invented_recording/);
  });
});
