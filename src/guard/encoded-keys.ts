import type { Detector, Span } from './types.js'

// A private key written as one run of base64, without the PEM lines around it: its DER bytes (`PRIVATE_KEY=MIIEv…`,
// what Java's PKCS8EncodedKeySpec and twelve-factor apps take) or a PEM block base64-encoded once more (a Kubernetes
// Secret's `tls.key:`, `SIGNING_KEY_B64=LS0tLS1CRUdJTi…`). Whatever its name, the run's first bytes say what it is:
// the ASN.1 header of a private key (a version number right inside the outer SEQUENCE, which certificates, public
// keys and signing requests do not have there), or the BEGIN line of a private key.

/** Base64 of `-----BEGIN`, how every PEM block encoded again starts. */
const PEM_BEGIN = 'LS0tLS1CRUdJTi'
/** `30`: a DER SEQUENCE, in base64 `M` then `A`-`H` (a length under 128) or `I` (the length in the next bytes). */
const DER_SEQUENCE = 'M'
/** Characters decoded from a run's start: the BEGIN line of a PEM block, or a DER key's first bytes. */
const HEAD_CHARACTERS = 64
/** The shortest key in base64: an Ed25519 key in PKCS#8 is 48 bytes. */
const SHORTEST_KEY_RUN = 64
const PRIVATE_BEGIN_LINE = /^-----BEGIN [A-Z0-9 ]{0,30}PRIVATE KEY-----/

// A+Z a-z 0-9 + / = : the standard base64 alphabet and its padding.
function isBase64Code(code: number): boolean {
  return (
    (code >= 65 && code <= 90) ||
    (code >= 97 && code <= 122) ||
    (code >= 48 && code <= 57) ||
    code === 43 ||
    code === 47 ||
    code === 61
  )
}

/** Whether DER bytes open a private key: PKCS#1, PKCS#8 (plain or encrypted), SEC1 (EC) or PKCS#12. */
function isPrivateKeyDer(bytes: Buffer): boolean {
  const lengthByte = bytes[1] as number
  // The outer SEQUENCE's header: its length in one byte, or in the one or two bytes after 0x81 / 0x82.
  const header = lengthByte < 0x80 ? 2 : lengthByte === 0x81 ? 3 : lengthByte === 0x82 ? 4 : 0
  if (bytes[0] !== 0x30 || header === 0) return false
  const [tag, length, version, next] = bytes.subarray(header, header + 4)
  if (tag === 0x30) return isPasswordBasedEncryption(bytes, header + 2)
  if (tag !== 0x02 || length !== 0x01) return false
  // PKCS#1 (version 0, then the modulus), PKCS#8 (version 0 or 1, then the algorithm), SEC1 (version 1, then the
  // key's octets), PKCS#12 (version 3, then its content).
  if (version === 0x00) return next === 0x02 || next === 0x30
  if (version === 0x01) return next === 0x04 || next === 0x30
  return version === 0x03 && next === 0x30
}

// Encrypted PKCS#8: the SEQUENCE of its encryption algorithm, whose object identifier is one of PKCS#5's
// (1.2.840.113549.1.5.x, PBES2) or PKCS#12's password-based schemes (1.2.840.113549.1.12.x).
const PKCS_OID = [0x06, -1, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01]

function isPasswordBasedEncryption(bytes: Buffer, at: number): boolean {
  if (!PKCS_OID.every((byte, i) => byte === -1 || bytes[at + i] === byte)) return false
  const scheme = bytes[at + PKCS_OID.length]
  return scheme === 0x05 || scheme === 0x0c
}

function holdsPrivateKey(text: string, start: number, end: number): boolean {
  const head = Buffer.from(text.slice(start, Math.min(end, start + HEAD_CHARACTERS)), 'base64')
  if (text.startsWith(PEM_BEGIN, start)) return PRIVATE_BEGIN_LINE.test(head.toString('latin1'))
  return isPrivateKeyDer(head)
}

/** Whether the base64 at `at` may open a DER SEQUENCE: `M`, then the first bits of its length. */
function opensSequence(text: string, at: number): boolean {
  const length = text.charCodeAt(at + 1)
  return length >= 65 && length <= 73
}

/** The base64 runs of `text` that start with `prefix` (and pass `opens`), from the run's first character to its last. */
function runsStartingWith(
  text: string,
  prefix: string,
  opens: (text: string, at: number) => boolean,
  spans: Span[],
): void {
  for (let at = text.indexOf(prefix); at !== -1; ) {
    let end = at + prefix.length
    if (!isBase64Code(text.charCodeAt(at - 1)) && opens(text, at)) {
      while (isBase64Code(text.charCodeAt(end))) end++
      if (end - at >= SHORTEST_KEY_RUN && holdsPrivateKey(text, at, end)) spans.push({ start: at, end })
    }
    at = text.indexOf(prefix, end)
  }
}

export const encodedPrivateKeyDetector: Detector = {
  type: 'private_key',
  mayMatch: (text) => text.includes(DER_SEQUENCE) || text.includes(PEM_BEGIN),
  find(text) {
    const spans: Span[] = []
    runsStartingWith(text, DER_SEQUENCE, opensSequence, spans)
    runsStartingWith(text, PEM_BEGIN, () => true, spans)
    return spans.sort((a, b) => a.start - b.start)
  },
}
