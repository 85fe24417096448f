import t from 'tap'
import { assertFound, assertNothingFound, assertStreamedAsWhole } from '../helpers/guard-cases.js'

/**
 * False positive, found by pasting a minified JavaScript bundle (one long line, no blanks between statements): after a
 * secret's name written as an object key or a property (`token:`, `.password=`), the unquoted value was read up to the
 * next blank, so it ran on over the code after it (`o.token,password:a.password};module.exports=o`) and that run,
 * punctuation and all, looked random: the code was redacted. Now a value opening with a member read of a mangled name
 * (`o.token`, `this.key`, `process.env.API_KEY`), such a name alone or a literal (`null`, `!0`, `void 0`), negated,
 * joined with `+` or as a condition's first arm, is that expression when code goes on right after it (a closing
 * bracket, `||`, `&&`, `?`, or `,`/`;` before the next name and its operator): secrets.ts' memberExpression. Babel's
 * `"Bearer ".concat(n.accessToken)` is the member, and `.concat("…")` the literal (which was left in clear before).
 * A quoted name closed by a call's bracket (`getItem("token"),password:…`) is given no value after the bracket
 * (closesCallAfterName). A quoted secret in the same code, and a random value with a dot in it (`k9.Qz7Lr;Vw=…`,
 * `Xk.P9mQ2vL7||…`), are still found.
 */

const MINIFIED = [
  'var t=n(12),r=n(7),o={token:r.default,secret:t.secret,password:e.password};module.exports=o;',
  'e.prototype.setToken=function(t){this.token=t.trim();this.key=t.key||this.key};',
  'const c={apiKey:process.env.KEY,token:o.token,password:a.password};',
  'return{accessToken:t.access_token,refreshToken:t.refresh_token,expiresIn:t.expires_in}',
  'a.password=b.password,a.token=b.token;a.secret=c?d.secret:null;',
  '{headers:{Authorization:"Bearer "+e.token},credentials:"include",mode:"cors"}',
  'o.default={secret:n.secret,key:n.key,token:i.getToken()};',
  'function s(e){return e.key==="Enter"?t(e):null}var u={password:"",token:null,key:n.key};',
  '!function(e,t){var n={key:e.b,c:t.d};return{key:"Escape",code:"KeyA",which:65,token:n.t,secret:r.s}}(this);',
  'var o=r.key,i=r.token||t.token,a={key:"ArrowDown",token:i.value};o.password=a.p;',
  'const{token:t,secret:s}=e;n.auth={password:!0,token:!1,key:void 0};',
  'e.apiKey=e.apiKey&&!e.secret;',
  'fetch(u).then(function(t){return e.token=t.access_token,t})},e}();',
  'Authorization="Bearer ".concat(n.accessToken),r.x=1;',
  'const o=e=>({...e,token:e.token??localStorage.getItem("token"),password:void 0});',
]

t.test('minified code after a secret name is no secret', async (t) => {
  assertNothingFound(t, [...MINIFIED, MINIFIED.join('')])
})

t.test('a secret in minified code, and a random value holding a dot, are still found', async (t) => {
  assertFound(t, [
    ['a.password="Xk9#mQ2vL7pZ",a.token=b.token;', 'Xk9#mQ2vL7pZ'],
    ['{password:"Xk9#mQ2vL7pZ",user:n.user}', 'Xk9#mQ2vL7pZ'],
    ['password=k9.Qz7Lr;Vw=4mPx', 'k9.Qz7Lr;Vw=4mPx'],
    ['password=Xk.P9mQ2vL7||true', 'Xk.P9mQ2vL7'],
    ['token:Zq.7Lr9xWm4Tq},b:c.d', 'Zq.7Lr9xWm4Tq'],
    ['Authorization="Bearer ".concat("Xk9mQ2vL7pZq4Tq"),r.x=1;', 'Xk9mQ2vL7pZq4Tq'],
    ['token = get("token")||"Xk9mQ2vL7pZq4Tq"', 'Xk9mQ2vL7pZq4Tq'],
  ])
})

t.test('streamed as whole', async (t) => {
  assertStreamedAsWhole(t, MINIFIED)
})
