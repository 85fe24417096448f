/**
 * The user message the peers bench sends (bench/peers.ts) and the guard's in-place rows read (bench/guard.ts): a
 * support question of 214 characters, with an order number each request makes its own.
 */
export const CHAT_MESSAGE =
  'Hello, I ordered a blue jacket last week (order 48213-B) and it has not arrived yet. The tracking page says ' +
  'it left the warehouse on Monday. Can you tell me when it should arrive, and whether I can change the size?'

/** The message of the n-th request: a number of its own, as in real traffic, so no memory of clean texts answers. */
export const numberedMessage = (n: number, message = CHAT_MESSAGE): string =>
  message.replace('48213-B', `${48213 + n}-B`)
