/**
 * The most the gateway holds of one upstream message before it has seen the message's end: one server-sent event
 * (or line), one eventstream frame, one Converse JSON reply. The same as the largest frame the eventstream decoder
 * accepts, so that nothing the gateway takes in would be refused by its own clients' decoders.
 */
export const maxUpstreamMessageBytes = 16 * 1024 * 1024;

/** How much of an upstream's error reply is read: enough for any real error message, and no more. */
export const maxUpstreamErrorBodyBytes = 64 * 1024;
