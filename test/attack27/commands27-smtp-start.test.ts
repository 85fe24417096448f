import t from 'tap'
import { assertFound, assertNothingFound, found } from '../helpers/guard-cases.js'

/**
 * Round 27 (commands27): Ruby's Net::SMTP#start takes the login by position, `smtp.start(helo, user, "…")`, and its
 * authentication type last is optional (`:plain` unless given). The reader took the password before the type's symbol
 * only (`smtp.start(helo, user, "…", :login)`), so the call without it, the most common in mailer snippets, went out
 * in clear. Now a `start` on a receiver naming SMTP (`smtp`, `@smtp`, `smtp_conn`, `Net::SMTP.new(host, 587)`, read
 * back over its own call's brackets) gives its third literal when it has three places (Ruby's keyword arguments after
 * them are no places) or four with the type as a string (`'login'`) (src/guard/positional-credentials.ts,
 * callsOnSmtp). A `start` of anything else (`server.start('a', 'b', '…')`), a variable, a placeholder or another
 * fourth argument gives nothing.
 */

t.test("an SMTP client's start gives its password without an authentication type", async (t) => {
  assertFound(t, [
    ["smtp.start('mail.example.com', 'alice', 'S3cr3tPass!')", 'S3cr3tPass!'],
    ["smtp.start(helo, user, 'Xk29vLq7Zp')", 'Xk29vLq7Zp'],
    ['smtp.start(helo_domain, smtp_user, "Tr0ub4dor&3") do |s|', 'Tr0ub4dor&3'],
    ["@smtp.start 'example.com', 'alice', 'Hunter2Vault!'", 'Hunter2Vault!'],
    ["smtp_conn.start('example.com', 'alice', 'Tr0ub4dor&3', 'login')", 'Tr0ub4dor&3'],
    ['mailer.smtp.start("example.com", "bob", "Qz8!rT4wLm", "cram_md5")', 'Qz8!rT4wLm'],
    ["Net::SMTP.new('smtp.gmail.com', 587).start('gmail.com', 'alice', 'Xk29vLq7Zp') do |smtp|", 'Xk29vLq7Zp'],
    ["Net::SMTP.new(ENV.fetch('SMTP_HOST'), 587).start('gmail.com', 'alice', 'Mv7#pQ2zKe')", 'Mv7#pQ2zKe'],
    ["smtp.start('example.com', 'alice', 'Xk29vLq7Zp', tls_verify: false)", 'Xk29vLq7Zp'],
    ["Net::SMTP.start('smtp.example.org', 587, 'example.org', 'alice', 'Tr0ub4dor&3')", 'Tr0ub4dor&3'],
  ])
  t.same(found("smtp.start('mail.example.com', 'alice', 'S3cr3tPass!')"), [['generic_secret', 'S3cr3tPass!']])
})

t.test("other receivers' start, variables, placeholders and other arities give nothing", async (t) => {
  assertNothingFound(t, [
    "smtp.start(host, user, ENV['SMTP_PASS'])",
    'smtp.start(helo, user, secret)',
    "smtp.start('example.com', 'alice', 'password')",
    "smtp.start('example.com', 'alice', '<password>')",
    "smtp.start('example.com', 'alice', 'your_password')",
    "smtp.start('example.com', 'alice', '****')",
    "smtp.start('example.com', 'alice')",
    "smtp.start('a', 'b', 'c')",
    "smtp.start('example.com', 'alice', 'Xk29vLq7Zp', 'fast')",
    "smtp.start('example.com', 'alice', 'Xk29vLq7Zp', 'extra', 'args')",
    "server.start('a', 'b', 'Tr0ub4dor&3')",
    "Thread.start('worker', 'queue', 'Process-42')",
    "start('example.com', 'alice', 'Xk29vLq7Zp')",
    "pool.close).start('example.com', 'alice', 'Xk29vLq7Zp')",
    "Server.new(smtp_port).start('a', 'b', 'Xk29vLq7Zp')",
    'Call smtp.start() once the server is up.',
  ])
})
