import t from 'tap'
import { assertFound, assertNothingFound, found } from '../helpers/guard-cases.js'

/**
 * Round 32 (fp32), a false positive: an ssh key's file named in a command (`ssh -i ~/.ssh/prod_key root@db01`) ends in
 * `key`, a secret's word, so the command's next operand (the login at its host) was read as the key's value, as
 * `api_key Xk9…` gives one. A name that is a path's last part, has a key file's extension or is ssh's `-i` identity
 * file, with a blank after it, is a file: what follows is the command's next word. A secret's name with an operator,
 * or without a path, still reads its value.
 */

t.test("the operand after a key's file is no key", async (t) => {
  assertNothingFound(t, [
    'ssh -i ~/.ssh/deploy_key ops@web01',
    'ssh -i deploy_key ec2-user@ip-10-0-1-12',
    'ssh -i ~/.ssh/prod_key root@db01',
    'chmod 600 ~/.ssh/prod_key && ssh -i ~/.ssh/prod_key root@db01',
    'ssh -i C:\\Users\\ops\\.ssh\\prod_key root@db01',
    'ssh -i ./keys/staging_key jenkins@ci01 uptime',
    'cp $HOME/.config/gh/api_token.json bak2024/',
    'ssh -i "~/.ssh/prod_key" root@db01',
    "scp -i '~/.ssh/prod_key' backup.tgz root@db01:/srv/",
    "ssh -i '/home/ops/.ssh/prod_key' -p 2222 root@db01",
  ])
})

t.test('a key file with an extension leaves the address after it to the email detector', async (t) => {
  const text = 'ssh -i deploy_key.pem ec2-user@web01.acme.io'
  t.same(found(text), [['email', 'ec2-user@web01.acme.io']])
})

t.test('a secret after its name, with an operator or without a path, is still read', async (t) => {
  assertFound(t, [
    ['api_key Xk9mQ2vLp7aB3xZ', 'Xk9mQ2vLp7aB3xZ'],
    ['deploy_key: Xk9mQ2vLp7aB3xZ', 'Xk9mQ2vLp7aB3xZ'],
    ['secrets/api_key: Xk9mQ2vLp7aB3xZ', 'Xk9mQ2vLp7aB3xZ'],
    ['/run/secrets/api_token: Xk9mQ2vLp7aB3xZ', 'Xk9mQ2vLp7aB3xZ'],
    ['requirepass Xk9mQ2vLp7aB3xZ', 'Xk9mQ2vLp7aB3xZ'],
    ['ssh_key=Xk9mQ2vLp7aB3xZ', 'Xk9mQ2vLp7aB3xZ'],
    ['Login/Password Xk9mQ2vLp7aB3', 'Xk9mQ2vLp7aB3'],
    ['user/pass Tr0ub4dor&3xq', 'Tr0ub4dor&3xq'],
    ['deploy_key.pem\nXk9mQ2vLp7aB3xZ', 'Xk9mQ2vLp7aB3xZ'],
    ['ssh_key "Xk9mQ2vLp7aB3xZ"', 'Xk9mQ2vLp7aB3xZ'],
    ['"api_key" Xk9mQ2vLp7aB3xZ', 'Xk9mQ2vLp7aB3xZ'],
  ])
})
