/**
 * `npm run bench`: the guard's throughput (its fast path against the full scan and the tutorial regexes), the chat
 * route next to its peers (each server in its own process on one core), streaming through the route against a bare
 * SDK pipe, and the token budget's cost per call. Each reports ratios within its own run.
 */
import { benchBudget } from './budget.js'
import { benchGuard } from './guard.js'
import { benchPeers } from './peers.js'
import { benchStream } from './stream.js'

await benchGuard()
await benchPeers()
await benchStream()
await benchBudget()
