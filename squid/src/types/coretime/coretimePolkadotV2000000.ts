import {sts, Result, Option, Bytes, BitSequence} from './support'

export interface SaleInfoRecord {
    saleStart: number
    leadinLength: number
    endPrice: bigint
    regionBegin: number
    regionEnd: number
    idealCoresSold: number
    coresOffered: number
    firstCore: number
    selloutPrice?: (bigint | undefined)
    coresSold: number
}

export const SaleInfoRecord: sts.Type<SaleInfoRecord> = sts.struct(() => {
    return  {
        saleStart: sts.number(),
        leadinLength: sts.number(),
        endPrice: sts.bigint(),
        regionBegin: sts.number(),
        regionEnd: sts.number(),
        idealCoresSold: sts.number(),
        coresOffered: sts.number(),
        firstCore: sts.number(),
        selloutPrice: sts.option(() => sts.bigint()),
        coresSold: sts.number(),
    }
})

export interface StatusRecord {
    coreCount: number
    privatePoolSize: number
    systemPoolSize: number
    lastCommittedTimeslice: number
    lastTimeslice: number
}

export const StatusRecord: sts.Type<StatusRecord> = sts.struct(() => {
    return  {
        coreCount: sts.number(),
        privatePoolSize: sts.number(),
        systemPoolSize: sts.number(),
        lastCommittedTimeslice: sts.number(),
        lastTimeslice: sts.number(),
    }
})

export interface ConfigRecord {
    advanceNotice: number
    interludeLength: number
    leadinLength: number
    regionLength: number
    idealBulkProportion: Perbill
    limitCoresOffered?: (number | undefined)
    renewalBump: Perbill
    contributionTimeout: number
}

export type Perbill = number

export const ConfigRecord: sts.Type<ConfigRecord> = sts.struct(() => {
    return  {
        advanceNotice: sts.number(),
        interludeLength: sts.number(),
        leadinLength: sts.number(),
        regionLength: sts.number(),
        idealBulkProportion: Perbill,
        limitCoresOffered: sts.option(() => sts.number()),
        renewalBump: Perbill,
        contributionTimeout: sts.number(),
    }
})

export const Perbill = sts.number()

export type AccountId32 = Bytes

export interface AccountInfo {
    nonce: number
    consumers: number
    providers: number
    sufficients: number
    data: AccountData
}

export interface AccountData {
    free: bigint
    reserved: bigint
    frozen: bigint
    flags: ExtraFlags
}

export type ExtraFlags = bigint

export const AccountInfo: sts.Type<AccountInfo> = sts.struct(() => {
    return  {
        nonce: sts.number(),
        consumers: sts.number(),
        providers: sts.number(),
        sufficients: sts.number(),
        data: AccountData,
    }
})

export const AccountData: sts.Type<AccountData> = sts.struct(() => {
    return  {
        free: sts.bigint(),
        reserved: sts.bigint(),
        frozen: sts.bigint(),
        flags: ExtraFlags,
    }
})

export const ExtraFlags = sts.bigint()

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
