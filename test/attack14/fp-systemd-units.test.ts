import t from 'tap'
import { assertClean } from './guard-cases.js'

/**
 * Promise (docs/guard.md, `email`): "npm scopes, decorators, `git@` remotes and `logo@2x.png` are not emails"; README:
 * few false positives on everyday text.
 *
 * Broken: a systemd template unit's instance name (`name@instance.service`, `.timer`) is taken for an e-mail
 * address, in every command that manages one: `systemctl enable --now wg-quick@wg0.service`, `postgresql@16-main`,
 * `openvpn-server@server`, `serial-getty@ttyS0`, `user@1000.service`, `backup@daily.timer`. `.service` and `.timer`
 * are unit suffixes, not top-level domains. Under `block` a Linux admin's question is refused; under `redact` the
 * command the model is asked about is garbled. Severity: medium (precision, on very common DevOps text).
 */

t.test('systemd template unit instances are not e-mail addresses', async (t) => {
  assertClean(t, [
    'systemctl enable --now wg-quick@wg0.service',
    'systemctl start postgresql@16-main.service',
    'journalctl -u openvpn-server@server.service',
    'systemctl status user@1000.service',
    'systemctl enable serial-getty@ttyS0.service',
    'systemctl start container-getty@1.service',
    'systemctl start backup@daily.timer',
    'systemctl restart nginx@site1.service',
    'sudo systemctl enable --now syncthing@jane.service',
  ])
})
