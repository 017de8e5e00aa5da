// Bounds on untrusted mail that more than one layer must agree on: the transports decide what to
// fetch whole, the parse stage what to parse.

/** Larger messages are archived but not parsed: 25 MB is the common attachment cap of mail providers ×1.5 for base64. */
export const MAX_MESSAGE_BYTES = 40 * 1024 * 1024;
