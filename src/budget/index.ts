export { type Budget, type BudgetReservation, type BudgetState, createBudget } from './budget.js'
export { reserveBudget } from './call.js'
export { estimateCallTokens, estimateInputsTokens, estimatePromptTokens, estimateTextTokens } from './estimate.js'
export {
  type BudgetKeyFunction,
  type BudgetOptions,
  type BudgetTokensFunction,
  budgetOptionsSchema,
  type ResolvedBudget,
  resolveBudget,
} from './options.js'
export type { BudgetRedis } from './redis-store.js'
export { routeBudgetKey } from './route-key.js'
export type { BudgetWindow } from './window.js'
