/**
 * `npm run bench`: the guard's throughput (its fast path against the full scan and the tutorial regexes), then the
 * chat route next to its peers, each server in its own process on one core. Each reports ratios within its own run.
 */
import { benchGuard } from './guard.js'
import { benchPeers } from './peers.js'

await benchGuard()
await benchPeers()
