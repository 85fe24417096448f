import t from 'tap'
import { assertFound, assertNothingFound } from '../helpers/guard-cases.js'

/**
 * Round 32 (fp32), a false positive: the cloud's services and volume types named with a number (`route53`, `ec2`,
 * `k8s`, `gp3`) after a label (`password: route53 s3 ec2`, the services a runbook's password policy covers) read as a
 * weak password of letters and digits. They join the closed list of standards' names (`sha256`, `oauth2`, `utf8`), so
 * a value of other letters and digits, and a list of generated groups or of words each with a number, are still read.
 */

t.test("a cloud service's name after a label is no password", async (t) => {
  assertNothingFound(t, [
    'password: route53 s3 ec2',
    'password: route53',
    'Token: k8s',
    'password rotation applies to: ec2, route53',
    'volume type: gp3\npassword: io2',
  ])
})

t.test('passwords of letters and digits, grouped or not, are still read', async (t) => {
  assertFound(t, [
    ['password: Xk9 Qm2 Lp7 Rt4', 'Xk9 Qm2 Lp7 Rt4'],
    ['password: fox7 river9 Maple22', 'fox7 river9 Maple22'],
    ['password: step1 step2 step3', 'step1'],
    ['password: route53x', 'route53x'],
    ['password: python3', 'python3'],
    ['password: ec2-Xk9mQ2vLp7', 'ec2-Xk9mQ2vLp7'],
    ['password: Route53!Prod', 'Route53!Prod'],
  ])
})
