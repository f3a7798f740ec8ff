/**
 * pallet-salary's events on the Collectives chain (Collectives Polkadot 2000000 onwards), one instance per ranked
 * collective: FellowshipSalary (64), AmbassadorSalary (74), SecretarySalary (81). The instances share the pallet's
 * shapes; which collective an event is about is its pallet. A runtime whose shape typegen does not know throws
 * (decoders/decode.ts), naming chain and block.
 */
import { anyOf, eventDecoder, type Decoder, type EventVersions, type Runtime } from '../../decoders/decode'
import * as collectives from '../../types/collectives'

export type Collective = 'fellowship' | 'ambassador' | 'secretary'

/** One salary event; amounts are in the pallet's payment asset (Asset Hub's USDT, 6 decimals). */
export type SalaryChange =
  | { kind: 'Inducted'; collective: Collective; who: string }
  | { kind: 'Registered'; collective: Collective; who: string; amount: bigint }
  | { kind: 'Paid'; collective: Collective; who: string; beneficiary: string; amount: bigint; paymentId: bigint }
  | { kind: 'CycleStarted'; collective: Collective; index: number }
  | { kind: 'Swapped'; collective: Collective; who: string; newWho: string }

interface SalaryEventTypes {
  inducted: EventVersions
  registered: EventVersions
  paid: EventVersions
  cycleStarted: EventVersions
  swapped: EventVersions
}

function salaryDecoder(collective: Collective, T: SalaryEventTypes): Decoder<SalaryChange> {
  return anyOf<SalaryChange>(
    eventDecoder<{ who: string }, SalaryChange>(T.inducted, (v) => ({ kind: 'Inducted', collective, who: v.who })),
    eventDecoder<{ who: string; amount: bigint }, SalaryChange>(T.registered, (v) => ({ kind: 'Registered', collective, who: v.who, amount: v.amount })),
    eventDecoder<{ who: string; beneficiary: string; amount: bigint; id: bigint }, SalaryChange>(T.paid, (v) => ({ kind: 'Paid', collective, who: v.who, beneficiary: v.beneficiary, amount: v.amount, paymentId: v.id })),
    eventDecoder<{ index: number }, SalaryChange>(T.cycleStarted, (v) => ({ kind: 'CycleStarted', collective, index: v.index })),
    eventDecoder<{ who: string; newWho: string }, SalaryChange>(T.swapped, (v) => ({ kind: 'Swapped', collective, who: v.who, newWho: v.newWho })),
  )
}

export interface SalaryDecoders {
  salary: Decoder<SalaryChange>
}

export const SALARY_DECODERS: Readonly<Partial<Record<Runtime, SalaryDecoders>>> = {
  collectives: {
    salary: anyOf(
      salaryDecoder('fellowship', collectives.events.fellowshipSalary),
      salaryDecoder('ambassador', collectives.events.ambassadorSalary),
      salaryDecoder('secretary', collectives.events.secretarySalary),
    ),
  },
}
