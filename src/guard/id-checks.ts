import { passesLuhn } from './validators.js'

// The check digits, letters and dates of the national identity and tax numbers, one home for whether a number's
// check is right (national-ids.ts holds their readers and labels). Each holds what its issuer guarantees of every
// number it issues; most take the number's digits (and letters where it has some) with every separator left out. A
// random number passes one of them about one time in ten or eleven, and a date in it cuts that by a third again.

/** `digits` weighted by `weights`, digit by digit from the first, summed. */
function weightedSum(digits: string, weights: readonly number[]): number {
  let sum = 0
  for (let i = 0; i < weights.length; i++) sum += (weights[i] as number) * (digits.charCodeAt(i) - 48)
  return sum
}

/** `digits` read as a number, mod `m`, piecewise so no big integers are needed. */
function modOf(digits: string, m: number): number {
  let remainder = 0
  for (let i = 0; i < digits.length; i++) remainder = (remainder * 10 + (digits.charCodeAt(i) - 48)) % m
  return remainder
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

/** France: the key is 97 minus the first 13 digits mod 97, Corsica's 2A and 2B read as 19 and 18. */
export function isNir(compact: string): boolean {
  const upper = compact.toUpperCase()
  const body = upper
    .slice(0, 13)
    .replace(/^(\d{5})2A/, '$119')
    .replace(/^(\d{5})2B/, '$118')
  if (!/^\d{13}$/.test(body)) return false
  const month = Number(upper.slice(3, 5))
  if (!((month >= 1 && month <= 12) || (month >= 20 && month <= 42) || month >= 50)) return false
  return 97 - modOf(body, 97) === Number(upper.slice(13, 15))
}

// UK: no D, F, I, Q, U or V first, nor those or O second; BG, GB, KN, NK, NT, TN and ZZ are never issued.
const NINO_PREFIX = /^(?!BG|GB|KN|NK|NT|TN|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]$/

/** UK: an issued prefix, six digits and a suffix of A to D. HMRC's specimen `QQ` is read only after a label (national-ids.ts). */
export function isNinoPrefix(prefix: string): boolean {
  return NINO_PREFIX.test(prefix.toUpperCase())
}

const DNI_LETTERS = 'TRWAGMYFPDXBNJZSQVHLCKE'

/** Spain: the letter is the number mod 23 in DNI_LETTERS; a NIE's X, Y or Z reads as 0, 1 or 2 in front. */
export function isDniOrNie(number: string, letter: string): boolean {
  const upper = number.toUpperCase()
  const digits = upper.replace(/^X/, '0').replace(/^Y/, '1').replace(/^Z/, '2')
  if (!/^\d{8}$/.test(digits)) return false
  return DNI_LETTERS[modOf(digits, 23)] === letter.toUpperCase()
}

// Italy: the values of each character in an odd place (1st, 3rd, …) and an even one; omocodia replaces digits by
// L, M, N, P, Q, R, S, T, U, V, which count as the letters they are.
const CF_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]

/** Italy: 16 characters, the last the sum of the others' place values mod 26, as a letter. */
export function isCodiceFiscale(code: string): boolean {
  const upper = code.toUpperCase()
  let sum = 0
  for (let i = 0; i < 15; i++) {
    const char = upper.charCodeAt(i)
    const value = char <= 57 ? char - 48 : char - 65
    sum += i % 2 === 0 ? (CF_ODD[value] as number) : value
  }
  return upper.charCodeAt(15) - 65 === sum % 26
}

/** Netherlands: 9d1 + 8d2 + … + 2d8 − d9 is a multiple of 11 (the 11-test), and not all zero. */
export function isBsn(digits: string): boolean {
  if (digits.length !== 9 || /^0+$/.test(digits)) return false
  let sum = 0
  for (let i = 0; i < 8; i++) sum += (9 - i) * (digits.charCodeAt(i) - 48)
  sum -= digits.charCodeAt(8) - 48
  return sum % 11 === 0
}

const PESEL_WEIGHTS = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]

