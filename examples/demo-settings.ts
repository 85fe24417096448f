// The demo's fixed settings, in a module of their own so that tests can read them without loading the plugin.

/** A fixed key for the local server only: it is not, and cannot be, a real Mistral key. */
export const LOCAL_DEMO_KEY = 'local-demo-key-0123456789abcdef'
/** Requests per user per minute: low enough that a person clicking through the demo can reach the limit. */
export const DEMO_RATE_LIMIT = 10
