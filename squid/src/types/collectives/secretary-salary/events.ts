import {sts, Block, Bytes, Option, Result, EventType, RuntimeCtx} from '../support'
import * as v2000000 from '../v2000000'

export const inducted =  {
    name: 'SecretarySalary.Inducted',
    /**
     * A member is inducted into the payroll.
     */
    v2000000: new EventType(
        'SecretarySalary.Inducted',
        sts.struct({
            who: v2000000.AccountId32,
        })
    ),
}

export const registered =  {
    name: 'SecretarySalary.Registered',
    /**
     * A member registered for a payout.
     */
    v2000000: new EventType(
        'SecretarySalary.Registered',
        sts.struct({
            who: v2000000.AccountId32,
            amount: sts.bigint(),
        })
    ),
}

export const paid =  {
    name: 'SecretarySalary.Paid',
    /**
     * A payment happened.
     */
    v2000000: new EventType(
        'SecretarySalary.Paid',
        sts.struct({
            who: v2000000.AccountId32,
            beneficiary: v2000000.AccountId32,
            amount: sts.bigint(),
            id: sts.bigint(),
        })
    ),
}

export const cycleStarted =  {
    name: 'SecretarySalary.CycleStarted',
    /**
     * The next cycle begins.
     */
    v2000000: new EventType(
        'SecretarySalary.CycleStarted',
        sts.struct({
            index: sts.number(),
        })
    ),
}

export const swapped =  {
    name: 'SecretarySalary.Swapped',
    /**
     * A member swapped their account.
     */
    v2000000: new EventType(
        'SecretarySalary.Swapped',
        sts.struct({
            who: v2000000.AccountId32,
            newWho: v2000000.AccountId32,
        })
    ),
}
