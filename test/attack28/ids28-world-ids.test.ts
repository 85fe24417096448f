import t from 'tap'
import {
  isCccd,
  isCnic,
  isCuil,
  isEgyptianId,
  isEmiratesId,
  isHkid,
  isIsraeliId,
  isItin,
  isJmbg,
  isKennitala,
  isLatvianCode,
  isMyKad,
  isNewLatvianCode,
  isPpsn,
  isRnokpp,
  isRut,
  isSaudiId,
  isSouthAfricanId,
  isTaiwanId,
  isTaj,
  isThaiId,
} from '../../src/guard/id-checks.js'
import { assertFoundAs, assertNothingFound } from '../helpers/guard-cases.js'

/**
 * Round 28 (ids28), a leak the lead found probing: the national identity and tax numbers of the countries the guard
 * had no reader for went to the model in clear: a US ITIN, Thailand's id, Chile's RUT, Argentina's CUIL, Israel's
 * Teudat Zehut, the Emirates ID, South Africa's id, Pakistan's CNIC, Malaysia's MyKad, Taiwan's and Hong Kong's ids,
 * Ireland's PPSN, the former Yugoslavia's JMBG, Iceland's kennitala, Latvia's personas kods, Hungary's TAJ, Saudi
 * Arabia's id and iqama, Ukraine's РНОКПП, Vietnam's CCCD, Egypt's national id and Nigeria's NIN. Each is now read in
 * the layouts its country prints it in and kept only when its check digit (or its date and codes, where it has no
 * check) is right: alone where the layout is its own (`12.345.678-5`, `784-1980-…`, `A123456(3)`), else after a
 * label naming it. The valid numbers are computed here from each issuer's published rule.
 */

// ---- Check digits, computed independently of src/.

const digits = (text: string) => text.replace(/\D/g, '')

/** Luhn's check digit for `body`. */
function luhnDigit(body: string): string {
  let sum = 0
  for (let i = 0; i < body.length; i++) {
    let value = Number(body[body.length - 1 - i])
    if (i % 2 === 0) value = value * 2 > 9 ? value * 2 - 9 : value * 2
    sum += value
  }
  return String((10 - (sum % 10)) % 10)
}

const weighted = (body: string, weights: number[]) => weights.reduce((sum, w, i) => sum + w * Number(body[i]), 0)

function thai(twelve: string): string {
  let sum = 0
  for (let i = 0; i < 12; i++) sum += (13 - i) * Number(twelve[i])
  return `${twelve}${(11 - (sum % 11)) % 10}`
}

function rutCheck(body: string): string {
  let sum = 0
  let w = 2
  for (let i = body.length - 1; i >= 0; i--) {
    sum += w * Number(body[i])
    w = w === 7 ? 2 : w + 1
  }
  const r = 11 - (sum % 11)
  return r === 11 ? '0' : r === 10 ? 'K' : String(r)
}

const THAI = thai('310060044563') // 3-1006-00445-63-5
const THAI_DASHED = `${THAI[0]}-${THAI.slice(1, 5)}-${THAI.slice(5, 10)}-${THAI.slice(10, 12)}-${THAI[12]}`
const RUT_BODY = '12345678'
const RUT = `${RUT_BODY}-${rutCheck(RUT_BODY)}`
const RUT_DOTTED = `12.345.678-${rutCheck(RUT_BODY)}`
// A body whose check is K, found by trying: the letter must pass in either case.
const RUT_K_BODY = ['10000013', '10000021', '10000048', '10000056', '10000064', '10000072', '10000099'].find(
  (body) => rutCheck(body) === 'K',
) as string
const ISRAELI = `12345678${luhnDigit('12345678')}`
const EMIRATES = `78419851234567${luhnDigit('78419851234567')}`
const EMIRATES_DASHED = `784-1985-1234567-${EMIRATES[14]}`
const SOUTH_AFRICAN = `920315012308${luhnDigit('920315012308')}`
const SAUDI = `109876543${luhnDigit('109876543')}`
const IQAMA = `234567890${luhnDigit('234567890')}`

