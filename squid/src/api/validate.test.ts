import { GraphQLError } from 'graphql'
import { describe, expect, it } from 'vitest'
import { accountArg } from './validate'

// //Alice: one public key, three address formats
const ALICE_KEY = '0xd43593c715fdd31c61141abd04a99fd6822c8558854ccde39a5684e7a56da27d'
const ALICE_POLKADOT = '15oF4uVJwmo4TdGW7VfQxNLavjCXviqxT9S1MgbjMNHr6Sp5'
const ALICE_KUSAMA = 'HNZata7iMYWmk5RvZRTiAsSDhV8366zq2YGb3tLH5Upf74F'
const ALICE_SUBSTRATE = '5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY'

describe('accountArg', () => {
  it('turns any address format of one account into the same stored forms', () => {
    const forms = [ALICE_POLKADOT, ALICE_KUSAMA, ALICE_SUBSTRATE]
    for (const input of [ALICE_KEY, ALICE_KEY.toUpperCase().replace('0X', '0x'), ...forms]) expect(accountArg(input, 'payer')).toEqual(forms)
  })

  it('names the argument and the value it could not read', () => {
    const bad = [
      ['15oF4uVJwmo4TdGW7VfQxNLavjCXviqxT9S1MgbjMNHr6Sp6', 'must be an SS58 address or a 0x-prefixed 32-byte public key, got "15oF4uVJwmo4TdGW7VfQxNLavjCXviqxT9S1MgbjMNHr6Sp6"'], // checksum
      ['0xd435', 'must be an SS58 address'],
      ['alice', 'must be an SS58 address'],
    ]
    for (const [input, message] of bad) {
      let error: unknown
      try {
        accountArg(input, 'beneficiary')
      } catch (e) {
        error = e
      }
      expect(error).toBeInstanceOf(GraphQLError)
      expect((error as GraphQLError).message).toContain(`beneficiary ${message}`)
      expect((error as GraphQLError).extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'beneficiary' })
    }
  })
})
