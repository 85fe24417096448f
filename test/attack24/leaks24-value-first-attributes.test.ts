import t from 'tap'
import { assertFound, assertNothingFound, found } from '../helpers/guard-cases.js'

/**
 * Outside attack, round 24 (leaks). A tag's `value` attribute was read as a secret's only after the attribute naming
 * it (`<input name="password" value="…">`, `<add key="DbPassword" value="…" />`): HTML and XML put attributes in any
 * order, and with the value first (`<input value="…" name="password">`, `<add value="…" key="DbPassword" />`) it went
 * out in clear. Now a quoted secret's name in a naming attribute (`name`, `key`, `id`, `type`) reads back to its tag's
 * `<` for a `value` attribute before it (src/guard/secrets.ts, valueAttributeBefore), judged as an assigned value:
 * empty values, templates, button captions and another tag's value stay.
 */

const TAGS: ReadonlyArray<readonly [string, string]> = [
  ['<input value="Xk9mQ2vL7pR4" name="password">', 'Xk9mQ2vL7pR4'],
  ['<input value="Xk9mQ2vL7pR4" type="password">', 'Xk9mQ2vL7pR4'],
  ["<input value='Xk9mQ2vL7pR4' type='password' name='pw'>", 'Xk9mQ2vL7pR4'],
  ['<param value="Xk9mQ2vL7pR4" name="password"/>', 'Xk9mQ2vL7pR4'],
  ['<add value="Xk9mQ2vL7pR4" key="DbPassword" />', 'Xk9mQ2vL7pR4'],
  ['<setting value="Xk9mQ2vL7pR4" name="ApiKey"/>', 'Xk9mQ2vL7pR4'],
  ['<input class="form-control" value="Xk9mQ2vL7pR4" autocomplete="off" id="password">', 'Xk9mQ2vL7pR4'],
  ['<input\n  value="Xk9mQ2vL7pR4"\n  name="password"\n/>', 'Xk9mQ2vL7pR4'],
]

t.test("a tag's value attribute before the attribute naming the secret is found", async (t) => {
  assertFound(t, TAGS)
  t.same(found('<input value="Xk9mQ2vL7pR4" name="password">'), [['generic_secret', 'Xk9mQ2vL7pR4']])
})

t.test('values that are no secret, or not the named one, give nothing', async (t) => {
  assertNothingFound(t, [
    '<input value="" name="password">',
    '<input value="{{ form.password }}" name="password">',
    '<input value="Submit" name="password">',
    '<option value="reset" name="password">',
    '<input value="<%= @password %>" name="password">',
    '<input value="alice" name="username"><input name="password">',
    '<input value="Forgot your password?" type="button" id="password">',
    '<button value="Xk9mQ2vL7pR4" name="save">password</button>',
    'value="Xk9mQ2vL7pR4" name="password"',
  ])
})