function cuil(ten: string): string {
  const r = 11 - (weighted(ten, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]) % 11)
  return `${ten}${r % 11}`
}
const CUIL = cuil('2733445566') // r != 10 for this body
const CUIL_DASHED = `${CUIL.slice(0, 2)}-${CUIL.slice(2, 10)}-${CUIL[10]}`

function jmbg(twelve: string): string {
  const r = 11 - (weighted(twelve, [7, 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2]) % 11)
  return `${twelve}${r % 11}`
}
const JMBG = jmbg('150398550001')

function kennitala(eight: string, century: string): string {
  const r = 11 - (weighted(eight, [3, 2, 7, 6, 5, 4, 3, 2]) % 11)
  return `${eight}${r % 11}${century}`
}
const KENNITALA = kennitala('12017433', '9')
const KENNITALA_DASHED = `${KENNITALA.slice(0, 6)}-${KENNITALA.slice(6)}`

function latvian(ten: string): string {
  return `${ten}${(1101 - weighted(ten, [1, 6, 3, 7, 9, 10, 5, 8, 4, 2])) % 11}`
}
const LATVIAN = latvian('1611751999')
const LATVIAN_DASHED = `${LATVIAN.slice(0, 6)}-${LATVIAN.slice(6)}`

const taj = (eight: string) => `${eight}${weighted(eight, [3, 7, 3, 7, 3, 7, 3, 7]) % 10}`
const TAJ = taj('03768721')
const TAJ_SPACED = `${TAJ.slice(0, 3)} ${TAJ.slice(3, 6)} ${TAJ.slice(6)}`

const rnokpp = (nine: string) => `${nine}${(((weighted(nine, [-1, 5, 7, 9, 4, 6, 10, 5, 7]) % 11) + 11) % 11) % 10}`
const RNOKPP = rnokpp('318471069')

// Taiwan: F is 15; the sum of 1, 5×9, the digits weighted 8..1 and the check is a multiple of ten.
function taiwan(letter: string, letterValue: number, eight: string): string {
  let sum = Math.floor(letterValue / 10) + (letterValue % 10) * 9
  for (let i = 0; i < 8; i++) sum += (8 - i) * Number(eight[i])
  return `${letter}${eight}${(10 - (sum % 10)) % 10}`
}
const TAIWAN = taiwan('F', 15, '12345678')

function hkid(letters: string, six: string): string {
  const values = letters.length === 2 ? [...letters].map((l) => l.charCodeAt(0) - 55) : [36, letters.charCodeAt(0) - 55]
  let sum = 9 * (values[0] as number) + 8 * (values[1] as number)
  for (let i = 0; i < 6; i++) sum += (7 - i) * Number(six[i])
  const check = (11 - (sum % 11)) % 11
  return `${letters}${six}(${check === 10 ? 'A' : check})`
}
const HKID = hkid('K', '987654')
const HKID_TWO = hkid('XA', '123456')

function ppsn(seven: string): string {
  return `${seven}${'WABCDEFGHIJKLMNOPQRSTUV'[weighted(seven, [8, 7, 6, 5, 4, 3, 2]) % 23]}`
}
const PPSN = ppsn('6433435')

const wrongLast = (number: string) => `${number.slice(0, -1)}${(Number(number[number.length - 1]) + 1) % 10}`

t.test('the numbers whose layout is their own are found alone', async (t) => {
  assertFoundAs(
    t,
    [
      [`Thai id ${THAI_DASHED}`, THAI_DASHED],
      [`please update: ${THAI_DASHED.replace(/-/g, ' ')}`, THAI_DASHED.replace(/-/g, ' ')],
      [`el RUT es ${RUT_DOTTED}.`, RUT_DOTTED],
      [`cliente: Juan Pérez, ${RUT_DOTTED}`, RUT_DOTTED],
      [`mi CUIL ${CUIL_DASHED}`, CUIL_DASHED],
      [`{"cuit":"${CUIL_DASHED}"}`, CUIL_DASHED],
      [`Emirates ID: ${EMIRATES_DASHED}`, EMIRATES_DASHED],
      [`applicant ${EMIRATES_DASHED} renewed`, EMIRATES_DASHED],
      [`My ITIN is 912-70-1234`, '912-70-1234'],
      [`taxpayer: 987-88-4321, filed`, '987-88-4321'],
      [`CNIC 35202-1234567-1`, '35202-1234567-1'],
      [`holder 42101-7654321-2`, '42101-7654321-2'],
      [`HKID ${HKID}`, HKID],
      [`香港身份證號碼：${HKID_TWO}`, HKID_TWO],
      [`applicant ${HKID}`, HKID],
    ],
    'national_id',
  )
})