/**
 * Poland: weights 1-3-7-9 over the first ten digits, the eleventh what brings the sum to a multiple of 10; the first
 * six a birth date (the month plus 20 from 2000), read only from 1920 to 2029 so a phone number's digits are not one.
 */
export function isPesel(digits: string): boolean {
  if (digits.length !== 11) return false
  const year = Number(digits.slice(0, 2))
  let month = Number(digits.slice(2, 4))
  const day = Number(digits.slice(4, 6))
  if (month >= 21 && month <= 32) {
    if (year > 29) return false
    month -= 20
  } else if (month < 1 || month > 12 || year < 20) return false
  if (day < 1 || day > 31) return false
  let sum = 0
  for (let i = 0; i < 10; i++) sum += (PESEL_WEIGHTS[i] as number) * (digits.charCodeAt(i) - 48)
  return (10 - (sum % 10)) % 10 === digits.charCodeAt(10) - 48
}

/** Brazil: two mod-11 check digits, weights 10..2 then 11..2; eleven equal digits pass them but are never issued. */
export function isCpf(digits: string): boolean {
  if (digits.length !== 11 || /^(\d)\1{10}$/.test(digits)) return false
  for (const length of [9, 10]) {
    let sum = 0
    for (let i = 0; i < length; i++) sum += (length + 1 - i) * (digits.charCodeAt(i) - 48)
    const check = ((sum * 10) % 11) % 10
    if (check !== digits.charCodeAt(length) - 48) return false
  }
  return true
}

