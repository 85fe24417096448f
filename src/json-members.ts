import type { ValueContext } from './guard/context-scan.js'
import { stripControlCharacters } from './guard/control-characters.js'
import { PASSWORD_MIN_LENGTH } from './guard/secret-value.js'
import { namesASecret } from './guard/secrets.js'
import { namesShortCode, SHORTEST_CODE } from './guard/short-names.js'
import { numberAsRead } from './json-numbers.js'

/**
 * The values of a JSON text with the member names that make them what they are. `{"password": "Tr0ub4dor&3xq"}` read
 * value by value loses the name that makes the value a secret: each string and number value comes with the plain text
 * it stands in (`"password": "Tr0ub4dor&3xq"`), and a name/value pair (`{"name": "DB_PASSWORD", "value": "…"}`, a
 * Kubernetes env entry, a CloudFormation parameter, an SSM parameter) gives its value the pair's name as well.
 */

/** Members naming a pair's value (compared lower-cased): the closed list of the usual name/value shapes. */
export const PAIR_NAME_MEMBERS: ReadonlySet<string> = new Set([
  'name',
  'key',
  'keyname',
  'parameterkey',
  'parametername',
  'paramname',
  'variable',
  'variablename',
  'var',
  'envname',
  'field',
  'fieldname',
  'setting',
  'settingname',
  'property',
  'propertyname',
  'attribute',
  'attributename',
  'label',
  'secretname',
  'secretid',
])

/** Members holding a pair's value (compared lower-cased). */
const PAIR_VALUE_MEMBERS = new Set([
  'value',
  'values',
  'val',
  'parametervalue',
  'paramvalue',
  'stringvalue',
  'secretvalue',
  'secretstring',
  'settingvalue',
  'data',
  // A default stands for the value (`{"name": "db_password", "default": "…"}`, an ARM parameter's `defaultValue`),
  // as config-pairs.ts reads `default:` in plain text; a JSON schema's `const`, `enum` and `examples` are its values.
  'default',
  'defaultvalue',
  'const',
  'enum',
  'examples',
  'example',
])

/**
 * The most of a name a context keeps (its end, next to the value). A name's keyword or label sits at its end, next to
 * the value: generic_secret reads a 40-character identifier, ssn 40 characters, phone 30, an AWS key's line 80.
 * Every value is scanned once more per context, so this bounds what a name repeated before each item of a long array
 * costs per item.
 */
export const MAX_CONTEXT_NAME = 80

/**
 * Values shorter than this are read alone: no name makes them a finding (the shortest value a name can make one is
 * a password), and an array of one-digit numbers under a long name costs no more than the same text read plainly.
 * Only a PIN's or a card code's name makes a shorter one (3 or 4 digits: `{"pin": "4821"}`, `{"cvv": 123}`).
 */
export const SHORTEST_NAMED_VALUE = PASSWORD_MIN_LENGTH

/** Whether a value this long is read with its member name `name` (see SHORTEST_NAMED_VALUE). */
function isNamedLength(length: number, name: string): boolean {
  return length >= SHORTEST_NAMED_VALUE || (length >= SHORTEST_CODE && namesShortCode(name))
}

/**
 * The most of its name a code shorter than SHORTEST_NAMED_VALUE is read with: the code's word and the word before it
 * (`card_security_code`, `ATM_PIN`), so an array of codes under a long name costs no more per item than longer values.
 */
const MAX_CODE_CONTEXT_NAME = 32

/** One token holding text: a member name, or a string or number value with its contexts. */
export interface JsonTextToken {
  /** Where the token's literal starts in the text. */
  index: number
  /** The literal as written. */
  written: string
  /** What the guard reads: a string's value, a number as the integer it denotes (numberAsRead). */
  value: string
  /** A value's contexts; none for a member name or a value no name governs. */
  contexts: ValueContext[]
}

/** Where a value stands: the member it is the value of (through arrays), and that member's object. */
interface Owner {
  /** The member's name as a context shows it (contextName). */
  shown: string
  /** Whether the member names a pair's value (`value`, `ParameterValue`…), and so takes the pair's names. */
  holdsPairValue: boolean
  /** Whether the member names its pair (`name`, `ParameterKey`…). */
  namesPair: boolean
  object: ObjectState
}

