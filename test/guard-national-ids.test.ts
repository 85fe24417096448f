import fc from 'fast-check'
import t, { type Test } from 'tap'
import { textFacts } from '../src/guard/facts.js'
import { nationalIdDetector } from '../src/guard/national-ids.js'
import { assertClean, assertFastAsFull, assertFinds, assertStreamedAsWhole, found } from './helpers/guard-cases.js'

// National identity numbers (type national_id): each country's numbers are built here from their published check
// rules, so a valid one and the same one with its check altered differ only in the check.

/** A seeded generator of digit strings, so every run checks the same numbers. */
function digitsFrom(seed: number) {
  let state = seed
  return (length: number, first = '0123456789') => {
    let out = ''
    for (let i = 0; i < length; i++) {
      state = (state * 1103515245 + 12345) % 2147483648
      const alphabet = i === 0 ? first : '0123456789'
      out += alphabet[state % alphabet.length]
    }
    return out
  }
}

const digits = digitsFrom(97)

/** The last digit (or letter) changed to another valid-looking one. */
function altered(id: string): string {
  const last = id.at(-1) as string
  if (/\d/.test(last)) return id.slice(0, -1) + String((Number(last) + 3) % 10)
  if (last === 'X') return `${id.slice(0, -1)}0`
  const next = String.fromCharCode(((last.toUpperCase().charCodeAt(0) - 65 + 5) % 26) + 65)
  return id.slice(0, -1) + (last === last.toLowerCase() ? next.toLowerCase() : next)
}

// France: sex, year, month, department, commune, order, then the key 97 − (the 13 digits mod 97).
function nir(corsica?: 'A' | 'B'): string {
  const month = String(1 + (Number(digits(2)) % 12)).padStart(2, '0')
  const department = corsica === undefined ? String(10 + (Number(digits(2)) % 80)) : `2${corsica}`
  const body = `${digits(1, '12')}${digits(2)}${month}${department}${digits(3)}${digits(3)}`
  const numeric = body.replace('2A', '19').replace('2B', '18')
  const key = 97 - Number(BigInt(numeric) % 97n)
  return body + String(key).padStart(2, '0')
}
const spacedNir = (id: string) =>
  `${id[0]} ${id.slice(1, 3)} ${id.slice(3, 5)} ${id.slice(5, 7)} ${id.slice(7, 10)} ${id.slice(10, 13)} ${id.slice(13)}`

// Spain: the letter at the number mod 23.
const LETTERS = 'TRWAGMYFPDXBNJZSQVHLCKE'
const dni = () => {
  const number = digits(8)
  return number + LETTERS[Number(number) % 23]
}
const nie = () => {
  const prefix = 'XYZ'[Number(digits(1)) % 3] as string
  const number = digits(7)
  return prefix + number + LETTERS[Number(String('XYZ'.indexOf(prefix)) + number) % 23]
}

// Italy: surname, name, year, month letter, day, place, then the check letter.
const ODD: Record<string, number> = {}
'0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split('').forEach((char, i) => {
  const values = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]
  ODD[char] = values[i < 10 ? i : i - 10] as number
})
const even = (char: string) => (/\d/.test(char) ? Number(char) : char.charCodeAt(0) - 65)
function codiceFiscale(body: string): string {
  let sum = 0
  for (let i = 0; i < 15; i++) sum += i % 2 === 0 ? (ODD[body[i] as string] as number) : even(body[i] as string)
  return body + String.fromCharCode(65 + (sum % 26))
}
const cf = () =>
  codiceFiscale(
    `${['RSS', 'BNC', 'VRD', 'FRR'][Number(digits(1)) % 4]}${['MRA', 'LGU', 'GLI', 'NNA'][Number(digits(1)) % 4]}` +
      `${digits(2)}${'ABCDEHLMPRST'[Number(digits(1)) % 12]}${String(1 + (Number(digits(2)) % 28)).padStart(2, '0')}` +
      `${'ABFHLM'[Number(digits(1)) % 6]}${digits(3)}`,
  )

