import safeRegex from 'safe-regex2'

// safe-regex2 measures star height (a quantifier inside a quantified group, as in (a+)+ or (\w+\s?)*) and refuses
// more than 25 quantifiers. It does not see two other shapes that backtrack exponentially, checked here:
// backreferences, and a quantified group whose alternatives can match the same text, as in (a|a)* or (\d|\w)+.

/** Why a pattern is unsafe, or undefined when it passes every check. */
export function unsafePatternReason(source: string): string | undefined {
  if (!safeRegex(source)) return 'nested quantifiers (star height above 1) or too many quantifiers'
  if (hasBackreference(source)) return 'a backreference'
  if (hasAmbiguousRepeatedAlternation(source)) return 'a repeated group whose alternatives can overlap'
  return undefined
}

function hasBackreference(source: string): boolean {
  let inClass = false
  for (let i = 0; i < source.length; i++) {
    const char = source[i]
    if (char === '\\') {
      const next = source.charAt(i + 1)
      if (!inClass && (/[1-9]/.test(next) || next === 'k')) return true
      i++
    } else if (char === '[') inClass = true
    else if (char === ']') inClass = false
  }
  return false
}

interface OpenGroup {
  branches: string[]
  current: string
}

const REPEATING_QUANTIFIER = /^(?:[*+]|\{\d*,\d*\}|\{\d+\})/

function isRepeating(quantifier: string): boolean {
  if (quantifier === '*' || quantifier === '+') return true
  const bounds = quantifier.slice(1, -1).split(',')
  return bounds.length === 2 ? bounds[1] !== '1' : Number(bounds[0]) > 1
}

/** Plain literal alternatives with distinct first characters are unambiguous; anything else under repetition is not. */
function branchesOverlap(branches: string[]): boolean {
  if (branches.some((branch) => branch.length === 0 || /[\\[.()*+?{}^$]/.test(branch))) return true
  const firsts = new Set(branches.map((branch) => branch[0]))
  return firsts.size !== branches.length
}

function hasAmbiguousRepeatedAlternation(source: string): boolean {
  // The root entry stands for the whole pattern, so there is always a group to append to.
  const stack: OpenGroup[] = [{ branches: [], current: '' }]
  let inClass = false
  for (let i = 0; i < source.length; i++) {
    const char = source[i] as string
    const top = stack.at(-1) as OpenGroup
    if (char === '\\') {
      top.current += source.slice(i, i + 2)
      i++
      continue
    }
    if (inClass) {
      if (char === ']') inClass = false
      top.current += char
      continue
    }
    if (char === '[') {
      inClass = true
      top.current += char
    } else if (char === '(') {
      top.current += '('
      const prefix = /^\?(?:[:=!]|<[=!]|<[A-Za-z]\w*>)/.exec(source.slice(i + 1))
      i += prefix?.[0].length ?? 0
      stack.push({ branches: [], current: '' })
    } else if (char === ')') {
      // The pattern already compiled, so every ')' closes a group.
      const group = stack.pop() as OpenGroup
      group.branches.push(group.current)
      const quantifier = REPEATING_QUANTIFIER.exec(source.slice(i + 1))
      if (
        group.branches.length > 1 &&
        quantifier !== null &&
        isRepeating(quantifier[0]) &&
        branchesOverlap(group.branches)
      ) {
        return true
      }
      ;(stack.at(-1) as OpenGroup).current += ')'
    } else if (char === '|') {
      top.branches.push(top.current)
      top.current = ''
    } else top.current += char
  }
  return false
}
