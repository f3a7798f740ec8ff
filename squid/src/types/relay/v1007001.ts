import {sts, Result, Option, Bytes, BitSequence} from './support'

export const AccountId32 = sts.bytes()

export const UnexpectedKind: sts.Type<UnexpectedKind> = sts.closedEnum(() => {
    return  {
        BalanceUpdated: sts.unit(),
        FailedToMutateAccount: sts.unit(),
    }
})

export type UnexpectedKind = UnexpectedKind_BalanceUpdated | UnexpectedKind_FailedToMutateAccount

export interface UnexpectedKind_BalanceUpdated {
    __kind: 'BalanceUpdated'
}

export interface UnexpectedKind_FailedToMutateAccount {
    __kind: 'FailedToMutateAccount'
}
