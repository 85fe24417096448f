import type { GuardPluginOptions } from '../../src/index.js'
import type { BuildOptions } from './app.js'

// The guard settings under which the plugin's own key must still be caught, in prompts (`input`) and in replies
// (`output`): catching it never depends on them.

function explode(): boolean {
  throw new Error('guard rule failed')
}

/** Each setting with its name: the default, the guard off, the direction's screen off or logging only, and more. */
export function keyGuardSettings(
  direction: 'input' | 'output',
): Array<[string, GuardPluginOptions | false | undefined]> {
  return [
    ['default guard', undefined],
    ['guard off', false],
    [`${direction} not scanned`, { [direction]: false }],
    [`${direction} logged only`, { [direction]: 'log' }],
    ['secrets logged only', { actions: { mistral_key: 'log', generic_secret: 'log', api_token: 'log' } }],
    ['secret detectors off', { disable: ['mistral_key', 'generic_secret', 'api_token'] }],
    ['guard failing, failOpen', { failOpen: true, rules: [{ type: 'boom', pattern: 'e', validate: explode }] }],
  ]
}

/** The app's options for a guard setting. */
export const withGuard = (guard: GuardPluginOptions | false | undefined): BuildOptions =>
  guard === undefined ? {} : { plugin: { guard } }