// Netherlands: the 11-test, 9d1 + … + 2d8 − d9 ≡ 0 (mod 11), drawn until one passes with a last digit.
function bsn(): string {
  for (;;) {
    const body = digits(8, '123456789')
    let sum = 0
    for (let i = 0; i < 8; i++) sum += (9 - i) * Number(body[i])
    const last = sum % 11
    if (last < 10) return body + String(last)
  }
}

// Poland: a birth date (month + 20 from 2000), a serial, the 1-3-7-9 check.
function pesel(): string {
  const year = 50 + (Number(digits(2)) % 50)
  const body = `${year}${String(1 + (Number(digits(2)) % 12)).padStart(2, '0')}${String(1 + (Number(digits(2)) % 28)).padStart(2, '0')}${digits(4)}`
  const weights = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
  const sum = weights.reduce((total, weight, i) => total + weight * Number(body[i]), 0)
  return body + String((10 - (sum % 10)) % 10)
}

// Brazil: two mod-11 check digits.
function cpf(): string {
  let id = digits(9, '123456789')
  for (const length of [9, 10]) {
    let sum = 0
    for (let i = 0; i < length; i++) sum += (length + 1 - i) * Number(id[i])
    const rest = sum % 11
    id += String(rest < 2 ? 0 : 11 - rest)
  }
  return id
}
const dottedCpf = (id: string) => `${id.slice(0, 3)}.${id.slice(3, 6)}.${id.slice(6, 9)}-${id.slice(9)}`

// India: Verhoeff's check digit.
const D = [
  '0123456789',
  '1234067895',
  '2340178956',
  '3401289567',
  '4012395678',
  '5987604321',
  '6598710432',
  '7659821043',
  '8765932104',
  '9876543210',
].map((row) => row.split('').map(Number))
const P = [
  '0123456789',
  '1576283094',
  '5803796142',
  '8916043527',
  '9453126870',
  '4286573901',
  '2793806415',
  '7046913258',
]
const INV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]
function aadhaar(): string {
  const body = digits(11, '23456789')
  let c = 0
  const reversed = body.split('').reverse()
  reversed.forEach((digit, i) => {
    c = (D[c] as number[])[Number((P[(i + 1) % 8] as string)[Number(digit)])] as number
  })
  return body + String(INV[c])
}
const groupedAadhaar = (id: string) => `${id.slice(0, 4)} ${id.slice(4, 8)} ${id.slice(8)}`

// China: region, birth date, serial, ISO 7064 mod 11-2.
function chineseId(): string {
  const body = `${['110101', '310104', '440305', '510107'][Number(digits(1)) % 4]}19${digits(2)}${String(1 + (Number(digits(2)) % 12)).padStart(2, '0')}${String(1 + (Number(digits(2)) % 28)).padStart(2, '0')}${digits(3)}`
  let sum = 0
  for (let i = 0; i < 17; i++) sum += (2 ** (17 - i) % 11) * Number(body[i])
  return body + '10X98765432'[sum % 11]
}

// Luhn's check digit over `body`.
function luhnDigit(body: string): string {
  let sum = 0
  body
    .split('')
    .reverse()
    .forEach((digit, i) => {
      let value = Number(digit) * (i % 2 === 0 ? 2 : 1)
      if (value > 9) value -= 9
      sum += value
    })
  return String((10 - (sum % 10)) % 10)
}
const sin = () => {
  const body = digits(8, '1234567')
  return body + luhnDigit(body)
}
const spacedSin = (id: string) => `${id.slice(0, 3)} ${id.slice(3, 6)} ${id.slice(6)}`

// Sweden: YYMMDD-NNNN, Luhn over the ten digits.
function personnummer(): string {
  const body = `${digits(2)}${String(1 + (Number(digits(2)) % 12)).padStart(2, '0')}${String(1 + (Number(digits(2)) % 28)).padStart(2, '0')}${digits(3)}`
  const id = body + luhnDigit(body)
  return `${id.slice(0, 6)}-${id.slice(6)}`
}

