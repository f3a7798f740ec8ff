/** The row types of the API's SQL against the model; tsc checks the type assertions, vitest runs the rest. */
import { describe, expectTypeOf, it } from 'vitest'
import type { Spend, TreasuryDay } from '../model/generated'
import type { AssetCols, Row, Snake } from './row'

describe('Row<Entity>', () => {
  it('names columns as the squid names them, and types them as pg returns them', () => {
    expectTypeOf<Snake<'nativeAmount'>>().toEqualTypeOf<'native_amount'>()
    expectTypeOf<Snake<'inBountyReturnedCount'>>().toEqualTypeOf<'in_bounty_returned_count'>()
    type S = Row<Spend>
    // numeric as text, nullable as null, a relation as its id column, a OneToMany list as no column
    expectTypeOf<S['amount']>().toEqualTypeOf<string>()
    expectTypeOf<S['native_amount']>().toEqualTypeOf<string | null>()
    expectTypeOf<S['approved_at']>().toEqualTypeOf<Date | null>()
    expectTypeOf<S['asset_id']>().toEqualTypeOf<string>()
    expectTypeOf<S['status']>().toEqualTypeOf<Spend['status']>()
    expectTypeOf<S>().not.toHaveProperty('events')
    expectTypeOf<S>().not.toHaveProperty('nativeAmount')
    expectTypeOf<Row<TreasuryDay>['closed']>().toEqualTypeOf<boolean>()
    expectTypeOf<AssetCols>().toEqualTypeOf<{ asset_id: string; asset_symbol: string; asset_decimals: number | null; asset_chain: string }>()
  })
})
