// The demo page's script: chats through the plugin's route, shows refusals as the API returns them, marks redactions,
// and tails the audit sink. Plain browser JavaScript, no build step. Text is only ever set through textContent.

const CHAT_URL = '/api/chat'
const AUDIT_URL = '/demo/audit'
/** How often the audit panel refreshes by itself, besides right after each request (ms). */
const AUDIT_POLL_MS = 2000
const REDACTION = /\[REDACTED:([A-Za-z0-9_-]+)\]/g

const $ = (id) => document.getElementById(id)
const conversation = $('conversation')
const announcer = $('announcer')
const form = $('composer')
const messageBox = $('message')
const modelSelect = $('model')
const userSelect = $('user')
const sendButton = $('send')

/** The turns sent with each request: refused prompts are left out, redacted replies kept as shown. */
const history = []
/** Last rate-limit and budget headers seen, per user ('' is anonymous). */
const limitsByUser = new Map()
/** Until a request shows otherwise, ask for a stream; a route without streaming refuses the `stream` field. */
let streamingSupported = true

function element(tag, className, text) {
  const node = document.createElement(tag)
  if (className) node.className = className
  if (text !== undefined) node.textContent = text
  return node
}

/** Fills `target` with `text`, each `[REDACTED:type]` shown as a labelled mark. */
function renderWithMarks(target, text) {
  target.replaceChildren()
  let cursor = 0
  for (const match of text.matchAll(REDACTION)) {
    target.append(text.slice(cursor, match.index))
    const mark = element('mark', 'redacted', `redacted: ${match[1]}`)
    mark.title = `The reply guard removed a ${match[1].replaceAll('_', ' ')} here`
    target.append(mark)
    cursor = match.index + match[0].length
  }
  target.append(text.slice(cursor))
}

function addMessage(kind, who) {
  const item = element('li', `msg ${kind}`)
  item.append(element('span', 'who', who))
  const text = element('p', 'text')
  item.append(text)
  conversation.append(item)
  scrollToLatest()
  return { item, text }
}

function scrollToLatest() {
  conversation.scrollTop = conversation.scrollHeight
}

/** A refusal exactly as the API answered it: status, code, message, details, request id. */
function addRefusal(error, retryAfter) {
  const { item, text } = addMessage('refusal', 'Refused')
  item.setAttribute('data-code', String(error.code))
  text.replaceChildren(element('span', 'refusal-code', `${error.statusCode} ${error.code}`), ` ${error.message}`)
  const details = Array.isArray(error.details) ? error.details : []
  if (details.length > 0) {
    const list = element('ul')
    for (const detail of details) list.append(element('li', '', describeDetail(detail)))
    item.append(list)
  }
  const meta = [`request ${error.requestId}`]
  if (retryAfter) meta.push(`retry after ${retryAfter} s`)
  item.append(element('p', 'meta', meta.join(' · ')))
  announcer.textContent = `Refused: ${error.code}. ${error.message}`
  scrollToLatest()
}

function describeDetail(detail) {
  const parts = [detail.path]
  if (detail.type) parts.push(`${detail.type}${detail.count ? ` × ${detail.count}` : ''}`)
  if (detail.message) parts.push(detail.message)
  if (detail.limit !== undefined) parts.push(`limit: ${[].concat(detail.limit).join(', ')}`)
  return parts.join(': ')
}

function rememberLimits(user, headers) {
  const known = limitsByUser.get(user) ?? {}
  for (const name of [
    'x-ratelimit-limit',
    'x-ratelimit-remaining',
    'x-ratelimit-reset',
    'x-budget-limit',
    'x-budget-remaining',
  ]) {
    const value = headers.get(name)
    if (value !== null) known[name] = value
  }
  limitsByUser.set(user, known)
  showLimits()
}

function showLimits() {
  const known = limitsByUser.get(userSelect.value) ?? {}
  const limit = known['x-ratelimit-limit']
  $('rate-limit').textContent =
    limit === undefined
      ? 'No request yet'
      : `${known['x-ratelimit-remaining']} of ${limit} left, resets in ${known['x-ratelimit-reset']} s`
  const budget = known['x-budget-limit']
  $('budget-row').hidden = budget === undefined
  $('budget').textContent = budget === undefined ? '' : `${known['x-budget-remaining']} of ${budget} tokens left`
}

function post(messages, stream) {
  const headers = { 'content-type': 'application/json' }
  if (userSelect.value) headers['x-user-id'] = userSelect.value
  const body = { model: modelSelect.value, messages, ...(stream && { stream: true }) }
  return fetch(CHAT_URL, { method: 'POST', headers, body: JSON.stringify(body) })
}

/** True when the route refused the request only because it does not know the `stream` field (no streaming yet). */
async function refusesStreamField(response) {
  if (response.status !== 400) return false
  const error = await response
    .clone()
    .json()
    .catch(() => null)
  return Boolean(error?.details?.some((detail) => /\bstream\b/.test(`${detail.path} ${detail.message ?? ''}`)))
}

