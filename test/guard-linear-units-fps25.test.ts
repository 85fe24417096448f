import { linearWorkOnUnits } from './helpers/linear-units.js'

// The readings added by round 25's false-positive attack (test/attack25/fps25-*.test.ts), in a process of their own
// (the work meter patches the regex and string primitives of its process): the traceback frame lines of
// traceback-frames.ts, the settings below a label of secrets.ts, the UPS tracking numbers of phone.ts, a token's claims
// after its name, the request lines of secret-value.ts.
linearWorkOnUnits("a traceback frame's line over its source", [
  '  File "/app/auth.py", line 42, in verify_token\n    payload = jwt.decode(token, KEY, algorithms=["HS256"])\n',
  'File "a", line 1, in token\nx=1\n',
  'File "File "File "File ", line 1, in token\n',
  'Cell In[3], line 5, in get_token\n',
  ' in token in token in token\n',
])

linearWorkOnUnits("a setting's line below a label", [
  '## Token\nexpiry=3600s\n',
  'Password settings:\nmin_length=12\n',
  'token\nab_ab_ab_ab_ab_ab_ab_ab_ab=\n',
  'token\nabAbAbAbAbAbAbAbAbAbAb=x\n',
  'Session token\nMAX_AGE=Xk9mQ2vLp7wZr4Tb\n',
])

linearWorkOnUnits("a UPS tracking number's digits", [
  '1Z 999 AA1 01 2345 6784 ',
  '1Z 1Z 1Z 1Z 1Z 1Z 01 2345 6784 ',
  'AA1 01 2345 6784 0176 98765432 ',
  '1Z999AA1 0123 4567 84 0 0 0 0 0 ',
])

linearWorkOnUnits("a token's claims after its name", [
  'Token scope: repo,read:org\n',
  'token_scope=repo,read:org ',
  'Token kid: Token kid: Token kid: ',
  'Secret version: 7f2c1a9e-4b3d-4e5f-8a9b-0c1d2e3f4a5b ',
])

linearWorkOnUnits("an endpoint's request line after a token's name", [
  'Refresh token: `POST /auth/refresh`\n',
  'token: "GET /x HTTP/1.1" ',
  'token: `POST ////////////////////////////////////////` ',
  'token: `GET https://https://https:// HTTP/1 HTTP/1` ',
])
