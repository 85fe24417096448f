/**
 * How Mistral's API turns a JSON body's bytes into text. Starlette's `request.json()` hands the bytes to Python's
 * `json.loads`, which guesses the encoding from the first bytes (`json.detect_encoding`: a UTF-32, UTF-16 or UTF-8
 * byte-order mark, else the zero bytes an ASCII character leaves in UTF-16 or UTF-32, else UTF-8) and decodes with
 * `surrogatepass`, so UTF-8-encoded lone surrogates are read rather than refused. Bytes that do not decode raise a
 * UnicodeDecodeError, which FastAPI answers 400 "There was an error parsing the body", not 422: `undefined` here.
 */

type Encoding = 'utf-8' | 'utf-8-sig' | 'utf-16' | 'utf-16-be' | 'utf-16-le' | 'utf-32' | 'utf-32-be' | 'utf-32-le'

function detectEncoding(bytes: Uint8Array): Encoding {
  const startsWith = (...prefix: number[]) => prefix.every((byte, i) => bytes[i] === byte)
  if (startsWith(0, 0, 0xfe, 0xff) || startsWith(0xff, 0xfe, 0, 0)) return 'utf-32'
  if (startsWith(0xfe, 0xff) || startsWith(0xff, 0xfe)) return 'utf-16'
  if (startsWith(0xef, 0xbb, 0xbf)) return 'utf-8-sig'
  if (bytes.length >= 4) {
    if (!bytes[0]) return bytes[1] ? 'utf-16-be' : 'utf-32-be'
    if (!bytes[1]) return bytes[2] || bytes[3] ? 'utf-16-le' : 'utf-32-le'
  } else if (bytes.length === 2) {
    if (!bytes[0]) return 'utf-16-be'
    if (!bytes[1]) return 'utf-16-le'
  }
  return 'utf-8'
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true })

function utf8(bytes: Uint8Array): string | undefined {
  try {
    return strictUtf8.decode(bytes)
  } catch {
    return utf8WithSurrogates(bytes)
  }
}

/**
 * `surrogatepass`: a three-byte sequence ED A0–BF 80–BF is a lone surrogate, which WHATWG decoders refuse. 0xED
 * only ever leads a sequence, so the text between two such sequences decodes on its own.
 */
function utf8WithSurrogates(bytes: Uint8Array): string | undefined {
  let text = ''
  let start = 0
  for (let i = 0; i + 2 < bytes.length; i++) {
    const second = bytes[i + 1] as number
    const third = bytes[i + 2] as number
    if (bytes[i] !== 0xed || second < 0xa0 || second > 0xbf || third < 0x80 || third > 0xbf) continue
    const before = decodeStrict(bytes.subarray(start, i))
    if (before === undefined) return undefined
    text += before + String.fromCharCode(0xd000 | ((second & 0x3f) << 6) | (third & 0x3f))
    start = i + 3
    i += 2
  }
  const rest = decodeStrict(bytes.subarray(start))
  return rest === undefined ? undefined : text + rest
}

function decodeStrict(bytes: Uint8Array): string | undefined {
  try {
    return strictUtf8.decode(bytes)
  } catch {
    return undefined
  }
}

// Code units or points per String.fromCharCode call: far below any engine's argument limit.
const CHUNK = 8192

/** UTF-16 with `surrogatepass`: every code unit as it is, a lone surrogate included; an odd byte is truncated data. */
function utf16(bytes: Uint8Array, bigEndian: boolean): string | undefined {
  if (bytes.length % 2 !== 0) return undefined
  const units = new Uint16Array(bytes.length / 2)
  for (let i = 0; i < units.length; i++) {
    const [high, low] = bigEndian ? [bytes[2 * i], bytes[2 * i + 1]] : [bytes[2 * i + 1], bytes[2 * i]]
    units[i] = ((high as number) << 8) | (low as number)
  }
  let text = ''
  for (let i = 0; i < units.length; i += CHUNK) text += String.fromCharCode(...units.subarray(i, i + CHUNK))
  return text
}

/** UTF-32 with `surrogatepass`: a code point past U+10FFFF, or a truncated one, does not decode. */
function utf32(bytes: Uint8Array, bigEndian: boolean): string | undefined {
  if (bytes.length % 4 !== 0) return undefined
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const points: number[] = []
  let text = ''
  for (let i = 0; i < bytes.length; i += 4) {
    const point = view.getUint32(i, !bigEndian)
    if (point > 0x10ffff) return undefined
    points.push(point)
    if (points.length === CHUNK) text += String.fromCodePoint(...points.splice(0))
  }
  return text + String.fromCodePoint(...points)
}

/** A JSON body's text as Python's `json.loads` decodes its bytes, or `undefined` when they do not decode. */
export function decodeJsonBytes(bytes: Uint8Array): string | undefined {
  const encoding = detectEncoding(bytes)
  switch (encoding) {
    case 'utf-8':
      return utf8(bytes)
    case 'utf-8-sig':
      return utf8(bytes.subarray(3))
    case 'utf-16':
      return utf16(bytes.subarray(2), bytes[0] === 0xfe)
    case 'utf-16-be':
    case 'utf-16-le':
      return utf16(bytes, encoding === 'utf-16-be')
    case 'utf-32':
      return utf32(bytes.subarray(4), bytes[0] === 0)
    default:
      return utf32(bytes, encoding === 'utf-32-be')
  }
}
