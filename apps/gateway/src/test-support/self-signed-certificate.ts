import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generate } from 'selfsigned';

/** A certificate for 127.0.0.1 made at test time: its PEM (for a client's `ca`) and the files the gateway reads. */
export interface SelfSignedCertificate {
  cert: string;
  certFile: string;
  keyFile: string;
}

/** Generates a fresh self-signed certificate for `localhost` and 127.0.0.1 and writes it to a temporary folder. */
export async function createSelfSignedCertificate(): Promise<SelfSignedCertificate> {
  const pems = await generate([{ name: 'commonName', value: 'localhost' }], {
    keyType: 'ec',
    algorithm: 'sha256',
    extensions: [
      { name: 'basicConstraints', cA: true },
      { name: 'keyUsage', digitalSignature: true, keyCertSign: true },
      { name: 'extKeyUsage', serverAuth: true },
      {
        name: 'subjectAltName',
        altNames: [
          { type: 2, value: 'localhost' },
          { type: 7, ip: '127.0.0.1' },
        ],
      },
    ],
  });
  const directory = mkdtempSync(join(tmpdir(), 'heimdall-tls-'));
  const certFile = join(directory, 'cert.pem');
  const keyFile = join(directory, 'key.pem');
  writeFileSync(certFile, pems.cert);
  writeFileSync(keyFile, pems.private);
  return { cert: pems.cert, certFile, keyFile };
}
