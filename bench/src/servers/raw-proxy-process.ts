import { createRawProxy } from './raw-proxy.js';
import type { ServerReadyMessage } from './server-messages.js';

/** The raw proxy as its own process, in front of the upstream named by `RAW_PROXY_UPSTREAM_URL`. */
const upstreamUrl = process.env.RAW_PROXY_UPSTREAM_URL;
if (!upstreamUrl) {
  process.stderr.write('RAW_PROXY_UPSTREAM_URL must name the upstream origin, such as http://127.0.0.1:8081\n');
  process.exit(1);
}
const proxy = await createRawProxy({ upstreamUrl });
const stop = () => {
  proxy.close().then(
    () => process.exit(0),
    () => process.exit(1),
  );
};
process.on('disconnect', stop);
// An exit of its own, not the signal's default, so that a profile `node --cpu-prof` records is written.
process.on('SIGTERM', stop);
process.send?.({ type: 'ready', url: proxy.url } satisfies ServerReadyMessage);
