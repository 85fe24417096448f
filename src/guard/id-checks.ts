import { passesLuhn } from './validators.js'

// The check digits, letters and dates of the national identity and tax numbers read since round 28 (the countries
// before them keep theirs in national-ids.ts, beside their readers). Each takes the number's digits (and letters
// where it has some) with every separator left out, and holds what its issuer guarantees of every number it issues:
// a random number passes one of them about one time in ten or eleven, and a date in it cuts that by a third again.

/** `digits` weighted by `weights`, digit by digit from the first, summed. */
function weightedSum(digits: string, weights: readonly number[]): number {
  let sum = 0
  for (let i = 0; i < weights.length; i++) sum += (weights[i] as number) * (digits.charCodeAt(i) - 48)
  return sum
}

const digitAt = (digits: string, at: number) => digits.charCodeAt(at) - 48

/**
 * One digit repeated: a form's placeholder or a test's stand-in (`11.111.111-1`, `20-11111111-2`, `11111-1111111-1`,
 * `999-99-9999`), whatever its check says.
 */
const isRepeatedDigit = (digits: string) => /^(\d)\1*$/.test(digits)

/** A day and month that a calendar has (the 29th of February in any year: the year is often two digits). */
function isDayOfMonth(day: number, month: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= (month === 2 ? 29 : [4, 6, 9, 11].includes(month) ? 30 : 31)
}

/** A date written YYMMDD (or DDMMYY with `dayFirst`) from the six digits at `at`. */
function hasDate(digits: string, at: number, dayFirst = false): boolean {
  const first = Number(digits.slice(at, at + 2))
  const month = Number(digits.slice(at + 2, at + 4))
  const last = Number(digits.slice(at + 4, at + 6))
  return dayFirst ? isDayOfMonth(first, month) : isDayOfMonth(last, month)
}

/**
 * USA: an ITIN, nine digits from 9 (where no SSN starts) with its middle two from the ranges the IRS issues (50–65,
 * 70–88, 90–92, 94–99); no check digit. Not the numbers written as an SSN's stand-in: the SSA's advertising range
 * `987-65-4320` to `…4329` (documentation's and forms' example SSN) and a digit repeated.
 */
export function isItin(digits: string): boolean {
  if (digits.length !== 9 || digits[0] !== '9' || digits.startsWith('98765432') || isRepeatedDigit(digits)) {
    return false
  }
  const group = Number(digits.slice(3, 5))
  return (group >= 50 && group <= 65) || (group >= 70 && group <= 88) || (group >= 90 && group !== 93)
}

/** Thailand: thirteen digits, the first 1–8, weights 13..2 over the first twelve, the last (11 − sum mod 11) mod 10. */
export function isThaiId(digits: string): boolean {
  if (digits.length !== 13 || digits[0] === '0' || digits[0] === '9') return false
  let sum = 0
  for (let i = 0; i < 12; i++) sum += (13 - i) * digitAt(digits, i)
  return (11 - (sum % 11)) % 10 === digitAt(digits, 12)
}

/**
 * Chile: a RUT or RUN, seven or eight digits and a check (a digit or K): weights 2..7 repeated from the last digit,
 * 11 − sum mod 11, with 11 written 0 and 10 written K.
 */
export function isRut(digits: string, check: string): boolean {
  if (digits.length < 7 || digits.length > 8 || isRepeatedDigit(digits)) return false
  let sum = 0
  for (let i = digits.length - 1, weight = 2; i >= 0; i--, weight = weight === 7 ? 2 : weight + 1) {
    sum += weight * digitAt(digits, i)
  }
  const expected = 11 - (sum % 11)
  return (expected === 11 ? '0' : expected === 10 ? 'K' : String(expected)) === check.toUpperCase()
}

const CUIL_WEIGHTS = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
const CUIL_TYPES = new Set(['20', '23', '24', '27', '30', '33', '34'])

/** Argentina: a CUIL or CUIT, a type (20, 23, 24, 27; 30, 33, 34 a company's), a DNI's eight digits and a mod-11 check. */
export function isCuil(digits: string): boolean {
  if (digits.length !== 11 || !CUIL_TYPES.has(digits.slice(0, 2)) || isRepeatedDigit(digits.slice(2, 10))) return false
  const expected = 11 - (weightedSum(digits, CUIL_WEIGHTS) % 11)
  return expected !== 10 && expected % 11 === digitAt(digits, 10)
}