// Germany: ten digits, one of them twice, the others once; ISO 7064 MOD 11,10's check digit.
function steuerId(): string {
  const pool = '0123456789'.split('')
  for (let i = pool.length - 1; i > 0; i--) {
    const j = Number(digits(2)) % (i + 1)
    ;[pool[i], pool[j]] = [pool[j] as string, pool[i] as string]
  }
  if (pool[0] === '0') pool.push(pool.shift() as string)
  const body = (pool.slice(0, 9).join('') + (pool[1] as string)).slice(0, 10)
  let product = 10
  for (const digit of body) {
    let sum = (Number(digit) + product) % 10
    if (sum === 0) sum = 10
    product = (sum * 2) % 11
  }
  return body + String((11 - product) % 10)
}

// UK: an issued prefix, six digits, a suffix of A to D.
const nino = (i: number) => `${['AB', 'CE', 'JG', 'PR', 'SW', 'TZ'][i % 6]}${digits(6)}${'ABCD'[i % 4]}`
const spacedNino = (id: string) =>
  `${id.slice(0, 2)} ${id.slice(2, 4)} ${id.slice(4, 6)} ${id.slice(6, 8)} ${id.slice(8)}`

/** Nothing in each text is a national id (a phone number's reader may still read the digits as one). */
function assertNoNationalId(t: Test, texts: readonly string[]) {
  for (const text of texts) {
    t.same(
      found(text).filter(([type]) => type === 'national_id'),
      [],
      JSON.stringify(text),
    )
  }
}

const range = (count: number) => Array.from({ length: count }, (_, i) => i)

/** For a valid id (as written) and its label: prose, JSON, a CSV row (when `alone`), and after the label. */
function placements(id: string, label: string, alone: boolean): Array<[string, string]> {
  const cases: Array<[string, string]> = [
    [`${label}: ${id}`, id],
    [`{"name": "Ana", "${label}": "${id}"}`, id],
    [`Please update my ${label} to ${id}, thanks.`, id],
  ]
  if (alone) {
    cases.push([`Ana Lima,${id},1985-07-09`, id], [`the number ${id} is on the card`, id])
  }
  return cases
}

interface Country {
  name: string
  /** Valid ids as written. */
  ids: string[]
  label: string
  /** Whether the id is found without a label. */
  alone: boolean
}

const COUNTRIES: Country[] = [
  {
    name: 'France NIR',
    ids: [...range(3).map(() => spacedNir(nir())), nir(), spacedNir(nir('A')), nir('B')],
    label: 'numéro de sécurité sociale',
    alone: true,
  },
  {
    name: 'UK NINO',
    ids: [...range(3).map(nino), ...range(3).map((i) => spacedNino(nino(i + 3)))],
    label: 'NINO',
    alone: true,
  },
  { name: 'Spain DNI', ids: range(5).map(dni), label: 'DNI', alone: true },
  { name: 'Spain NIE', ids: range(4).map(nie), label: 'NIE', alone: true },
  { name: 'Italy codice fiscale', ids: range(5).map(cf), label: 'codice fiscale', alone: true },
  { name: 'Netherlands BSN', ids: range(5).map(bsn), label: 'BSN', alone: false },
  { name: 'Poland PESEL', ids: range(5).map(pesel), label: 'PESEL', alone: true },
  { name: 'Brazil CPF', ids: range(5).map(() => dottedCpf(cpf())), label: 'CPF', alone: true },
  { name: 'Brazil CPF, bare', ids: range(3).map(cpf), label: 'CPF', alone: false },
  { name: 'India Aadhaar', ids: range(5).map(() => groupedAadhaar(aadhaar())), label: 'Aadhaar', alone: true },
  { name: 'India Aadhaar, bare', ids: range(3).map(aadhaar), label: 'Aadhaar number', alone: false },
  { name: 'China resident id', ids: range(5).map(chineseId), label: '身份证号', alone: true },
  { name: 'Canada SIN', ids: [...range(3).map(() => spacedSin(sin())), sin()], label: 'SIN', alone: false },
  { name: 'Sweden personnummer', ids: range(5).map(personnummer), label: 'personnummer', alone: true },
  { name: 'Germany Steuer-ID', ids: range(5).map(steuerId), label: 'Steuer-ID', alone: false },
]

