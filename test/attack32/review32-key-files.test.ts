import t from 'tap'
import { assertFound, assertNothingFound } from '../helpers/guard-cases.js'

/**
 * Review 32, a leak of fp32's key files: a secret's file named before a command's next operand (`ssh -i
 * ~/.ssh/prod_key root@db01`) gave no value, whatever that operand was, a password too (`cat
 * /run/secrets/db_password Xk9mQ2vLp7aB`, `ssh-add ~/.ssh/prod_key Spring2025`). A host, a path or a command is never
 * random, a policy's password nor written with a password's symbols: such an operand is read as ever.
 */

t.test("a password after a secret's file is read", async (t) => {
  assertFound(t, [
    ['ssh-add ~/.ssh/prod_key Xk9mQ2vLp7aB', 'Xk9mQ2vLp7aB'],
    ['cat /run/secrets/db_password Qz7#pL2!xW9', 'Qz7#pL2!xW9'],
    ['ssh-add ~/.ssh/prod_key Spring2025', 'Spring2025'],
    ['ssh -i /run/secrets/db_password Tr0ub4dor&3@db01', 'Tr0ub4dor&3'],
    ['ssh -i "~/.ssh/prod_key" Xk9mQ2vLp7aB', 'Xk9mQ2vLp7aB'],
  ])
})

t.test("a host, a path or a command after a secret's file stays clean", async (t) => {
  assertNothingFound(t, [
    'ssh -i ~/.ssh/prod_key root@db01',
    'ssh -i deploy_key ec2-user@ip-10-0-1-12',
    'cp $HOME/.config/gh/api_token.json bak2024/',
    'ssh -i ./keys/staging_key jenkins@ci01 uptime',
    'ssh -i "~/.ssh/prod_key" root@db01',
  ])
})