async function send(prompt) {
  const messages = [...history, { role: 'user', content: prompt }]
  addMessage('user', `You (${userSelect.value || 'anonymous'})`).text.textContent = prompt
  let response = await post(messages, streamingSupported)
  if (streamingSupported && (await refusesStreamField(response))) {
    streamingSupported = false
    response = await post(messages, false)
  }
  rememberLimits(userSelect.value, response.headers)
  const type = response.headers.get('content-type') ?? ''
  if (response.ok) {
    $('reply-mode').textContent = type.includes('text/event-stream') ? 'Streamed' : 'Whole (this route does not stream)'
  }
  if (!response.ok) {
    const error = await response.json().catch(() => ({
      statusCode: response.status,
      code: 'HTTP_ERROR',
      message: response.statusText,
      requestId: 'unknown',
    }))
    addRefusal(error, response.headers.get('retry-after'))
    return
  }
  history.push({ role: 'user', content: prompt })
  const reply = addMessage('assistant', `Mistral (${modelSelect.value})`)
  const content = type.includes('text/event-stream')
    ? await readStream(response, reply)
    : await readWhole(response, reply)
  history.push({ role: 'assistant', content })
}

async function readWhole(response, reply) {
  const body = await response.json()
  renderWithMarks(reply.text, body.content)
  scrollToLatest()
  announcer.textContent = reply.text.textContent
  return body.content
}

/** Reads the route's server-sent events: deltas, then `done`, then `[DONE]`; or an `error` event after the first byte. */
async function readStream(response, reply) {
  reply.item.setAttribute('aria-busy', 'true')
  let content = ''
  let buffered = ''
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader()
  try {
    for (;;) {
      const { value, done } = await reader.read()
      if (done) break
      buffered += value.replaceAll('\r\n', '\n')
      let end = buffered.indexOf('\n\n')
      while (end !== -1) {
        const event = parseEvent(buffered.slice(0, end))
        buffered = buffered.slice(end + 2)
        end = buffered.indexOf('\n\n')
        if (event.name === 'error') {
          addRefusal(JSON.parse(event.data))
          return content
        }
        if (event.data === '[DONE]' || event.data === '') continue
        const data = JSON.parse(event.data)
        if (data.type === 'delta') {
          content += data.content
          renderWithMarks(reply.text, content)
          scrollToLatest()
        }
      }
    }
  } finally {
    reply.item.removeAttribute('aria-busy')
  }
  announcer.textContent = reply.text.textContent
  return content
}

function parseEvent(frame) {
  let name = 'message'
  const data = []
  for (const line of frame.split('\n')) {
    if (line.startsWith('event:')) name = line.slice(6).trim()
    else if (line.startsWith('data:')) data.push(line.slice(5).replace(/^ /, ''))
  }
  return { name, data: data.join('\n') }
}

async function refreshAudit() {
  const response = await fetch(AUDIT_URL).catch(() => null)
  if (!response?.ok) return
  const { entries } = await response.json()
  const list = $('audit')
  list.replaceChildren(...entries.toReversed().map(auditItem))
  $('audit-empty').hidden = entries.length > 0
}

function auditItem(entry) {
  const item = element('li', entry.statusCode < 400 ? 'ok' : 'failed')
  const time = new Date(entry.timestamp).toLocaleTimeString()
  const head = element('div', 'line')
  head.append(
    element('span', 'status', `${entry.statusCode} ${entry.errorCode ?? 'OK'}`),
    element('span', 'detail', `${entry.userId ?? 'anonymous'} · ${time}`),
  )
  const facts = [entry.model ?? 'no model', `${Math.round(entry.latencyMs)} ms`]
  if (entry.tokensUsed) facts.push(`${entry.tokensUsed.total} tokens`)
  for (const finding of entry.findings) {
    facts.push(`${finding.direction} ${finding.type} × ${finding.count}: ${finding.action}`)
  }
  item.append(head, element('div', 'detail', facts.join(' · ')))
  return item
}

form.addEventListener('submit', async (event) => {
  event.preventDefault()
  const prompt = messageBox.value.trim()
  if (!prompt || sendButton.disabled) return
  messageBox.value = ''
  sendButton.disabled = true
  try {
    await send(prompt)
  } catch (error) {
    addRefusal({ statusCode: 0, code: 'NETWORK_ERROR', message: String(error.message ?? error), requestId: 'none' })
  } finally {
    sendButton.disabled = false
    messageBox.focus()
    refreshAudit()
  }
})

messageBox.addEventListener('keydown', (event) => {
  if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
    event.preventDefault()
    form.requestSubmit()
  }
})

for (const sample of document.querySelectorAll('button.sample')) {
  sample.addEventListener('click', () => {
    messageBox.value = sample.dataset.prompt
    messageBox.focus()
  })
}

userSelect.addEventListener('change', showLimits)
refreshAudit()
setInterval(() => {
  if (document.visibilityState === 'visible') refreshAudit()
}, AUDIT_POLL_MS)
