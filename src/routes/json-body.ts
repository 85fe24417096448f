import type { FastifyInstance, FastifyRequest, RequestPayload } from 'fastify'
import { UnsupportedMediaTypeError, ValidationError } from '../errors.js'
import { inexactNumberPath } from '../json-numbers.js'
import { isFieldName } from '../unknown-fields.js'

/**
 * The scope's JSON body parser: Fastify's own (prototype-poisoning checks as the host configured them), taking only
 * what it can read as the caller wrote it. JSON is UTF-8 (RFC 8259): a body declared in another charset, or sent
 * under a content-encoding nothing decoded, is refused with 415 naming the header, and bytes that are not UTF-8 with
 * 400, rather than read with U+FFFD in place of what was sent (the guard would read, and Mistral be sent, another
 * text). A number JSON.parse would change (past 2^53, or overflowing) is refused at its path: the plugin could
 * neither forward it as sent nor have the guard read the digits that were sent (a 19-digit card in a tool schema).
 * `asMistral` (the gateway): the types Mistral's API reads as JSON are read too (below); other routes take
 * `application/json` only.
 */
export function strictJsonBody(scope: FastifyInstance, { asMistral = false }: { asMistral?: boolean } = {}): void {
  const { onProtoPoisoning = 'error', onConstructorPoisoning = 'error' } = scope.initialConfig
  const parse = scope.getDefaultJsonParser(onProtoPoisoning, onConstructorPoisoning)
  // A host's hook that decodes a body (@fastify/compress) leaves its content-encoding header: a body a preParsing hook
  // replaced with a stream whose bytes received (`receivedEncodedLength`, which Fastify asks of every such stream)
  // differ from the bytes it gave is taken as decoded; a hook that meters or copies the bytes gives what it received,
  // and the 415 stands (reviews 28, 29). Looked at last, after the route's own hooks (that plugin adds its hook to
  // each route).
  scope.addHook('onRoute', (route) => {
    route.preParsing = [...[route.preParsing ?? []].flat(), noteDecodedBody]
  })
  scope.removeContentTypeParser('application/json')
  const readJson = (request: FastifyRequest, body: Buffer, done: (error: Error | null, value?: unknown) => void) => {
    const unreadable = unreadableHeader(request, body.length)
    if (unreadable) return done(new UnsupportedMediaTypeError(unreadable))
    let text: string
    try {
      text = UTF8.decode(body)
    } catch {
      return done(new ValidationError([{ path: 'body', message: 'the body must be UTF-8 text' }]))
    }
    parse(request, text, (error, value) => {
      if (error) return done(error)
      const path = inexactNumberPath(text)
      if (path === undefined) return done(null, value)
      return done(
        new ValidationError([
          {
            path: namedPath(path),
            message: 'holds a number with more digits than JSON numbers keep: send it as a string',
          },
        ]),
      )
    })
  }
  scope.addContentTypeParser('application/json', { parseAs: 'buffer' }, readJson)
  if (!asMistral) return
  // Mistral's API (FastAPI) reads a body as JSON under `application/<anything>+json` too, and with no content-type
  // at all (Python's `requests.post(url, data=text)`, a chunked upload without one); any other type is refused.
  scope.addContentTypeParser(SUFFIXED_JSON, { parseAs: 'buffer' }, readJson)
  scope.addContentTypeParser(UNTYPED, { parseAs: 'buffer' }, readJson)
  // Any other type is refused before a byte of its body is read (the catch-all gets the stream, unread).
  scope.addContentTypeParser('*', (_request, _payload, done) => done(new UnsupportedMediaTypeError()))
}

/**
 * A body sent with no content-type, as Fastify looks up its parser: under the media type it renders from an absent
 * header, `/` (a header written `/` is refused as invalid before any parser is looked up), or `` should that change.
 */
const UNTYPED = /^\/?$/

/** `application/<subtype>+json`, as Fastify writes a content-type it matches: lowercased, parameters after `;`. */
const SUFFIXED_JSON = /^application\/[^/;]*\+json(?:;|$)/

/** The stream a preParsing hook put in place of a request's body, when one did. */
const replacedBodies = new WeakMap<FastifyRequest, { receivedEncodedLength?: unknown }>()

// Callback style: on every request of the scope, without a promise of its own.
function noteDecodedBody(
  request: FastifyRequest,
  _reply: unknown,
  payload: RequestPayload,
  done: (error: null, payload: RequestPayload) => void,
): void {
  if (payload !== request.raw) replacedBodies.set(request, payload)
  done(null, payload)
}

/** Whether a hook turned the body received into another of `bytes` bytes (decoded it), rather than passing it on. */
function wasDecoded(request: FastifyRequest, bytes: number): boolean {
  const received = replacedBodies.get(request)?.receivedEncodedLength
  return typeof received === 'number' && received !== bytes
}

/** Fails on bytes that are not UTF-8 instead of replacing them; a leading byte-order mark is dropped (RFC 8259 §8.1). */
const UTF8 = new TextDecoder('utf-8', { fatal: true })

/** The header that says the body is not UTF-8 JSON as sent: a charset other than UTF-8, or a content coding. */
function unreadableHeader(request: FastifyRequest, bytes: number): 'content-type' | 'content-encoding' | undefined {
  const coding = String(request.headers['content-encoding'] ?? '')
    .trim()
    .toLowerCase()
  if (coding !== '' && coding !== 'identity' && !wasDecoded(request, bytes)) return 'content-encoding'
  const parameters = String(request.headers['content-type']).split(';').slice(1)
  for (const parameter of parameters) {
    const [name = '', value = ''] = parameter.split('=', 2).map((part) => part.trim().toLowerCase())
    if (name === 'charset' && !UTF8_NAMES.has(value.replace(/^"(.*)"$/, '$1'))) return 'content-type'
  }
  return undefined
}

// ASCII is UTF-8 byte for byte (a byte above 127 is then refused as not UTF-8).
const UTF8_NAMES = new Set(['utf-8', 'utf8', 'us-ascii', 'ascii'])

/**
 * A path into the body, named as far as its members' names are field names: a key is the caller's text (a
 * token as a property name), so the path stops at the object holding one that is not.
 */
function namedPath(path: string[]): string {
  const named = path.findIndex((segment) => !/^\d+$/.test(segment) && !isFieldName(segment))
  return (named === -1 ? path : path.slice(0, named)).join('.') || 'body'
}