t.test('the numbers read after a label, in its languages and layouts', async (t) => {
  assertFoundAs(
    t,
    [
      [`ITIN: 912 70 1234`, '912 70 1234'],
      [`individual taxpayer identification number 912801234`, '912801234'],
      [`เลขบัตรประชาชน ${THAI}`, THAI],
      [`เลขประจำตัวประชาชนของฉันคือ ${THAI}`, THAI],
      [`Thai national ID: ${THAI}`, THAI],
      [`RUT: ${RUT}`, RUT],
      [`R.U.T. ${RUT_K_BODY}-K`, `${RUT_K_BODY}-K`],
      [`rut ${RUT_K_BODY}-k`, `${RUT_K_BODY}-k`],
      [`CUIT ${CUIL}`, CUIL],
      [`Teudat Zehut ${ISRAELI}`, ISRAELI],
      [`מספר זהות: ${ISRAELI}`, ISRAELI],
      [`ת.ז. ${ISRAELI}`, ISRAELI],
      [`Emirates ID ${EMIRATES}`, EMIRATES],
      [`رقم الهوية ${EMIRATES}`, EMIRATES],
      [`South African ID: ${SOUTH_AFRICAN}`, SOUTH_AFRICAN],
      [`ID number ${SOUTH_AFRICAN}`, SOUTH_AFRICAN],
      [`CNIC no: 3520212345671`, '3520212345671'],
      [`MyKad 880101-14-5678`, '880101-14-5678'],
      [`No. KP: 880101 14 5678`, '880101 14 5678'],
      [`IC number 880101145678`, '880101145678'],
      [`Taiwan ID ${TAIWAN}`, TAIWAN],
      [`我的身分證字號是${TAIWAN}`, TAIWAN],
      [`HKID ${HKID.replace(/[()]/g, '')}`, HKID.replace(/[()]/g, '')],
      [`PPSN ${PPSN}`, PPSN],
      [`PPS number: ${PPSN}W`, `${PPSN}W`],
      [`JMBG: ${JMBG}`, JMBG],
      [`EMŠO ${JMBG}`, JMBG],
      [`матични број ${JMBG}`, JMBG],
      [`kennitala ${KENNITALA_DASHED}`, KENNITALA_DASHED],
      [`kt. ${KENNITALA}`, KENNITALA],
      [`personas kods ${LATVIAN_DASHED}`, LATVIAN_DASHED],
      [`personas kods 321234-56789`, '321234-56789'],
      [`personas kods: 32123456789`, '32123456789'],
      [`personas kods: ${LATVIAN}`, LATVIAN],
      [`TAJ szám: ${TAJ_SPACED}`, TAJ_SPACED],
      [`TAJ ${TAJ}`, TAJ],
      [`iqama ${IQAMA}`, IQAMA],
      [`رقم الهوية الوطنية ${SAUDI}`, SAUDI],
      [`РНОКПП ${RNOKPP}`, RNOKPP],
      [`ідентифікаційний код: ${RNOKPP}`, RNOKPP],
      [`Số CCCD: 001084012345`, '001084012345'],
      [`căn cước công dân 079203001234`, '079203001234'],
      [`الرقم القومي 29001011234567`, '29001011234567'],
      [`NIN: 12345678901`, '12345678901'],
      [`| name | national id |\n| Ana | ${SOUTH_AFRICAN} |`, SOUTH_AFRICAN],
    ],
    'national_id',
  )
})

