// Ships the spec itself with the package, so the gateway and the docs site can serve it as it is.
import { copyFileSync, mkdirSync } from 'node:fs';

mkdirSync(new URL('../dist/', import.meta.url), { recursive: true });
copyFileSync(
  new URL('../../../openapi/bifrost.yaml', import.meta.url),
  new URL('../dist/openapi.yaml', import.meta.url),
);