// Verhoeff's dihedral group tables.
const VERHOEFF_D = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
  [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
  [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
  [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
  [4, 0, 1, 2, 3, 9, 5, 6, 7, 8],
  [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
  [6, 5, 9, 8, 7, 1, 0, 4, 3, 2],
  [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
  [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
  [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
]
const VERHOEFF_P = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
  [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
  [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
  [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
  [9, 4, 5, 3, 1, 2, 6, 8, 7, 0],
  [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
  [2, 7, 9, 3, 8, 0, 6, 4, 1, 5],
  [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
]

/** Verhoeff's check over a string of digits. */
export function passesVerhoeff(digits: string): boolean {
  let check = 0
  for (let i = 0; i < digits.length; i++) {
    const digit = digits.charCodeAt(digits.length - 1 - i) - 48
    check = (VERHOEFF_D[check] as number[])[(VERHOEFF_P[i % 8] as number[])[digit] as number] as number
  }
  return check === 0
}

/** India: twelve digits, the first 2 to 9, the last Verhoeff's check digit. */
export function isAadhaar(digits: string): boolean {
  return digits.length === 12 && digits[0] !== '0' && digits[0] !== '1' && passesVerhoeff(digits)
}

const CHINA_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
const CHINA_CHECKS = '10X98765432'

/** China: 17 digits (a region, a birth date, a serial) and ISO 7064 mod 11-2's check character, 0 to 9 or X. */
export function isChineseId(id: string): boolean {
  let sum = 0
  for (let i = 0; i < 17; i++) sum += (CHINA_WEIGHTS[i] as number) * (id.charCodeAt(i) - 48)
  return CHINA_CHECKS[sum % 11] === id[17]?.toUpperCase()
}

/** Canada: nine digits passing Luhn; none starts with 8 (a business number's first digit). */
export function isSin(digits: string): boolean {
  return digits.length === 9 && digits[0] !== '8' && passesLuhn(digits)
}

/**
 * Sweden: a birth date (the day plus 60 in a coordination number) and four digits, Luhn over the ten digits from
 * the year's last two.
 */
export function isPersonnummer(digits: string): boolean {
  const ten = digits.slice(-10)
  if (ten.length !== 10) return false
  const month = Number(ten.slice(2, 4))
  const day = Number(ten.slice(4, 6)) % 60
  if (month < 1 || month > 12 || day < 1 || day > 31) return false
  if (digits.length === 12 && !/^(?:19|20)/.test(digits)) return false
  return passesLuhn(ten)
}

/**
 * Germany: eleven digits, no leading zero; among the first ten one digit twice or three times, the others at most
 * once; the last ISO 7064 MOD 11,10's check digit.
 */
export function isSteuerId(digits: string): boolean {
  if (digits.length !== 11 || digits[0] === '0') return false
  const counts = new Uint8Array(10)
  for (let i = 0; i < 10; i++) (counts[digits.charCodeAt(i) - 48] as number)++
  const repeated = counts.filter((count) => count > 1)
  if (repeated.length !== 1 || (repeated[0] as number) > 3) return false
  return passesIso7064Mod1110(digits)
}

/**
 * Germany: a Steuernummer's digits (no check digit is common to the states), not a form's placeholder: one digit
 * throughout (`000/000/00000`) or the digits counting up (`12/345/67890`). The thirteen-digit form ELSTER takes
 * (`2893081508152`: the tax office's four digits, a 0, the district's, the taxpayer's and a check digit) has its 0.
 */
export function isSteuernummer(digits: string): boolean {
  if (digits.length === 13 && digits[4] !== '0') return false
  let same = true
  let counting = true
  for (let i = 1; i < digits.length; i++) {
    const step = digits.charCodeAt(i) - digits.charCodeAt(i - 1)
    same &&= step === 0
    counting &&= step === 1 || step === -9
  }
  return !same && !counting
}

const RVNR_WEIGHTS = [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1]

/**
 * Germany: a pension insurance number (Rentenversicherungsnummer, the Sozialversicherungsnummer), `65170839J003`: an
 * area, a birth date `DDMMYY`, the surname's initial, a serial of two digits and a check digit. The initial counts as
 * its place in the alphabet, two digits; the check is the sum of the weighted digits' cross sums, modulo 10.
 */
export function isRentenversicherungsnummer(code: string): boolean {
  const day = Number(code.slice(2, 4))
  const month = Number(code.slice(4, 6))
  if (day < 1 || day > 31 || month < 1 || month > 12) return false
  const initial = String((code.charCodeAt(8) | 32) - 96).padStart(2, '0')
  const digits = `${code.slice(0, 8)}${initial}${code.slice(9, 11)}`
  let sum = 0
  for (let i = 0; i < RVNR_WEIGHTS.length; i++) {
    const product = (digits.charCodeAt(i) - 48) * (RVNR_WEIGHTS[i] as number)
    sum += Math.floor(product / 10) + (product % 10)
  }
  return sum % 10 === code.charCodeAt(11) - 48
}

/** ISO 7064 MOD 11,10: the last digit is the check its hybrid system gives over the digits before it. */
function passesIso7064Mod1110(digits: string): boolean {
  const last = digits.length - 1
  let product = 10
  for (let i = 0; i < last; i++) {
    let sum = (digits.charCodeAt(i) - 48 + product) % 10
    if (sum === 0) sum = 10
    product = (sum * 2) % 11
  }
  return (11 - product) % 10 === digits.charCodeAt(last) - 48
}

/** Norway: a fødselsnummer's two check digits, each 11 minus a weighted sum mod 11 (10 is never issued). */
export function isFodselsnummer(digits: string): boolean {
  const check = (weights: readonly number[]) => {
    let sum = 0
    for (const [i, weight] of weights.entries()) sum += weight * (digits.charCodeAt(i) - 48)
    const digit = (11 - (sum % 11)) % 11
    return digit === digits.charCodeAt(weights.length) - 48
  }
  return check([3, 7, 6, 1, 8, 9, 4, 5, 2]) && check([5, 4, 3, 2, 7, 6, 5, 4, 3, 2])
}

/** Turkey: a T.C. kimlik number opens with no 0; its 10th digit weighs the odd and even places, its 11th sums all. */
export function isTcKimlik(digits: string): boolean {
  const d = (i: number) => digits.charCodeAt(i) - 48
  if (d(0) === 0) return false
  const odd = d(0) + d(2) + d(4) + d(6) + d(8)
  const even = d(1) + d(3) + d(5) + d(7)
  if ((((odd * 7 - even) % 10) + 10) % 10 !== d(9)) return false
  return (odd + even + d(9)) % 10 === d(10)
}

const HETU_CHECKS = '0123456789ABCDEFHJKLMNPRSTUVWXY'

/** Finland: a henkilötunnus's day and month, an individual number from 002, and its check character (mod 31). */
export function isHenkilotunnus(code: string): boolean {
  const upper = code.toUpperCase()
  const day = Number(upper.slice(0, 2))
  const month = Number(upper.slice(2, 4))
  if (day < 1 || day > 31 || month < 1 || month > 12 || Number(upper.slice(7, 10)) < 2) return false
  return HETU_CHECKS[modOf(upper.slice(0, 6) + upper.slice(7, 10), 31)] === upper.charAt(10)
}

/** Switzerland: an AHV number is an EAN-13 (its reader sees only those opening with 756), its last digit the check. */
export function isAhv(digits: string): boolean {
  let sum = 0
  for (let i = 0; i < 12; i++) sum += (digits.charCodeAt(i) - 48) * (i % 2 === 0 ? 1 : 3)
  return (10 - (sum % 10)) % 10 === digits.charCodeAt(12) - 48
}

const SNILS_WEIGHTS = [9, 8, 7, 6, 5, 4, 3, 2, 1]

/**
 * Russia: a СНИЛС's eleven digits, the first nine weighted 9..1, the sum mod 101 (100 read as 00) the last two;
 * checked only above 001-001-998, as the numbers below were issued without the check.
 */
export function isSnils(digits: string): boolean {
  if (Number(digits.slice(0, 9)) <= 1001998) return false
  const check = weightedSum(digits, SNILS_WEIGHTS) % 101
  return (check === 100 ? 0 : check) === Number(digits.slice(9))
}

const INN_WEIGHTS = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]

/** Russia: an ИНН, ten digits (an organisation's) or twelve (a person's), each check digit a weighted sum mod 11 mod 10. */
export function isInn(digits: string): boolean {
  const checks = digits.length === 10 ? [9] : [10, 11]
  if (/^0+$/.test(digits)) return false
  return checks.every(
    (at) => (weightedSum(digits, INN_WEIGHTS.slice(11 - at)) % 11) % 10 === digits.charCodeAt(at) - 48,
  )
}

const NIP_WEIGHTS = [6, 5, 7, 2, 3, 4, 5, 6, 7]

/** Poland: a NIP's nine digits weighted 6-5-7-2-3-4-5-6-7, the sum mod 11 its last (never 10). */
export function isNip(digits: string): boolean {
  return (
    digits.length === 10 && !/^0+$/.test(digits) && weightedSum(digits, NIP_WEIGHTS) % 11 === digits.charCodeAt(9) - 48
  )
}

/**
 * Indonesia: a NIK (on the KTP), sixteen digits, has no check digit: a province's code (11 to 94), a regency and a district, the birth
 * date as DDMMYY (a woman's day plus 40), and a serial.
 */
export function isNik(digits: string): boolean {
  const province = Number(digits.slice(0, 2))
  const day = Number(digits.slice(6, 8))
  const month = Number(digits.slice(8, 10))
  const dayOk = (day >= 1 && day <= 31) || (day >= 41 && day <= 71)
  return province >= 11 && province <= 94 && dayOk && month >= 1 && month <= 12 && digits.slice(12) !== '0000'
}

const RRN_WEIGHTS = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]

/**
 * South Korea: a resident registration number's birth date (YYMMDD) and the digit after it for the holder's sex and
 * century, 1 to 4 for citizens born from 1900, 5 to 8 for foreign residents (on the alien registration card).
 */
export function isRrn(digits: string): boolean {
  const month = Number(digits.slice(2, 4))
  const day = Number(digits.slice(4, 6))
  const holder = digits.charCodeAt(6) - 48
  return month >= 1 && month <= 12 && day >= 1 && day <= 31 && holder >= 1 && holder <= 8
}

/**
 * South Korea: a citizen's number issued before October 2020 ends in a check, 11 minus the weighted sum mod 11, mod
 * 10 (the numbers issued since end in random digits, so they are read only after their label).
 */
export function passesRrnCheck(digits: string): boolean {
  const holder = digits.charCodeAt(6) - 48
  return holder <= 4 && (11 - (weightedSum(digits, RRN_WEIGHTS) % 11)) % 10 === digits.charCodeAt(12) - 48
}

const NRIC_WEIGHTS = [2, 7, 6, 5, 4, 3, 2]
// The check letters by the weighted sum's remainder mod 11: a citizen's (S, T), a foreigner's (F, G), the M series'.
const NRIC_CITIZEN_CHECKS = 'JZIHGFEDCBA'
const NRIC_FOREIGNER_CHECKS = 'XWUTRQPNMLK'
const NRIC_M_CHECKS = 'XWUTRQPNJLK'

/**
 * Singapore: an NRIC (S, T) or a FIN (F, G, M), seven digits weighted 2-7-6-5-4-3-2, plus 4 for the numbers issued
 * from 2000 (T, G) and 3 for the M series, the remainder mod 11 giving the check letter.
 */
export function isNric(code: string): boolean {
  const upper = code.toUpperCase()
  const prefix = upper.charAt(0)
  const offset = prefix === 'T' || prefix === 'G' ? 4 : prefix === 'M' ? 3 : 0
  const checks =
    prefix === 'S' || prefix === 'T' ? NRIC_CITIZEN_CHECKS : prefix === 'M' ? NRIC_M_CHECKS : NRIC_FOREIGNER_CHECKS
  return checks[(weightedSum(upper.slice(1, 8), NRIC_WEIGHTS) + offset) % 11] === upper.charAt(8)
}

// The CURP's alphabet, each character worth its place (Ñ stays in it, so the letters after N are worth one more).
const CURP_VALUES = '0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ'

/** Mexico: a CURP's first 17 characters weighted 18 down to 2 by their place in CURP_VALUES; the 18th the check. */
export function isCurp(code: string): boolean {
  let sum = 0
  for (let i = 0; i < 17; i++) sum += CURP_VALUES.indexOf(code.charAt(i)) * (18 - i)
  return (10 - (sum % 10)) % 10 === code.charCodeAt(17) - 48
}

/**
 * Belgium: a national register number's birth date (a month plus 20 or 40 in a bis number, 00 where the date is
 * unknown) and serial, then 97 minus those nine digits mod 97, with a 2 before them for those born from 2000.
 */
export function isBelgianNationalNumber(digits: string): boolean {
  const month = Number(digits.slice(2, 4))
  if (month % 20 > 12 || month > 52 || Number(digits.slice(4, 6)) > 31) return false
  const check = Number(digits.slice(9, 11))
  const body = digits.slice(0, 9)
  return 97 - modOf(body, 97) === check || 97 - modOf(`2${body}`, 97) === check
}

/** Croatia: an OIB's eleven digits, the last ISO 7064 MOD 11,10's check over the ten before it. */
export function isOib(digits: string): boolean {
  return passesIso7064Mod1110(digits)
}

const BALTIC_WEIGHTS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 1]
const BALTIC_SECOND_WEIGHTS = [3, 4, 5, 6, 7, 8, 9, 1, 2, 3]

/**
 * Estonia's isikukood and Lithuania's asmens kodas: a digit 1 to 6 for the century and sex, the birth date YYMMDD, a
 * serial, and the ten digits' sum weighted 1-2-…-9-1 mod 11; where that is 10, weighted 3-4-…-9-1-2-3 (10 again: 0).
 */
export function isBalticPersonalCode(digits: string): boolean {
  const first = digits.charCodeAt(0) - 48
  const month = Number(digits.slice(3, 5))
  const day = Number(digits.slice(5, 7))
  if (first < 1 || first > 6 || month < 1 || month > 12 || day < 1 || day > 31) return false
  let check = weightedSum(digits, BALTIC_WEIGHTS) % 11
  if (check === 10) check = (weightedSum(digits, BALTIC_SECOND_WEIGHTS) % 11) % 10
  return check === digits.charCodeAt(10) - 48
}

/** Greece: an AMKA's birth date (DDMMYY), four digits, and Luhn's check over the eleven. */
export function isAmka(digits: string): boolean {
  const day = Number(digits.slice(0, 2))
  const month = Number(digits.slice(2, 4))
  return day >= 1 && day <= 31 && month >= 1 && month <= 12 && passesLuhn(digits)
}

const EGN_WEIGHTS = [2, 4, 8, 5, 10, 9, 7, 3, 6]

/**
 * Bulgaria: an ЕГН's birth date YYMMDD (the month plus 20 for the 1800s, plus 40 from 2000), a serial, and the nine
 * digits weighted 2-4-8-5-10-9-7-3-6 mod 11 (10 read as 0).
 */
export function isEgn(digits: string): boolean {
  const month = Number(digits.slice(2, 4))
  const day = Number(digits.slice(4, 6))
  if (month % 20 < 1 || month % 20 > 12 || month > 52 || day < 1 || day > 31) return false
  return (weightedSum(digits, EGN_WEIGHTS) % 11) % 10 === digits.charCodeAt(9) - 48
}

/**
 * Czechia and Slovakia: a rodné číslo's birth date YYMMDD (a woman's month plus 50; plus 20, or 70, when a day's
 * numbers ran out, from 2004) and a serial: three digits, unchecked, for those born before 1954; else four, the ten
 * digits a multiple of 11 (or the first nine leaving 10 mod 11, and a 0 last).
 */
export function isRodneCislo(digits: string): boolean {
  const month = Number(digits.slice(2, 4)) % 50
  const day = Number(digits.slice(4, 6))
  if (month % 20 < 1 || month % 20 > 12 || month > 32 || day < 1 || day > 31) return false
  if (digits.length === 9) return Number(digits.slice(0, 2)) < 54
  const remainder = modOf(digits.slice(0, 9), 11)
  return (remainder === 10 ? 0 : remainder) === digits.charCodeAt(9) - 48
}

/** Denmark: a CPR-nummer's birth date DDMMYY and four digits, unchecked since 2007 (its mod-11 test was dropped). */
export function isCpr(digits: string): boolean {
  const day = Number(digits.slice(0, 2))
  const month = Number(digits.slice(2, 4))
  return day >= 1 && day <= 31 && month >= 1 && month <= 12
}

const CNP_WEIGHTS = [2, 7, 9, 1, 4, 6, 3, 5, 8, 2, 7, 9]

/**
 * Romania: a CNP's digit for the sex and century (1 to 9), the birth date YYMMDD, a county's code (01 to 52, 70 for
 * residents registered anywhere), a serial, and the twelve weighted 2-7-9-1-4-6-3-5-8-2-7-9 mod 11 (10 read as 1).
 */
export function isCnp(digits: string): boolean {
  const month = Number(digits.slice(3, 5))
  const day = Number(digits.slice(5, 7))
  const county = Number(digits.slice(7, 9))
  if (digits[0] === '0' || month < 1 || month > 12 || day < 1 || day > 31) return false
  if (county < 1 || (county > 52 && county !== 70)) return false
  const check = weightedSum(digits, CNP_WEIGHTS) % 11
  return (check === 10 ? 1 : check) === digits.charCodeAt(12) - 48
}

const NIF_WEIGHTS = [9, 8, 7, 6, 5, 4, 3, 2]

/** Portugal: a NIF's first eight digits weighted 9 down to 2, the ninth 11 minus the sum mod 11 (10 or 11 read as 0). */
export function isPortugueseNif(digits: string): boolean {
  if (digits[0] === '0') return false
  const check = 11 - (weightedSum(digits, NIF_WEIGHTS) % 11)
  return (check >= 10 ? 0 : check) === digits.charCodeAt(8) - 48
}

const SVNR_WEIGHTS = [3, 7, 9, 0, 5, 8, 4, 2, 1, 6]

/**
 * Austria: a Sozialversicherungsnummer's serial (from 100), its check digit (the fourth: the other nine weighted
 * 3-7-9-5-8-4-2-1-6 mod 11, never 10) and the birth date DDMMYY.
 */
export function isSvnr(digits: string): boolean {
  const day = Number(digits.slice(4, 6))
  const month = Number(digits.slice(6, 8))
  if (digits[0] === '0' || day < 1 || day > 31 || month < 1 || month > 12) return false
  return weightedSum(digits, SVNR_WEIGHTS) % 11 === digits.charCodeAt(3) - 48
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
