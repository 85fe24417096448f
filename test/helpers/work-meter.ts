import t from 'tap'

// Linear time proven without a clock: the work a run does is counted in characters handed to the regex engine and to
// the string primitives, by patching them for the test process (restored when its tap run ends). Doubling a crafted
// input must then at most double the count, on any machine and under any load.

export interface Meter {
  work: number
  patterns: Map<string, { pattern: RegExp; longestInput: number }>
}

type Method = (this: unknown, ...args: unknown[]) => unknown
const originals: Array<{ owner: object; name: string; original: Method }> = []

function patch<S, A extends unknown[], R>(owner: object, name: string, cost: (self: S, args: A, result: R) => number) {
  const original = (owner as Record<string, Method>)[name] as Method
  originals.push({ owner, name, original })
  Object.assign(owner, {
    [name](this: S, ...args: A) {
      const result = original.apply(this, args) as R
      if (active !== undefined) active.work += cost(this, args, result)
      return result
    },
  })
}

let active: Meter | undefined

// exec is what test, match, replace and split call under the hood once the prototype is patched, so this sees every
// regex the guard runs. The engine tries each start position from lastIndex up to the match (or the end of the input);
// a sticky pattern tries lastIndex alone, an attempt the bounded-repetition check below keeps to a constant.
patch(RegExp.prototype, 'exec', (pattern: RegExp, [input]: [string], match: RegExpExecArray | null) => {
  if (pattern.sticky && match === null) return 1
  const from = pattern.global || pattern.sticky ? pattern.lastIndex : 0
  if (active !== undefined) {
    const key = `/${pattern.source}/${pattern.flags}`
    const seen = active.patterns.get(key)
    active.patterns.set(key, { pattern, longestInput: Math.max(seen?.longestInput ?? 0, input.length) })
  }
  // lastIndex has already moved on when exec returns: measure from the match itself.
  const end = match === null ? input.length : match.index + match[0].length
  return Math.max(1, end - (match === null || pattern.global || pattern.sticky ? Math.min(from, end) : 0))
})
for (const name of ['indexOf', 'includes']) {
  patch(String.prototype, name, (text: string, [search, from = 0]: [string, number], found: number | boolean) => {
    const at = typeof found === 'number' && found >= 0 ? found + search.length : text.length
    return Math.max(1, at - from)
  })
}
patch(String.prototype, 'lastIndexOf', (text: string) => text.length)
for (const name of ['slice', 'substring', 'toLowerCase', 'toUpperCase', 'trim'])
  patch(String.prototype, name, (_text: string, _args: never[], result: string) => Math.max(1, result.length))
patch(String.prototype, 'charCodeAt', () => 1)

t.teardown(() => {
  for (const { owner, name, original } of originals) Object.assign(owner, { [name]: original })
})

/** The work `run` does, and the patterns it ran with the longest input each saw. */
export function measureWork(run: () => void): Meter {
  const meter: Meter = { work: 0, patterns: new Map() }
  active = meter
  try {
    run()
  } finally {
    active = undefined
  }
  return meter
}

/** True when the pattern has `*`, `+` or `{n,}` outside a character class (an escaped `\+` or `[+*]` is a literal). */
export function hasUnboundedQuantifier(source: string): boolean {
  let inClass = false
  for (let i = 0; i < source.length; i++) {
    const char = source[i]
    if (char === '\\') i++
    else if (inClass) inClass = char !== ']'
    else if (char === '[') inClass = true
    else if (char === '*' || char === '+') return true
    else if (char === '{' && /^\{\d+,\}/.test(source.slice(i))) return true
  }
  return false
}
