import { encodeEvent, testRuntime } from '../../test/support/chain'
import { typegenRuntime } from '../../test/support/metadata'
import { ALICE, BOB, CHARLIE } from '../../test/support/fixtures'
import { decodeEvents } from '@subsquid/substrate-data/lib/parsing/event'
import { toJSON } from '@subsquid/util-internal-json'
import { u8aConcat, u8aToHex, compactToU8a } from '@polkadot/util'
const T = '0x6d6f646c70792f74727372790000000000000000000000000000000000000000'
const paseo = testRuntime(typegenRuntime('relay', 'paseo', 1009003))
const reg = paseo.registry
console.log(u8aToHex(reg.createType('Phase', { ApplyExtrinsic: 3 }).toU8a()), u8aToHex(reg.createType('Phase', { Initialization: null }).toU8a()))
const evs: Uint8Array[] = []
for (let x = 1; x <= 3; x++) {
  const ph = reg.createType('Phase', { ApplyExtrinsic: x }).toU8a()
  for (const [n, a] of [['Balances.Withdraw', { who: ALICE, amount: 1000n }], ['Balances.Transfer', { from: ALICE, to: BOB, amount: 10n ** 10n }], ['Balances.Deposit', { who: T, amount: 800n }], ['Balances.Deposit', { who: CHARLIE, amount: 200n }], ['TransactionPayment.TransactionFeePaid', { who: ALICE, actualFee: 1000n, tip: 0n }]] as const)
    evs.push(u8aConcat(ph, encodeEvent(paseo, n, a as any), Uint8Array.of(0)))
}
const hex = u8aToHex(u8aConcat(compactToU8a(evs.length), ...evs))
let t0 = Date.now()
for (let i = 0; i < 2000; i++) { for (const d of decodeEvents(paseo.runtime, hex)) toJSON(d.args) }
console.log('decode per block ms', (Date.now() - t0) / 2000)