for (const country of COUNTRIES) {
  t.test(country.name, async (t) => {
    for (const id of country.ids) {
      assertFinds(t, placements(id, country.label, country.alone), 'national_id')
      // The same number with its check digit or letter altered is no id, label or not.
      const wrong = altered(id)
      assertNoNationalId(
        t,
        placements(wrong, country.label, country.alone).map(([text]) => text),
      )
    }
    if (!country.alone)
      assertNoNationalId(
        t,
        country.ids.map((id) => `the number ${id} is on the card`),
      )
  })
}

t.test('the examples from the issue', async (t) => {
  assertFinds(
    t,
    [
      ['My NINO is QQ 12 34 56 C', 'QQ 12 34 56 C'],
      ['DNI 12345678Z', '12345678Z'],
      ['CPF: 123.456.789-09', '123.456.789-09'],
      ['Aadhaar 2345 6789 0124', '2345 6789 0124'],
      ['SIN 046 454 286', '046 454 286'],
    ],
    'national_id',
  )
  // HMRC's specimen prefix QQ is never issued: only a label makes it someone's number.
  assertClean(t, ['code QQ123456C in the sample'])
  // `1 85 05 78 006 084 36` fails the NIR key (97 − 1850578006084 mod 97 is 91): a mistyped or invented number.
  assertClean(t, ['FR: mon numéro de sécurité sociale est 1 85 05 78 006 084 36'])
  assertFinds(
    t,
    [['FR: mon numéro de sécurité sociale est 1 85 05 78 006 084 91', '1 85 05 78 006 084 91']],
    'national_id',
  )
})

t.test('other written forms and label places', async (t) => {
  const tax = steuerId()
  const spacedTax = `${tax.slice(0, 2)} ${tax.slice(2, 5)} ${tax.slice(5, 8)} ${tax.slice(8)}`
  const person = nie()
  const dashedNie = `${person[0]}-${person.slice(1, 8)}-${person[8]}`
  let chinese = chineseId()
  while (!chinese.endsWith('X')) chinese = chineseId()
  const spacedChinese = `${chinese.slice(0, 6)} ${chinese.slice(6, 14)} ${chinese.slice(14)}`
  const number = bsn()
  const swede = personnummer().replace('-', '')
  const insurance = nino(1).toLowerCase()
  assertFinds(
    t,
    [
      [`Steueridentifikationsnummer: ${spacedTax}`, spacedTax],
      [`NIE ${dashedNie}`, dashedNie],
      [`身份证号码：${chinese}`, chinese],
      [`ID: ${chinese.toLowerCase()}`, chinese.toLowerCase()],
      [`居民身份证 ${spacedChinese}`, spacedChinese],
      [`nino ${insurance}`, insurance],
      [`BSN:\n${number}`, number],
      [`naam,bsn\nJan,${number}`, number],
      [`Personnummer: 19${swede}`, `19${swede}`],
      [`national id ${number}`, number],
    ],
    'national_id',
  )
  // A label in prose on the line above labels no number inside the next line's prose.
  assertNoNationalId(t, [`BSN on file.\nwe shipped ${number} units`])
})

