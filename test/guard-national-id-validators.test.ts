import t from 'tap'
import { isBsn, isCodiceFiscale, isCpf, isDniOrNie, isNir, isPersonnummer, isPesel } from '../src/guard/id-checks.js'
import { found } from './helpers/guard-cases.js'

// The check rules each national_id reader accepts a number by, on the shapes the readers never hand them (a wrong
// length, letters where digits go) and on the edges of their date rules: what a validator says when called alone.

/** A NIR with a correct key: 13 digits (sex, year, month, department, commune, order) then 97 − (n mod 97). */
function nir(body: string): string {
  let remainder = 0
  for (const digit of body) remainder = (remainder * 10 + Number(digit)) % 97
  return `${body}${String(97 - remainder).padStart(2, '0')}`
}

/** The eleventh PESEL digit for ten. */
function pesel(ten: string): string {
  const weights = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
  const sum = [...ten].reduce((total, digit, i) => total + (weights[i] as number) * Number(digit), 0)
  return `${ten}${(10 - (sum % 10)) % 10}`
}

t.test('France: digits only, a month in an issued range, the key', async (t) => {
  t.ok(isNir(nir('1850578006084')), 'month 05')
  t.ok(isNir(nir('1852578006084')), 'month 25 (an issued range past 20)')
  t.ok(isNir(nir('1856078006084')), 'month 60 (issued from 50)')
  t.notOk(isNir(nir('1851378006084')), 'month 13')
  t.notOk(isNir('18505780A608436'), 'a letter among the digits')
})

t.test('Spain, the Netherlands, Brazil: wrong shapes are refused before any check', async (t) => {
  t.notOk(isDniOrNie('1234567A', 'Z'), 'a letter among a DNI digits')
  t.notOk(isBsn('12345678'), 'eight digits')
  t.notOk(isBsn('000000000'), 'all zero')
  t.notOk(isCpf('1234567890'), 'ten digits')
  t.notOk(isCpf('11111111111'), 'eleven equal digits')
})

t.test('Poland: eleven digits, a birth date from 1920 to 2029', async (t) => {
  t.notOk(isPesel('4405140135'), 'ten digits')
  t.ok(isPesel(pesel('0521011234')), '2005 (month plus 20)')
  t.notOk(isPesel(pesel('3521011234')), '2035 is not read')
  t.notOk(isPesel(pesel('1505011234')), '1915 is not read')
})

t.test('Sweden: ten or twelve digits, a twelve-digit one from 19 or 20', async (t) => {
  t.notOk(isPersonnummer('900101123'), 'nine digits')
  const luhn = (nine: string) => {
    for (let d = 0; d <= 9; d++) if (isPersonnummer(`${nine}${d}`)) return `${nine}${d}`
    return nine
  }
  const ten = luhn('900101123')
  t.ok(isPersonnummer(`19${ten}`))
  t.notOk(isPersonnummer(`18${ten}`), 'a century that is neither 19 nor 20')
})

t.test('Italy: a codice fiscale in mixed case is not one', async (t) => {
  const body = 'RSSMRA85T10A562'
  const code = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'].map((letter) => `${body}${letter}`).find(isCodiceFiscale) as string
  t.same(found(`codice fiscale ${code}`), [['national_id', code]])
  t.same(found(`codice fiscale ${code.toLowerCase()}`), [['national_id', code.toLowerCase()]])
  t.same(found(`codice fiscale ${code.slice(0, 3)}${code.slice(3).toLowerCase()}`), [])
})

t.test('Poland: a PESEL spaced as printed is found after its label', async (t) => {
  const digits = pesel('4405140135')
  const spaced = `${digits.slice(0, 2)} ${digits.slice(2, 5)} ${digits.slice(5, 8)} ${digits.slice(8)}`
  t.same(found(`PESEL: ${spaced}`), [['national_id', spaced]])
})
