import { isIP } from 'node:net'

/**
 * Whether Mistral may be sent an image URL: Mistral fetches remote images itself, so a URL naming an internal
 * address would have it read (and describe) what only this network can see. WHATWG URL parsing first brings every
 * spelling of an address to one form (`http://2130706433`, `0x7f.1`, `[::ffff:127.0.0.1]`…), then the host must
 * be a listed name and not an internal one. DNS is not consulted: a listed name is trusted to stay public.
 */

/** The source of an inline image, in `allowedImageSources`. */
export const DATA_SOURCE = 'data:'
const INLINE_IMAGE = /^data:image\/(?:png|jpeg|gif|webp);base64,[A-Za-z0-9+/]*={0,2}$/

const INTERNAL_SUFFIXES = ['.localhost', '.local', '.internal', '.localdomain', '.home.arpa', '.lan', '.intranet']

/**
 * True for loopback, private, link-local, CGNAT, unspecified, multicast/reserved and IPv4-mapped forms of them.
 * `ip` is an address literal (`isIP` is not 0): what is not IPv4 is judged as IPv6.
 */
export function isInternalAddress(ip: string): boolean {
  if (isIP(ip) === 4) {
    const [a, b] = ip.split('.').map(Number) as [number, number]
    return (
      a === 0 ||
      a === 10 ||
      a === 127 ||
      (a === 100 && b >= 64 && b <= 127) ||
      (a === 169 && b === 254) ||
      (a === 172 && b >= 16 && b <= 31) ||
      (a === 192 && b === 168) ||
      (a === 198 && (b === 18 || b === 19)) ||
      a >= 224
    )
  }
  const lower = ip.toLowerCase()
  // An IPv4 address carried in IPv6 (mapped, compatible, NAT64, 6to4): judged as the IPv4 address it carries.
  const embedded = embeddedIpv4(lower)
  if (embedded !== undefined) return isInternalAddress(embedded)
  return (
    lower === '::' ||
    lower === '::1' ||
    /^f[cd]/.test(lower) ||
    /^fe[89ab]/.test(lower) ||
    /^fe[c-f]/.test(lower) ||
    lower.startsWith('ff')
  )
}

function embeddedIpv4(ip: string): string | undefined {
  const match = /^(?:::ffff:|::|64:ff9b::|::ffff:0:)([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(ip)
  if (match) {
    const high = Number.parseInt(match[1] as string, 16)
    const low = Number.parseInt(match[2] as string, 16)
    return [high >> 8, high & 255, low >> 8, low & 255].join('.')
  }
  const dotted = /^(?:::ffff:|::|64:ff9b::)(\d+\.\d+\.\d+\.\d+)$/.exec(ip)
  if (dotted) return dotted[1]
  const sixToFour = /^2002:([0-9a-f]{1,4}):([0-9a-f]{1,4}):/.exec(ip)
  if (sixToFour) return embeddedIpv4(`::ffff:${sixToFour[1]}:${sixToFour[2]}`)
  return undefined
}

/** A host name that names this machine or a private network, or an internal address literal. */
export function isInternalHost(hostname: string): boolean {
  const host = hostname
    .toLowerCase()
    .replace(/^\[|\]$/g, '')
    .replace(/\.$/, '')
  if (isIP(host) !== 0) return isInternalAddress(host)
  // A dotless name resolves through the local search domains: an intranet name.
  if (host === 'localhost' || !host.includes('.')) return true
  return INTERNAL_SUFFIXES.some((suffix) => host.endsWith(suffix))
}

/** Why an image URL may not be sent, or undefined when it may. */
export function imageSourceRefusal(url: string, allowed: readonly string[]): string | undefined {
  if (url.startsWith(DATA_SOURCE)) {
    if (!allowed.includes(DATA_SOURCE)) return 'inline (data:) images are not allowed'
    // Only base64 image data: a data: URL of any other type (`data:text/plain,…`) is text the guard cannot be asked
    // to read as an image, and would carry it to the model unscreened.
    return INLINE_IMAGE.test(url) ? undefined : 'an inline image must be data:image/(png|jpeg|gif|webp);base64,…'
  }
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return 'the image URL is not a valid URL'
  }
  if (parsed.protocol !== 'https:') return 'image URLs must use https'
  if (parsed.username !== '' || parsed.password !== '') return 'image URLs must not hold credentials'
  if (isInternalHost(parsed.hostname)) return 'image URLs must not name an internal address'
  if (!allowed.includes(parsed.hostname)) return 'this image host is not allowed'
  return undefined
}
