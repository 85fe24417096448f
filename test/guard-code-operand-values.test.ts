import t from 'tap'
import { assertFound, assertNothingFound, assertStreamedAsWhole } from './helpers/guard-cases.js'

// Code names its types and variables after secrets (`Token`, `SecretKey`, `Pass`): what follows such a name is an
// operand, not a value, when it is dereferenced or taken by reference (`*resp.Token`, `&self.tokens[i]`, a pointer's
// declaration `Token *next_token(Lexer`) or a path's member (`Token::new(…)`, read as `Token`, `:` and `:new(…)`).
// secret-value.ts judges the operand (isCodeExpression) and the member (withoutReferences) for what they are.

const CODE = [
  // C and C++: pointer declarations and dereferences.
  'static struct token *parse_primary(struct parser *p) {\n  struct token *t = p->cur;',
  'OSSL_DEPRECATEDIN_3_0 EC_KEY *d2i_ECPrivateKey_fp(FILE *fp, EC_KEY **eckey);',
  'struct ec_key_st *EVP_PKEY_get1_EC_KEY(EVP_PKEY *pkey);',
  'FunctionPass *createCFGSimplificationPass(\n    SimplifyCFGOptions Options = SimplifyCFGOptions());',
  'PassRegistry &Registry = *PassRegistry::getPassRegistry();',
  // C++, Rust, PHP and Ruby paths.
  'Token::Kind k = Token::Identifier;\nauto p = Password::fromString(s);',
  'auto token = Token::make(Kind::Ident, text);',
  'let token: Token = Token::new(TokenKind::Eof);',
  'match token { Token::Ident(name) => name, _ => unreachable!() }',
  'token = Token::Generator.new(user)',
  '  using llvm::Pass::doInitialization;\n  using llvm::Pass::doFinalization;',
  // Go and Rust references.
  'var token *oauth2.Token\ntoken, err = conf.Exchange(ctx, code)',
  'token := *resp.Token',
  'let token: &Token = &tokens[0];\nlet key: Option<&Key> = map.get(&id);',
  'let token = &self.tokens[self.pos];',
  'let secret: &str = &config.secret;',
]

t.test('an operand or a path member after a secret-named type or variable is code', async (t) => {
  assertNothingFound(t, CODE)
})

t.test('a secret written after the same marks is still one', async (t) => {
  assertFound(t, [
    ['password = "&Tr0ub4dor3"', '&Tr0ub4dor3'],
    ['password: *Xk92mQ7vLp3zR8', 'Xk92mQ7vLp3zR8'],
    ['PASSWORD=&hunter2Xq9', 'hunter2Xq9'],
    ['token = *Xk9mPq2vL7wZr4', 'Xk9mPq2vL7wZr4'],
    // A random value after `password::` is no path's member.
    ['password::Xk92mQ7vLp3z', 'Xk92mQ7vLp3z'],
    ['token::8f3a2b1c9d7e6f5a4b3c', '8f3a2b1c9d7e6f5a4b3c'],
  ])
})

t.test('code streamed comes out as the whole of it', async (t) => {
  assertStreamedAsWhole(t, [CODE.join('\n'), `${CODE.slice(0, 5).join('\n')}\npassword = "&Tr0ub4dor3"`])
})