t.test('wrong checks, missing labels and other numbers stay clean', async (t) => {
  assertNothingFound(t, [
    // A wrong check digit or letter, in the layouts found alone.
    `Thai id ${wrongLast(THAI_DASHED)}`,
    `el RUT es 12.345.678-${rutCheck(RUT_BODY) === '1' ? '2' : '1'}`,
    `mi CUIL ${wrongLast(CUIL_DASHED)}`,
    `Emirates ID: ${wrongLast(EMIRATES_DASHED)}`,
    `HKID ${HKID.replace(/\((.)\)/, (_, c) => `(${c === '1' ? '2' : '1'})`)}`,
    // An ITIN's middle pair outside the IRS's ranges (93, below 50), a CNIC's province beyond 7.
    'My ITIN is 912-93-1234',
    'My ITIN is 912-45-1234',
    'CNIC 85202-1234567-1',
    // The bare shapes without their label, or after a word that names something else.
    `order ${THAI}`,
    `ref ${RUT}`,
    `the run took ${RUT} ms`,
    `count ${ISRAELI}`,
    `total ${SOUTH_AFRICAN}`,
    `sku ${TAIWAN}`,
    `Build 240315-12-1234 passed`,
    `Batch 880101-14-5678 shipped`,
    `code ${PPSN}`,
    `value ${JMBG}`,
    `at ${KENNITALA_DASHED}`,
    `row ${LATVIAN_DASHED}`,
    // A new Latvian code's eleven digits have no check: only after its own label.
    'count 32123456789',
    'timestamps 1701345678901 and 1701345678902',
    // A number with no check after a label that is not its own.
    'ID number 7713312345671 of the shipment',
    'id number 12345678901',
    'national id 29001011234567 (sample)',
    // Valid-shaped numbers failing their dates or codes after their own labels.
    'MyKad 881301-14-5678',
    'MyKad 880101-17-5678',
    'Số CCCD: 101084012345',
    'الرقم القومي 29013011234567',
    'الرقم القومي 29001013634567',
    `kennitala ${KENNITALA.slice(0, 9)}5`,
    `personas kods ${wrongLast(LATVIAN_DASHED)}`,
    `TAJ ${wrongLast(TAJ)}`,
    `iqama ${wrongLast(IQAMA)}`,
    `РНОКПП ${wrongLast(RNOKPP)}`,
    `JMBG: ${wrongLast(JMBG)}`,
    `PPSN ${PPSN.slice(0, 7)}${PPSN[7] === 'A' ? 'B' : 'A'}`,
    `Taiwan ID ${wrongLast(TAIWAN)}`,
    `Teudat Zehut ${wrongLast(ISRAELI)}`,
    `South African ID: ${wrongLast(SOUTH_AFRICAN)}`,
  ])
})