/** Israel: a Teudat Zehut, nine digits (zeros before a shorter one), Luhn's doubling from the second. */
export function isIsraeliId(digits: string): boolean {
  return digits.length === 9 && passesLuhn(digits)
}

/** The United Arab Emirates: an Emirates ID, fifteen digits, 784 and a birth year (19xx or 20xx) first, Luhn's check. */
export function isEmiratesId(digits: string): boolean {
  return digits.length === 15 && /^784(?:19|20)/.test(digits) && passesLuhn(digits)
}

/**
 * South Africa: thirteen digits, a birth date YYMMDD, four of sex and sequence, a citizenship digit (0 a citizen, 1
 * a permanent resident, 2 a refugee), one more and Luhn's check.
 */
export function isSouthAfricanId(digits: string): boolean {
  return digits.length === 13 && hasDate(digits, 0) && digits.charAt(10) <= '2' && passesLuhn(digits)
}

/**
 * Pakistan: a CNIC, thirteen digits, a province's code first (1–7); no check digit, so it is read only where its
 * layout (5-7-1) or its label says it is one.
 */
export function isCnic(digits: string): boolean {
  return (
    digits.length === 13 && digits.charAt(0) >= '1' && digits.charAt(0) <= '7' && !isRepeatedDigit(digits.slice(5, 12))
  )
}

/**
 * Malaysia: a MyKad number, twelve digits, a birth date YYMMDD, a place of birth's code (a state's 01–16, 21–59, or
 * a country's 60–68, 71–72, 74–79, 82–93, 98–99) and four; no check digit.
 */
export function isMyKad(digits: string): boolean {
  if (digits.length !== 12 || !hasDate(digits, 0)) return false
  const place = Number(digits.slice(6, 8))
  return (
    (place >= 1 && place <= 16) ||
    (place >= 21 && place <= 68) ||
    place === 71 ||
    place === 72 ||
    (place >= 74 && place <= 79) ||
    (place >= 82 && place <= 93) ||
    place >= 98
  )
}

// A letter's value in a Taiwanese id, in alphabet order (I, O, W, X, Y, Z were added last).
const TAIWAN_LETTERS = [
  10, 11, 12, 13, 14, 15, 16, 17, 34, 18, 19, 20, 21, 22, 35, 23, 24, 25, 26, 27, 28, 29, 32, 30, 31, 33,
]

/**
 * Taiwan: a letter (the place of registration), 1 or 2 (sex; 8 or 9 for a resident's new id) and eight digits, the
 * letter's two-digit value weighted 1 and 9, the digits 8..1 and the check 1: the sum a multiple of ten.
 */
export function isTaiwanId(code: string): boolean {
  const upper = code.toUpperCase()
  if (!/^[A-Z][1289]\d{8}$/.test(upper)) return false
  const value = TAIWAN_LETTERS[upper.charCodeAt(0) - 65] as number
  let sum = Math.floor(value / 10) + (value % 10) * 9 + digitAt(upper, 9)
  for (let i = 1; i < 9; i++) sum += (9 - i) * digitAt(upper, i)
  return sum % 10 === 0
}

/**
 * Hong Kong: an HKID, one or two letters, six digits and a check (0–9 or A): the letters' values (A = 10 … Z = 35, a
 * blank 36 before a lone one) weighted 9 and 8, the digits 7..2, and the check brings the sum to a multiple of 11.
 */
export function isHkid(letters: string, digits: string, check: string): boolean {
  const upper = letters.toUpperCase()
  const first = upper.length === 2 ? upper.charCodeAt(0) - 55 : 36
  const second = upper.charCodeAt(upper.length - 1) - 55
  let sum = 9 * first + 8 * second
  for (let i = 0; i < 6; i++) sum += (7 - i) * digitAt(digits, i)
  const value = check === 'A' || check === 'a' ? 10 : Number(check)
  return (sum + value) % 11 === 0
}

const PPSN_WEIGHTS = [8, 7, 6, 5, 4, 3, 2]
const PPSN_CHECKS = 'WABCDEFGHIJKLMNOPQRSTUV'

/**
 * Ireland: a PPS number, seven digits, a check letter and an optional second letter (A, B, H or W; weighted 9 in
 * the sum when it is not W): the check is the sum mod 23 read in W, A, B … V.
 */
export function isPpsn(digits: string, check: string, second: string): boolean {
  const extra = second === '' || second.toUpperCase() === 'W' ? 0 : (second.toUpperCase().charCodeAt(0) - 64) * 9
  return PPSN_CHECKS[(weightedSum(digits, PPSN_WEIGHTS) + extra) % 23] === check.toUpperCase()
}

