/** Luhn checksum over a string of digits. */
export function passesLuhn(digits: string): boolean {
  return passesLuhnIn(digits, 0, digits.length)
}

/** Luhn over the digits of text[start, end), read in place: most candidates fail it, and then no copy is made. */
export function passesLuhnIn(text: string, start: number, end: number): boolean {
  let sum = 0
  let double = false
  for (let i = end - 1; i >= start; i--) {
    let value = text.charCodeAt(i) - 48
    if (value < 0 || value > 9) continue
    if (double) {
      value *= 2
      if (value > 9) value -= 9
    }
    sum += value
    double = !double
  }
  return sum % 10 === 0
}

interface CardBrand {
  prefix: RegExp
  lengths: readonly number[]
}

// Issuer prefixes and lengths from the networks' published IIN ranges.
const CARD_BRANDS: readonly CardBrand[] = [
  { prefix: /^4/, lengths: [13, 16, 19] }, // Visa
  { prefix: /^(?:5[1-5]|222[1-9]|22[3-9]\d|2[3-6]\d\d|27[01]\d|2720)/, lengths: [16] }, // Mastercard
  { prefix: /^3[47]/, lengths: [15] }, // American Express
  { prefix: /^(?:6011|64[4-9]|65)/, lengths: [16, 19] }, // Discover
  { prefix: /^35(?:2[89]|[3-8]\d)/, lengths: [16, 17, 18, 19] }, // JCB
  { prefix: /^(?:30[0-5]|309|36|3[89])/, lengths: [14, 15, 16, 17, 18, 19] }, // Diners Club
  { prefix: /^62/, lengths: [16, 17, 18, 19] }, // UnionPay
  { prefix: /^220[0-4]/, lengths: [16, 17, 18, 19] }, // Mir
  { prefix: /^(?:5018|5020|5038|5893|6304|6759|676[1-3])/, lengths: [12, 13, 14, 15, 16, 17, 18, 19] }, // Maestro
  // The national schemes of large markets, on the ranges they do not share with the networks above.
  { prefix: /^(?:60|8[12]|508)/, lengths: [16] }, // RuPay (India)
  {
    prefix: /^(?:4011(?:78|79)|431274|438935|451416|457393|45763[12]|504175|506[67]|509|627780|636[23]|65[015])/,
    lengths: [16],
  }, // Elo (Brazil)
  { prefix: /^(?:606282|3841[046]0|637(?:095|568|599|609|612))/, lengths: [13, 16, 19] }, // Hipercard (Brazil)
  { prefix: /^9792/, lengths: [16] }, // Troy (Turkey)
  { prefix: /^(?:506[01]|5078|6500[0-2])/, lengths: [16, 18, 19] }, // Verve (Nigeria)
  { prefix: /^5019/, lengths: [16] }, // Dankort (Denmark)
  { prefix: /^(?:8600|9860)/, lengths: [16] }, // UzCard and Humo (Uzbekistan)
]

/** A card number: a known brand prefix, that brand's length, and a valid Luhn digit. */
export function isCardNumber(digits: string): boolean {
  const brand = CARD_BRANDS.some((b) => b.prefix.test(digits) && b.lengths.includes(digits.length))
  return brand && passesLuhn(digits)
}

// ISO 13616 registry: IBAN length per country.
const IBAN_LENGTH_TABLE = [
  'AD24 AE23 AL28 AT20 AZ28 BA20 BE16 BG22 BH22 BI27 BR29 BY28 CH21 CR22 CY28 CZ24 DE22 DJ27 DK18 DO28',
  'EE20 EG29 ES24 FI18 FK18 FO18 FR27 GB22 GE22 GI23 GL18 GR27 GT28 HR21 HU28 IE22 IL23 IQ23 IS26 IT27',
  'JO30 KW30 KZ20 LB28 LC32 LI21 LT20 LU20 LV21 LY25 MC27 MD24 ME22 MK19 MN20 MR27 MT31 MU30 NI28 NL18',
  'NO15 OM23 PK24 PL28 PS29 PT25 QA29 RO24 RS22 RU33 SA24 SC31 SD18 SE24 SI19 SK24 SM27 SO23 ST25 SV28',
  'TL23 TN24 TR26 UA29 VA22 VG24 XK20 YE30',
].join(' ')

export const IBAN_LENGTHS: ReadonlyMap<string, number> = new Map(
  IBAN_LENGTH_TABLE.split(' ').map((entry) => [entry.slice(0, 2), Number(entry.slice(2))]),
)

/** ISO 7064 mod 97-10 over the rearranged IBAN, computed piecewise so no big integers are needed. */
export function passesIbanChecksum(iban: string): boolean {
  const rearranged = iban.slice(4) + iban.slice(0, 4)
  let remainder = 0
  for (let i = 0; i < rearranged.length; i++) {
    const code = rearranged.charCodeAt(i)
    const value = code >= 65 ? code - 55 : code - 48
    remainder = value >= 10 ? (remainder * 100 + value) % 97 : (remainder * 10 + value) % 97
  }
  return remainder === 1
}

export function isIban(compact: string): boolean {
  const expected = IBAN_LENGTHS.get(compact.slice(0, 2))
  return expected === compact.length && /^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(compact) && passesIbanChecksum(compact)
}

/** SSA issuance rules: no 000, 666 or 9xx area, no 00 group, no 0000 serial. */
export function isIssuedSsn(area: string, group: string, serial: string): boolean {
  return area !== '000' && area !== '666' && area[0] !== '9' && group !== '00' && serial !== '0000'
}

function decodeBase64Url(segment: string): string {
  return Buffer.from(segment, 'base64url').toString('utf8')
}

/** A JWT header is base64url JSON naming its algorithm; random base64 that starts with eyJ is not enough. */
export function isJwtHeader(segment: string): boolean {
  try {
    const header: unknown = JSON.parse(decodeBase64Url(segment))
    return typeof header === 'object' && header !== null && typeof (header as { alg?: unknown }).alg === 'string'
  } catch {
    return false
  }
}

// A JWS's or a JWE's header parameters (RFC 7515 4.1, RFC 7516 4.1, RFC 7518 4.6-4.8, RFC 7797): a header alone holds
// these only. A JSON object with an `alg` and anything else (a JWK's `k` or `d`, a password) is no token's header.
const JOSE_HEADER_PARAMETERS = new Set(
  'alg enc zip jku jwk kid x5u x5c x5t x5t#S256 typ cty crit epk apu apv iv tag p2s p2c b64'.split(' '),
)

/** A JWT's header and nothing else: base64url JSON naming its algorithm, every key a header's parameter. */
export function isBareJwtHeader(segment: string): boolean {
  if (!isJwtHeader(segment)) return false
  const header = JSON.parse(decodeBase64Url(segment)) as object
  return Object.keys(header).every((key) => JOSE_HEADER_PARAMETERS.has(key))
}

export function isOctet(part: string): boolean {
  return Number(part) <= 255 && !(part.length > 1 && part[0] === '0')
}
