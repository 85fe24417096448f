import { argvCommandDetector } from './argv-commands.js'
import { authFileDetector } from './auth-files.js'
import { bankAccountDetector, keyedAccountDetector } from './bank-accounts.js'
import { basicCredentialsDetector, encodedCredentialsDetector } from './basic-credentials.js'
import { birthDateDetector } from './birth-dates.js'
import { bitLockerKeyDetector } from './bitlocker-keys.js'
import { databaseUrlDetector, jwtDetector, privateKeyDetector } from './blocks.js'
import { comboPasswordDetector } from './combo-lines.js'
import { commandSecretDetector } from './command-secrets.js'
import { configPairDetector } from './config-pairs.js'
import { emailDetector, ipAddressDetector } from './contact.js'
import { cookieDetector } from './cookies.js'
import { credentialPairDetectors } from './credential-pairs.js'
import { bracedSchemeDetector, crackedHashDetector, cryptHashDetector } from './crypt-hashes.js'
import { deviceConfigDetector } from './device-configs.js'
import { documentNumberDetector } from './document-numbers.js'
import { encodedPrivateKeyDetector } from './encoded-keys.js'
import { creditCardDetector, ibanDetector, ssnDetector } from './financial.js'
import { johnShowDetector, windowsHashDetector } from './hash-dumps.js'
import { kubernetesSecretDataDetector } from './k8s-secrets.js'
import { languageKeyLabelDetector } from './key-labels.js'
import { keyMaterialDetector } from './key-material.js'
import { awsSecretKeyDetector, mistralKeyDetector } from './keyword-tokens.js'
import { labelledIpDetector } from './labelled-ips.js'
import { unlessLabelledAsIdentifier } from './labels.js'
import { loginAbbreviationDetector } from './login-abbreviations.js'
import { mailLoginDetector } from './mail-logins.js'
import { nationalIdDetector } from './national-ids.js'
import { netrcDetector } from './netrc-files.js'
import { obfuscatedEmailDetector } from './obfuscated-emails.js'
import { oracleCredentialDetector } from './oracle-credentials.js'
import { panNumberDetector } from './pan-numbers.js'
import { phoneDetector } from './phone.js'
import { positionalCredentialDetector } from './positional-credentials.js'
import { providerTokenDetectors } from './provider-tokens.js'
import { provisioningDetector } from './provisioning.js'
import { recoveryCodeDetector } from './recovery-codes.js'
import { genericSecretDetector } from './secrets.js'
import { securityAnswerDetector } from './security-answers.js'
import { serviceSecretDetector } from './service-secrets.js'
import {
  cardCodeColumnDetector,
  cardCodeDetector,
  codeColumnDetector,
  oneTimeCodeDetector,
  shortNameDetector,
} from './short-names.js'
import { signedSessionDetector } from './signed-sessions.js'
import { queryKeyDetector, signedUrlDetector } from './signed-urls.js'
import { spacedPassphraseDetector } from './spaced-passphrases.js'
import { prefixedTokenDetectors } from './tokens.js'
import { toolPasswordDetector } from './tool-passwords.js'
import type { Detector, SensitiveType } from './types.js'
import { unprefixedTokenDetectors } from './unprefixed-tokens.js'
import { walletKeyDetector } from './wallet-keys.js'
import { xmlRpcCallDetector } from './xmlrpc-calls.js'

/** Every built-in detector, by type. */
export const BUILT_IN_DETECTORS: readonly Detector[] = [
  ...prefixedTokenDetectors,
  ...providerTokenDetectors,
  ...unprefixedTokenDetectors,
  signedUrlDetector,
  privateKeyDetector,
  encodedPrivateKeyDetector,
  jwtDetector,
  databaseUrlDetector,
  awsSecretKeyDetector,
  ...credentialPairDetectors,
  mistralKeyDetector,
  genericSecretDetector,
  queryKeyDetector,
  shortNameDetector,
  oneTimeCodeDetector,
  codeColumnDetector,
  loginAbbreviationDetector,
  cookieDetector,
  signedSessionDetector,
  basicCredentialsDetector,
  encodedCredentialsDetector,
  commandSecretDetector,
  oracleCredentialDetector,
  walletKeyDetector,
  recoveryCodeDetector,
  bitLockerKeyDetector,
  netrcDetector,
  securityAnswerDetector,
  toolPasswordDetector,
  mailLoginDetector,
  xmlRpcCallDetector,
  argvCommandDetector,
  positionalCredentialDetector,
  deviceConfigDetector,
  provisioningDetector,
  authFileDetector,
  spacedPassphraseDetector,
  serviceSecretDetector,
  kubernetesSecretDataDetector,
  languageKeyLabelDetector,
  keyMaterialDetector,
  configPairDetector,
  creditCardDetector,
  cardCodeDetector,
  cardCodeColumnDetector,
  ibanDetector,
  bankAccountDetector,
  keyedAccountDetector,
  unlessLabelledAsIdentifier(ssnDetector),
  unlessLabelledAsIdentifier(nationalIdDetector),
  panNumberDetector,
  documentNumberDetector,
  birthDateDetector,
  emailDetector,
  obfuscatedEmailDetector,
  comboPasswordDetector,
  cryptHashDetector,
  bracedSchemeDetector,
  crackedHashDetector,
  windowsHashDetector,
  johnShowDetector,
  unlessLabelledAsIdentifier(phoneDetector),
  ipAddressDetector,
  labelledIpDetector,
]

// On overlap the higher rank wins: a key inside a PEM block is the block, a GitHub token assigned to
// GITHUB_TOKEN is a github_token rather than a generic_secret, an IBAN's digits are not a phone number.
const RANKS: Readonly<Record<SensitiveType, number>> = {
  private_key: 100,
  jwt: 95,
  aws_access_key: 90,
  github_token: 90,
  gitlab_token: 90,
  slack_token: 90,
  stripe_key: 90,
  openai_key: 90,
  anthropic_key: 90,
  google_api_key: 90,
  npm_token: 90,
  twilio_key: 90,
  sendgrid_key: 90,
  api_token: 90,
  database_url: 85,
  aws_secret_key: 80,
  mistral_key: 80,
  iban: 70,
  credit_card: 70,
  national_id: 67,
  ssn: 65,
  generic_secret: 50,
  // Above the phone and IP readers, which may read a date's digits; below every identifier that embeds a birth date.
  date_of_birth: 45,
  email: 40,
  phone: 30,
  ip_address: 30,
}

/** Custom rules are the operator's explicit intent, so they outrank built-ins. */
export const CUSTOM_RULE_RANK = 110

export function rankOf(type: string): number {
  return RANKS[type as SensitiveType] ?? CUSTOM_RULE_RANK
}
