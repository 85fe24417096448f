/**
 * `npx tsx bench/guard-parts.ts [--parts]`: the guard's everyday-chat throughput and where its time goes, alone
 * (the guard's rows of `npm run bench` without the servers).
 */
import { benchEverydayChat, benchGuardParts } from './guard.js'

if (!process.argv.includes('--parts')) benchEverydayChat()
benchGuardParts()
