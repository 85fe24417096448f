import './helpers/sdk-loaded.js'
import t from 'tap'
import { transportContract } from './helpers/transport-contract.js'

// Importing the SDK alone takes seconds on a busy machine (8 s measured under load): more than the default 30 s
// would leave for the contract itself.
t.setTimeout(120_000)

// The undici transport runs the same contract in transport-contract.test.ts.
transportContract('sdk')