t.test('look-alikes stay clean', async (t) => {
  assertClean(t, [
    // Order numbers and references: a label naming the thing the number identifies.
    `Order ${dni()} shipped today`,
    `Bestellnummer ${steuerId()}`,
    `Invoice no. ${cpf()}`,
    // Prices, dates, versions, hashes, UUIDs.
    'Total: 1234567.89 EUR, paid 2024-03-15',
    'the meeting is on 2025-11-04 at 10:30, room 12',
    'upgrade from v12.345.678-09 to v12.346.0',
    'commit 9fceb02d0ae598e95dc970b74767f19372d61af8 and 3f786850e387550f',
    'request id 123e4567-e89b-12d3-a456-426614174000 failed',
    // Plain numbers in prose without a label.
    `we shipped ${bsn()} units and ${sin()} more`,
    `population 1${digits(10)} and counting`,
    // A checksum-failing number after its label.
    `BSN: ${altered(bsn())}`,
    `PESEL ${altered(pesel())}`,
    // A number of 8 digits and a lowercase word after it.
    '12345678 a year is a lot',
  ])
  // Phone numbers, card numbers and IBANs are their own types, never a national id.
  const types = (text: string) => found(text).map(([type]) => type)
  t.notOk(types('call me at +33 6 12 34 56 78').includes('national_id'))
  t.notOk(types('call +48 512 345 678 or 0049 30 1234567').includes('national_id'))
  t.notOk(types('my card 4539 1488 0343 6467 exp 09/27').includes('national_id'))
  t.notOk(types('IBAN DE89 3704 0044 0532 0130 00').includes('national_id'))
  t.notOk(types('Mobile: 13812345678').includes('national_id'))
})

const ALL_CASES = COUNTRIES.flatMap((country) =>
  country.ids.flatMap((id) => [
    ...placements(id, country.label, country.alone).map(([text]) => text),
    `${country.label}: ${altered(id)}`,
  ]),
)

t.test('the fast path finds what the full scan finds', async (t) => {
  assertFastAsFull(t, ALL_CASES, { seed: 4201, withFindings: 200 })
})

t.test('a streamed reply is redacted as the whole one', async (t) => {
  assertStreamedAsWhole(t, ALL_CASES.slice(0, 120))
})

/** Layouts the countries' cases do not hold, for the fast path's property test. */
function otherForms(): string[] {
  const tax = steuerId()
  const person = nie()
  const chinese = chineseId()
  const number = bsn()
  const unique = aadhaar()
  return [
    `${tax.slice(0, 2)} ${tax.slice(2, 5)} ${tax.slice(5, 8)} ${tax.slice(8)}`,
    `${person[0]}-${person.slice(1, 8)}-${person[8]}`,
    `${chinese.slice(0, 6)} ${chinese.slice(6, 14)} ${chinese.slice(14)}`,
    `${chinese.slice(0, 14)} ${chinese.slice(14)}`,
    `${number.slice(0, 4)}.${number.slice(4, 6)}.${number.slice(6)}`,
    `${unique.slice(0, 4)}-${unique.slice(4, 8)}-${unique.slice(8)}`,
    `19${personnummer().replace('-', '')}`,
    `19${personnummer()}`,
    `${personnummer().replace('-', '+')}`,
    'QQ 12 34 56 C',
    'QQ123456C',
    `${nino(2).slice(0, 2)} ${nino(3).slice(2)}`,
    nir('A').replace('2A', ' 2A '),
    `${dni().slice(0, 8)} ${dni().slice(8)}`,
  ]
}

t.test("the detector's fast path finds what its full scan finds, on random mixes of ids and look-alikes", async (t) => {
  const pieces = [
    ...COUNTRIES.flatMap((country) => country.ids.flatMap((id) => [id, altered(id)])),
    ...COUNTRIES.map((country) => country.label),
    ...otherForms(),
    ...[' ', '  ', '\n', ', ', '-', '.', '/', '+', 'x', 'Q', ':', '12', '2024-03-15', '(', ')', '_', 'A', '7'],
  ]
  const separator = fc.constantFrom(' ', ' ', ', ', '\n', ': ', '', '-', '.', ' 1 ')
  const text = fc
    .array(fc.tuple(fc.constantFrom(...pieces), separator), { maxLength: 10 })
    .map((parts) => parts.map(([piece, separator]) => piece + separator).join(''))
  let withFindings = 0
  fc.assert(
    fc.property(text, (text) => {
      const full = nationalIdDetector.find(text)
      if (full.length > 0) withFindings++
      const facts = textFacts(text)
      const fast = nationalIdDetector.mayMatch(text, facts) ? nationalIdDetector.findFast(text, facts) : []
      return JSON.stringify(fast) === JSON.stringify(full)
    }),
    { numRuns: 3000, seed: 77 },
  )
  t.ok(withFindings > 800, `${withFindings} of 3000 texts have findings`)
})
