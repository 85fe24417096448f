/** `npm run bench`: every benchmark, one after the other, each reporting ratios against a baseline of its own. */
import { benchBudget } from './budget.js'
import { benchChat } from './chat.js'
import { benchGuard } from './guard.js'
import { benchStream } from './stream.js'

await benchGuard()
await benchChat()
await benchStream()
await benchBudget()
