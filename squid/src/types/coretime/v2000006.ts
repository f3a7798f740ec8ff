import {sts, Result, Option, Bytes, BitSequence} from './support'

export const CoreAssignment: sts.Type<CoreAssignment> = sts.closedEnum(() => {
    return  {
        Idle: sts.unit(),
        Pool: sts.unit(),
        Task: sts.number(),
    }
})

export type CoreAssignment = CoreAssignment_Idle | CoreAssignment_Pool | CoreAssignment_Task

export interface CoreAssignment_Idle {
    __kind: 'Idle'
}

export interface CoreAssignment_Pool {
    __kind: 'Pool'
}

export interface CoreAssignment_Task {
    __kind: 'Task'
    value: number
}

export const ScheduleItem: sts.Type<ScheduleItem> = sts.struct(() => {
    return  {
        mask: CoreMask,
        assignment: CoreAssignment,
    }
})

export const CoreMask = sts.bytes()

export interface ScheduleItem {
    mask: CoreMask
    assignment: CoreAssignment
}

export type CoreMask = Bytes

export const RegionId: sts.Type<RegionId> = sts.struct(() => {
    return  {
        begin: sts.number(),
        core: sts.number(),
        mask: CoreMask,
    }
})

export interface RegionId {
    begin: number
    core: number
    mask: CoreMask
}

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

export const BalanceStatus: sts.Type<BalanceStatus> = sts.closedEnum(() => {
    return  {
        Free: sts.unit(),
        Reserved: sts.unit(),
    }
})

export type BalanceStatus = BalanceStatus_Free | BalanceStatus_Reserved

export interface BalanceStatus_Free {
    __kind: 'Free'
}

export interface BalanceStatus_Reserved {
    __kind: 'Reserved'
}

export const AccountId32 = sts.bytes()
