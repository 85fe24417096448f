import { linearWorkOnUnits } from './helpers/linear-units.js'

// The readings added by round 24's false-positive attack (test/attack24/fps24-*.test.ts), in a process of their own
// (the work meter patches the regex and string primitives of its process): the measures after a code's digits and
// the TLS session block of short-names.ts, the patterns, bundler calls, advisories and packages of secret-value.ts,
// the described models of security-keys.ts.
linearWorkOnUnits("a code's digits with a measure after them", [
  'OTP: 4821 ms ',
  'verification code 1532 times ',
  'OTP OTP OTP 4821 ',
  'OTP: 4821 s s s ',
])

linearWorkOnUnits("a TLS session's id in OpenSSL's block", [
  'SSL-Session:\n    Session-ID: a1b2c3d4e5f60718293a4b5c6d7e8f90\n    Session-ID-ctx: \n',
  'Session-ID: a1b2c3d4e5f60718293a4b5c6d7e8f90\n',
  'SSL-Session:SSL-Session:',
  'session_id=a1b2c3d4e5f60718 Session-ID-ctx:\n',
])

linearWorkOnUnits('a pattern, a call, an advisory or a package after a label', [
  'password: [A-Za-z0-9]{12} ',
  'password: [[[[[[[[ ',
  'password: [\\\\\\\\\\\\{1,}',
  'password: \\w{8,}\\w{8,}\\w{8,} ',
  'token=(0,c.getToken)(e),',
  'token: (0,(0,(0,(0, ',
  'token: GHSA-p6mc-m468-83gw ',
  'auth: @auth0/nextjs-auth0@3.5.0 ',
  'auth: @a/@a/@a/@a/ ',
  'token := jwt.NewWithClaims(jwt.SigningMethodHS256, claims) ',
  'token = a.ABCDEFGHABCDEFGHABCDEFGHABCDEFGHx ',
  'token = a.aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa1 ',
  'key := jose.SigningKey{{{{ ',
  'token: v2.0.0-beta.11+exp.sha.5114f85 ',
  'token: 1.1.1-1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1 ',
  'password: "string (8-64 chars)" ',
  'password: string ((((((( ',
])

linearWorkOnUnits('a security key model with what is said about it', [
  'Security key: YubiKey 5C NFC (firmware 5.4.3)\n',
  'Security key: Google Titan Security Key (USB-C/NFC)\n',
  'Security key: YubiKey YubiKey YubiKey ',
  'Security key: google google ',
  'Security key: YubiKey 5C - - - - ',
])

linearWorkOnUnits("Algolia's search-only key", [
  'search-only API key: 6be0576ff61c053d5f9a3225e2a90f76\n',
  'search only search only API key API key ',
  'ALGOLIA_SEARCH_ONLY_API_KEY=x ',
])

linearWorkOnUnits('the entry below an empty secret', [
  'API_KEY=\nMODEL=gpt-4o-mini\n',
  'API_KEY=\n',
  'password:\n  - PORT=\n',
  'token =\nexport export export ',
])

linearWorkOnUnits("a placeholder of a secret's length and kind", [
  'ENCRYPTION_KEY=32-byte-hex-string ',
  'api_key: hex-hex-hex-hex-hex-hex-hex-32 ',
  'api_key: 32-32-32-32-32-32-32-32-32 ',
  'password: min-min-min-min-8-char-hex-hex-hex-hex-hex ',
])

linearWorkOnUnits("a stack frame's location", [
  '    at verifyToken (/app/src/auth/verify.ts:42:23)\n',
  'token (/a/a/a/a/a/a/a/a/a/a/a/a/a/a/a/a/a/a.ts:1:1) ',
  'token (:1:1:1:1:1:1:1:1:1:1:1) ',
])
