import fc from 'fast-check'
import t from 'tap'
import { mapJsonText } from '../src/chat-texts.js'
import { holdsInexactNumber, losesDigits, MAX_INTEGER_DIGITS, numberAsRead } from '../src/json-numbers.js'

// How the guard reads a JSON number (test/attack3/json-number-forms.test.ts covers the card end to end).

const CARD = '4539148803436467'

t.test('a number that denotes an integer is read as that integer, whatever its form', async (t) => {
  const forms: Array<[string, string]> = [
    ['4.539148803436467e15', CARD],
    ['4.539148803436467E15', CARD],
    ['4.539148803436467e+15', CARD],
    ['4539148803436467.00', CARD],
    ['45391488034364670e-1', CARD],
    ['45391488034364670E-001', CARD],
    ['0.4539148803436467e16', CARD],
    ['-4.539148803436467e15', `-${CARD}`],
    ['4539148803436467016e0', '4539148803436467016'],
    ['6.011000000000000001e18', '6011000000000000001'],
    ['100e-2', '1'],
    ['1.0', '1'],
    ['1e3', '1000'],
  ]
  for (const [written, read] of forms) t.equal(numberAsRead(written), read, written)
})

t.test('zero in any form is read as 0', async (t) => {
  for (const written of ['0', '-0', '0.000', '0e5', '0.0e-7', '-0E+99', '0e-99999999999999999999']) {
    t.equal(numberAsRead(written), '0', written)
  }
})

t.test('a number that is not an integer is read as written', async (t) => {
  for (const written of ['1.5', '12e-1', '4539148803436467e-1', '-0.25', '5e-99999999999']) {
    t.equal(numberAsRead(written), written, written)
  }
})

t.test('an integer longer than any detector needs is read as written, without building its digits', async (t) => {
  const longest = `1e${MAX_INTEGER_DIGITS - 1}`
  t.equal(numberAsRead(longest), `1${'0'.repeat(MAX_INTEGER_DIGITS - 1)}`, 'the longest integer read')
  for (const written of [`1e${MAX_INTEGER_DIGITS}`, '4.5e999999999', '1e99999999999999999999999']) {
    t.equal(numberAsRead(written), written, written)
  }
})

t.test('text that is not a JSON number is left as it is', async (t) => {
  t.equal(numberAsRead('1.e5'), '1.e5')
})

t.test('any integer written as mantissa and exponent is read as its own digits', async (t) => {
  const integer = fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n })
  const property = fc.property(integer, fc.nat(40), fc.nat(5), fc.boolean(), (value, point, padding, upper) => {
    // value = digits × 10^-point × 10^point: the point moved left by `point`, the exponent moving it back.
    const digits = (value < 0n ? -value : value).toString().padStart(point + 1, '0')
    const mantissa = `${digits.slice(0, digits.length - point)}.${digits.slice(digits.length - point)}0`
    const written = `${value < 0n ? '-' : ''}${mantissa}${'0'.repeat(padding)}${upper ? 'E' : 'e'}+${point}`
    return numberAsRead(written) === value.toString()
  })
  t.doesNotThrow(() => fc.assert(property))
})

t.test('a redacted number is replaced whole by a JSON string, and the text stays valid JSON', async (t) => {
  const text = `{"card": 4.539148803436467e15, "n": 1.5e1, "list": [45391488034364670e-1]}`
  const seen: string[] = []
  const mapped = mapJsonText(text, 'args', (value) => {
    seen.push(value)
    return value === CARD ? '[card]' : value
  })
  t.same(seen, ['card', CARD, 'n', '15', 'list', CARD])
  t.same(JSON.parse(mapped), { card: '[card]', n: 15, list: ['[card]'] })
})

t.test('a body is found to hold an inexact number exactly when one of its numbers loses digits', async (t) => {
  // Numbers of every length around the 15 digits a double keeps, in every form, with text around them that looks
  // like numbers too: the quick look at the body (a 16-digit run, an exponent) must never skip one that loses digits.
  const digits = (min: number, max: number) => fc.stringMatching(new RegExp(`^[0-9]{${min},${max}}$`))
  const literal = fc
    .tuple(
      fc.boolean(),
      fc.oneof(
        fc.constant('0'),
        digits(1, 25).map((run) => run.replace(/^0+(?=.)/, '')),
        // 16 digits just past 2^53, where every other integer is lost: the shortest numbers that can lose any.
        fc.bigInt(2n ** 53n, 10n ** 16n - 1n).map(String),
      ),
      fc.option(digits(1, 20), { nil: undefined }),
      fc.option(fc.tuple(fc.constantFrom('e', 'E'), fc.constantFrom('', '+', '-'), digits(1, 3)), { nil: undefined }),
    )
    .map(([negative, whole, fraction, exponent]) => {
      const point = fraction === undefined ? '' : `.${fraction}`
      return `${negative ? '-' : ''}${whole}${point}${exponent === undefined ? '' : exponent.join('')}`
    })
  const property = fc.property(fc.array(literal, { minLength: 1, maxLength: 4 }), digits(0, 20), (numbers, text) => {
    const body = `{"text":${JSON.stringify(`order ${text}-B`)},"numbers":[${numbers.join(', ')}],"id":"${text}"}`
    return holdsInexactNumber(body) === numbers.some(losesDigits)
  })
  t.doesNotThrow(() => fc.assert(property, { numRuns: 3_000, seed: 1613 }))
  t.equal(holdsInexactNumber('{"n":1234567890123456789}'), true, 'a positive control')
  t.equal(holdsInexactNumber('{"n":123456789012345,"m":0.000001,"text":"12345678901234567890"}'), false)
})