interface ObjectState {
  /**
   * Name-like members' string values as contexts show them, per member name: the first and the last written (JSON.parse
   * keeps the last, another reader the first), so a repeated `name` cannot hide the one that names a secret.
   */
  pairNames: Map<string, string[]>
  /**
   * The name of the member holding this object (through arrays), as contexts show it: it names the object's pair
   * value as a pair name does (`{"adminPassword": {"value": "…"}}`, an ARM parameters file).
   */
  heldBy: string | undefined
  /** The one pair name its value is read with, chosen once the whole text is read (pairNameOf). */
  chosen?: string | undefined
}

interface Frame {
  object: ObjectState | undefined
  /** In an object, the member being read; in an array, the member holding it (through arrays), if any. */
  owner: Owner | undefined
  expectsName: boolean
}

const TOKEN = /"(?:[^"\\]|\\.)*"|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|[{}[\],:]/g

/**
 * A name as its contexts show it, worked out once per name (an array's items share it): stripped as every text is
 * before it is scanned (`pass\u200bword` names a password as well), then its end.
 */
const contextName = (name: string) => stripControlCharacters(name).slice(-MAX_CONTEXT_NAME)

const contextOf = (shown: string, isString: boolean): ValueContext => {
  const quote = isString ? '"' : ''
  return { before: `${JSON.stringify(shown)}: ${quote}`, after: quote }
}

/**
 * The pair name a pair's value is read with: one, so an object with every pair-name member costs one scan more per
 * value, not twenty. The first that names a secret (`DB_PASSWORD`), otherwise the first written (`phone`, `ssn`); the
 * holding member's name (`{"adminPassword": {"value": …}}`) is a candidate after the object's own.
 */
function pairNameOf(object: ObjectState): string | undefined {
  if (object.chosen === undefined) {
    // The object's own pair names first, then the name of the member holding it.
    const names = [...object.pairNames.values()].flat()
    if (object.heldBy !== undefined) names.push(object.heldBy)
    object.chosen = names.find((name) => namesASecret(name)) ?? names[0]
  }
  return object.chosen
}

/**
 * The text tokens of `text`, which must be valid JSON, in order. One pass over the text, then one over its values:
 * a pair's name may come after its value.
 */
export function jsonTextTokens(text: string): JsonTextToken[] {
  const tokens: Array<JsonTextToken & { owner: Owner | undefined; isString: boolean }> = []
  const stack: Frame[] = []
  let top: Frame = { object: undefined, owner: undefined, expectsName: false }
  for (const match of text.matchAll(TOKEN)) {
    const written = match[0]
    const first = written[0]
    if (first === '{' || first === '[') {
      stack.push(top)
      // An array's items stand where the array does: `"password": ["…"]` names each of them.
      top =
        first === '{'
          ? { object: { pairNames: new Map(), heldBy: top.owner?.shown }, owner: undefined, expectsName: true }
          : { object: undefined, owner: top.owner, expectsName: false }
      continue
    }
    if (first === '}' || first === ']') {
      top = stack.pop() as Frame
      continue
    }
    if (first === ',') {
      top.expectsName = top.object !== undefined
      continue
    }
    if (first === ':') continue
    const isString = first === '"'
    const value = isString ? (JSON.parse(written) as string) : numberAsRead(written)
    if (top.expectsName) {
      const lower = value.toLowerCase()
      top.owner = {
        shown: contextName(value),
        holdsPairValue: PAIR_VALUE_MEMBERS.has(lower),
        namesPair: PAIR_NAME_MEMBERS.has(lower),
        object: top.object as ObjectState,
      }
      top.expectsName = false
      tokens.push({ index: match.index, written, value, contexts: [], owner: undefined, isString })
      continue
    }
    const { owner } = top
    // A pair's name is a member's own string value (not an array's item).
    if (isString && top.object !== undefined && owner?.namesPair === true) {
      const member = owner.shown.toLowerCase()
      const written = owner.object.pairNames.get(member)
      if (written === undefined) owner.object.pairNames.set(member, [contextName(value)])
      else written[1] = contextName(value)
    }
    tokens.push({ index: match.index, written, value, contexts: [], owner, isString })
  }
  return tokens.map(({ owner, isString, ...token }) => {
    if (owner === undefined || !isNamedLength(token.value.length, owner.shown)) return token
    const names = new Set([
      token.value.length < SHORTEST_NAMED_VALUE ? owner.shown.slice(-MAX_CODE_CONTEXT_NAME) : owner.shown,
    ])
    const pairName = owner.holdsPairValue ? pairNameOf(owner.object) : undefined
    if (pairName !== undefined) names.add(pairName)
    token.contexts = [...names].map((name) => contextOf(name, isString))
    return token
  })
}