const JMBG_WEIGHTS = [7, 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2]

/**
 * The former Yugoslavia's JMBG (Slovenia's EMŠO, Serbia's, Bosnia's, Montenegro's and North Macedonia's ЕМБГ):
 * thirteen digits, a birth date DDMMYYY (the year's last three), a region, a serial and a mod-11 check (11 written 0,
 * 10 never issued).
 */
export function isJmbg(digits: string): boolean {
  if (digits.length !== 13 || !hasDate(digits, 0, true)) return false
  const expected = 11 - (weightedSum(digits, JMBG_WEIGHTS) % 11)
  return expected !== 10 && expected % 11 === digitAt(digits, 12)
}

const KENNITALA_WEIGHTS = [3, 2, 7, 6, 5, 4, 3, 2]

/** Iceland: a kennitala, a birth date DDMMYY, two digits, a mod-11 check and a century's digit (9, 0 or 8). */
export function isKennitala(digits: string): boolean {
  if (digits.length !== 10 || !hasDate(digits, 0, true) || !'908'.includes(digits[9] as string)) return false
  const expected = 11 - (weightedSum(digits, KENNITALA_WEIGHTS) % 11)
  return expected !== 10 && expected % 11 === digitAt(digits, 8)
}

/** Latvia: a personas kods issued since 2017, eleven digits from 32, with no date and no check. */
export function isNewLatvianCode(digits: string): boolean {
  return digits.length === 11 && digits.startsWith('32')
}

const LATVIAN_WEIGHTS = [1, 6, 3, 7, 9, 10, 5, 8, 4, 2]

/**
 * Latvia: a personas kods issued before 2017, eleven digits, a birth date DDMMYY, the century's digit (0, 1 or 2),
 * three and a check, (1101 − sum) mod 11.
 */
export function isLatvianCode(digits: string): boolean {
  if (digits.length !== 11 || !hasDate(digits, 0, true) || digits.charAt(6) > '2') return false
  return (1101 - weightedSum(digits, LATVIAN_WEIGHTS)) % 11 === digitAt(digits, 10)
}

/** Hungary: a TAJ number, nine digits, weights 3 and 7 alternating over the first eight, the ninth the sum mod 10. */
export function isTaj(digits: string): boolean {
  return digits.length === 9 && weightedSum(digits, [3, 7, 3, 7, 3, 7, 3, 7]) % 10 === digitAt(digits, 8)
}

/** Saudi Arabia: a national id (from 1) or an iqama (from 2), ten digits, Luhn's check. */
export function isSaudiId(digits: string): boolean {
  return digits.length === 10 && (digits[0] === '1' || digits[0] === '2') && passesLuhn(digits)
}

const RNOKPP_WEIGHTS = [-1, 5, 7, 9, 4, 6, 10, 5, 7]

/** Ukraine: an РНОКПП (ІПН), ten digits, the days from 1900 first, the last the weighted sum mod 11 mod 10. */
export function isRnokpp(digits: string): boolean {
  if (digits.length !== 10) return false
  const sum = weightedSum(digits, RNOKPP_WEIGHTS)
  return (((sum % 11) + 11) % 11) % 10 === digitAt(digits, 9)
}

/**
 * Vietnam: a citizen identity card's (CCCD) twelve digits, a province's code (001–096), a century and sex digit and
 * the birth year's last two; no check digit.
 */
export function isCccd(digits: string): boolean {
  if (digits.length !== 12 || digits[0] !== '0') return false
  const province = Number(digits.slice(0, 3))
  return province >= 1 && province <= 96
}

/**
 * Egypt: a national id, fourteen digits, the century (2 the 1900s, 3 the 2000s), a birth date YYMMDD, a governorate
 * (01–35, 88 born abroad), four of sequence and sex, and a check digit whose rule is not published.
 */
export function isEgyptianId(digits: string): boolean {
  if (digits.length !== 14 || (digits[0] !== '2' && digits[0] !== '3') || !hasDate(digits, 1)) return false
  const governorate = Number(digits.slice(7, 9))
  return (governorate >= 1 && governorate <= 35) || governorate === 88
}

/** Nigeria: a NIN, eleven digits issued at random, with no check: read only after its label. */
export function isNin(digits: string): boolean {
  return digits.length === 11
}