t.test('each check holds its rule at its edges', async (t) => {
  t.ok(isItin('900701234') && isItin('999991234') && isItin('950501234') && isItin('965651234'))
  t.notOk(isItin('812701234') || isItin('91270123') || isItin('912661234') || isItin('912891234'))
  t.ok(isThaiId(THAI))
  t.notOk(isThaiId(`0${THAI.slice(1)}`) || isThaiId(`9${THAI.slice(1)}`) || isThaiId(THAI.slice(1)))
  t.ok(isRut(RUT_BODY, rutCheck(RUT_BODY)) && isRut(RUT_K_BODY, 'k'))
  t.notOk(isRut('123456', '0') || isRut('123456789', '0'))
  // A body whose sum is a multiple of eleven takes the check 0.
  t.ok(isRut('10000004', '0') && rutCheck('10000004') === '0')
  t.ok(isCuil(CUIL))
  t.notOk(isCuil(`21${CUIL.slice(2)}`) || isCuil(CUIL.slice(1)))
  t.ok(isIsraeliId(ISRAELI) && !isIsraeliId(ISRAELI.slice(1)))
  t.ok(isEmiratesId(EMIRATES))
  t.notOk(isEmiratesId(`785${EMIRATES.slice(3)}`) || isEmiratesId(`78418${EMIRATES.slice(5)}`))
  t.ok(isSouthAfricanId(SOUTH_AFRICAN))
  t.notOk(isSouthAfricanId(`921315012308${luhnDigit('921315012308')}`), 'no 13th month')
  t.notOk(isSouthAfricanId(`920315012338${luhnDigit('920315012338')}`), 'a citizenship digit above 2')
  t.ok(isCnic('1234512345671') && isCnic('7234512345671'))
  t.notOk(isCnic('0234512345671') || isCnic('8234512345671') || isCnic('123451234567'))
  for (const place of ['01', '16', '21', '59', '60', '68', '71', '72', '74', '79', '82', '93', '98', '99']) {
    t.ok(isMyKad(`880101${place}5678`), `place ${place}`)
  }
  for (const place of ['00', '17', '20', '69', '70', '73', '80', '81', '94', '97']) {
    t.notOk(isMyKad(`880101${place}5678`), `place ${place}`)
  }
  t.ok(isMyKad('000229015678'), 'the 29th of February')
  t.notOk(isMyKad('000230015678') || isMyKad('880431015678') || isMyKad('880132015678') || isMyKad('88010101567'))
  t.ok(isTaiwanId(TAIWAN) && isTaiwanId(TAIWAN.toLowerCase()))
  t.notOk(isTaiwanId(`F3${TAIWAN.slice(2)}`) || isTaiwanId(TAIWAN.slice(1)))
  t.ok(isHkid('K', '987654', HKID.slice(8, 9)) && isHkid('XA', '123456', HKID_TWO.slice(9, 10)))
  t.ok(isHkid('G', '123456', 'a') || isHkid('G', '123456', 'A'), 'the check A in either case')
  t.ok(isPpsn(PPSN.slice(0, 7), PPSN[7] as string, '') && isPpsn(PPSN.slice(0, 7), PPSN[7] as string, 'w'))
  // A second letter other than W counts in the sum: the same digits take another check letter with A.
  t.notOk(isPpsn(PPSN.slice(0, 7), PPSN[7] as string, 'A'))
  t.ok(isJmbg(JMBG) && !isJmbg(`3203${JMBG.slice(4)}`) && !isJmbg(JMBG.slice(1)))
  // A body whose check would be 10 is never issued.
  const tenBody = ['150398550002', '150398550003', '150398550004', '150398550005', '150398550006', '150398550007'].find(
    (body) => 11 - (weighted(body, [7, 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2]) % 11) === 10,
  )
  if (tenBody !== undefined) for (let d = 0; d < 10; d++) t.notOk(isJmbg(`${tenBody}${d}`))
  t.ok(isKennitala(KENNITALA) && isKennitala(kennitala('12017433', '0')) && isKennitala(kennitala('12017433', '8')))
  t.notOk(
    isKennitala(kennitala('12017433', '1')) ||
      isKennitala(KENNITALA.slice(1)) ||
      isKennitala(`32${KENNITALA.slice(2)}`),
  )
  t.ok(isLatvianCode(LATVIAN) && !isLatvianCode(`${LATVIAN.slice(0, 6)}3${LATVIAN.slice(7)}`))
  t.notOk(isLatvianCode('32123456789') || isLatvianCode(LATVIAN.slice(1)))
  t.ok(isNewLatvianCode('32123456789') && !isNewLatvianCode('3212345678') && !isNewLatvianCode('31123456789'))
  t.ok(isTaj(TAJ) && !isTaj(TAJ.slice(1)))
  t.ok(isSaudiId(SAUDI) && isSaudiId(IQAMA) && !isSaudiId(`3${SAUDI.slice(1)}`) && !isSaudiId(SAUDI.slice(1)))
  t.ok(isRnokpp(RNOKPP) && !isRnokpp(RNOKPP.slice(1)))
  t.ok(isCccd('001084012345') && isCccd('096084012345'))
  t.notOk(isCccd('000084012345') || isCccd('097084012345') || isCccd('101084012345') || isCccd('00108401234'))
  t.ok(isEgyptianId('29001011234567') && isEgyptianId('30512318812345') && isEgyptianId('29001013534567'))
  t.notOk(isEgyptianId('19001011234567') || isEgyptianId('29001010034567') || isEgyptianId('2900101123456'))
  t.equal(digits(THAI_DASHED), THAI)
})
