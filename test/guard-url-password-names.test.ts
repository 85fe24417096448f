import t from 'tap'
import { assertFound, assertNothingFound } from './helpers/guard-cases.js'

// `url_password` is the password a URL is fetched with (Ansible's `uri` and `get_url` modules take `url_username` and
// `url_password`): a URL before a password's word says which password it is, as `env` and `file` do (secrets.ts'
// isUrlPassword). Before a token or a secret a URL still names a path to one (test/guard-personal-labels.test.ts).

t.test('a URL password is a password', async (t) => {
  assertFound(t, [
    [
      '- name: Download the release\n  ansible.builtin.get_url:\n    url: https://repo.corp.net/app.tgz\n' +
        '    url_username: deploy\n    url_password: Sommer2024!x\n    dest: /opt/app.tgz',
      'Sommer2024!x',
    ],
    ['URL_PASSWORD=Xq7vLm2Rz9wKp4', 'Xq7vLm2Rz9wKp4'],
    ['uriPassword = "Sommer2024!x"', 'Sommer2024!x'],
  ])
})

t.test('names about a URL password, and a URL token, are not', async (t) => {
  assertNothingFound(t, [
    '    url_password: "{{ vault_deploy_password }}"',
    'password_url: https://id.corp.net/reset',
    'url_password_hint: Sommer2024!x',
    'url_token = "Xk92mqLz7Wq"',
    'url_secret: "projects/p2/secrets/webhook"',
  ])
})
