import {sts, Result, Option, Bytes, BitSequence} from './support'

export interface Type_832 {
    parentBounty: number
    value: bigint
    metadata: H256
    status: Type_830
}

export type Type_830 = Type_830_Active | Type_830_CuratorUnassigned | Type_830_Funded | Type_830_FundingAttempted | Type_830_PayoutAttempted | Type_830_RefundAttempted

export interface Type_830_Active {
    __kind: 'Active'
    curator: AccountId32
}

export interface Type_830_CuratorUnassigned {
    __kind: 'CuratorUnassigned'
}

export interface Type_830_Funded {
    __kind: 'Funded'
    curator: AccountId32
}

export interface Type_830_FundingAttempted {
    __kind: 'FundingAttempted'
    curator: AccountId32
    paymentStatus: Type_831
}

export interface Type_830_PayoutAttempted {
    __kind: 'PayoutAttempted'
    curator: AccountId32
    beneficiary: VersionedLocatableAccount
    paymentStatus: Type_831
}

export interface Type_830_RefundAttempted {
    __kind: 'RefundAttempted'
    curator?: (AccountId32 | undefined)
    paymentStatus: Type_831
}

export type VersionedLocatableAccount = VersionedLocatableAccount_V4 | VersionedLocatableAccount_V5

export interface VersionedLocatableAccount_V4 {
    __kind: 'V4'
    location: V4Location
    accountId: V4Location
}

export interface VersionedLocatableAccount_V5 {
    __kind: 'V5'
    location: V5Location
    accountId: V5Location
}

export interface V5Location {
    parents: number
    interior: V5Junctions
}

export type V5Junctions = V5Junctions_Here | V5Junctions_X1 | V5Junctions_X2 | V5Junctions_X3 | V5Junctions_X4 | V5Junctions_X5 | V5Junctions_X6 | V5Junctions_X7 | V5Junctions_X8

export interface V5Junctions_Here {
    __kind: 'Here'
}

export interface V5Junctions_X1 {
    __kind: 'X1'
    value: V5Junction[]
}

export interface V5Junctions_X2 {
    __kind: 'X2'
    value: V5Junction[]
}

export interface V5Junctions_X3 {
    __kind: 'X3'
    value: V5Junction[]
}

export interface V5Junctions_X4 {
    __kind: 'X4'
    value: V5Junction[]
}

export interface V5Junctions_X5 {
    __kind: 'X5'
    value: V5Junction[]
}

export interface V5Junctions_X6 {
    __kind: 'X6'
    value: V5Junction[]
}

export interface V5Junctions_X7 {
    __kind: 'X7'
    value: V5Junction[]
}

export interface V5Junctions_X8 {
    __kind: 'X8'
    value: V5Junction[]
}

export type V5Junction = V5Junction_AccountId32 | V5Junction_AccountIndex64 | V5Junction_AccountKey20 | V5Junction_GeneralIndex | V5Junction_GeneralKey | V5Junction_GlobalConsensus | V5Junction_OnlyChild | V5Junction_PalletInstance | V5Junction_Parachain | V5Junction_Plurality

export interface V5Junction_AccountId32 {
    __kind: 'AccountId32'
    network?: (V5NetworkId | undefined)
    id: Bytes
}

export interface V5Junction_AccountIndex64 {
    __kind: 'AccountIndex64'
    network?: (V5NetworkId | undefined)
    index: bigint
}

export interface V5Junction_AccountKey20 {
    __kind: 'AccountKey20'
    network?: (V5NetworkId | undefined)
    key: Bytes
}

export interface V5Junction_GeneralIndex {
    __kind: 'GeneralIndex'
    value: bigint
}

export interface V5Junction_GeneralKey {
    __kind: 'GeneralKey'
    length: number
    data: Bytes
}

export interface V5Junction_GlobalConsensus {
    __kind: 'GlobalConsensus'
    value: V5NetworkId
}

export interface V5Junction_OnlyChild {
    __kind: 'OnlyChild'
}

export interface V5Junction_PalletInstance {
    __kind: 'PalletInstance'
    value: number
}

export interface V5Junction_Parachain {
    __kind: 'Parachain'
    value: number
}

export interface V5Junction_Plurality {
    __kind: 'Plurality'
    id: V3BodyId
    part: V3BodyPart
}

export type V3BodyPart = V3BodyPart_AtLeastProportion | V3BodyPart_Fraction | V3BodyPart_Members | V3BodyPart_MoreThanProportion | V3BodyPart_Voice

export interface V3BodyPart_AtLeastProportion {
    __kind: 'AtLeastProportion'
    nom: number
    denom: number
}

export interface V3BodyPart_Fraction {
    __kind: 'Fraction'
    nom: number
    denom: number
}

export interface V3BodyPart_Members {
    __kind: 'Members'
    count: number
}

export interface V3BodyPart_MoreThanProportion {
    __kind: 'MoreThanProportion'
    nom: number
    denom: number
}

export interface V3BodyPart_Voice {
    __kind: 'Voice'
}

export type V3BodyId = V3BodyId_Administration | V3BodyId_Defense | V3BodyId_Executive | V3BodyId_Index | V3BodyId_Judicial | V3BodyId_Legislative | V3BodyId_Moniker | V3BodyId_Technical | V3BodyId_Treasury | V3BodyId_Unit

export interface V3BodyId_Administration {
    __kind: 'Administration'
}

export interface V3BodyId_Defense {
    __kind: 'Defense'
}

export interface V3BodyId_Executive {
    __kind: 'Executive'
}

export interface V3BodyId_Index {
    __kind: 'Index'
    value: number
}

export interface V3BodyId_Judicial {
    __kind: 'Judicial'
}

export interface V3BodyId_Legislative {
    __kind: 'Legislative'
}

export interface V3BodyId_Moniker {
    __kind: 'Moniker'
    value: Bytes
}

export interface V3BodyId_Technical {
    __kind: 'Technical'
}

export interface V3BodyId_Treasury {
    __kind: 'Treasury'
}

export interface V3BodyId_Unit {
    __kind: 'Unit'
}

export type V5NetworkId = V5NetworkId_BitcoinCash | V5NetworkId_BitcoinCore | V5NetworkId_ByFork | V5NetworkId_ByGenesis | V5NetworkId_Ethereum | V5NetworkId_Kusama | V5NetworkId_Polkadot | V5NetworkId_PolkadotBulletin

export interface V5NetworkId_BitcoinCash {
    __kind: 'BitcoinCash'
}

export interface V5NetworkId_BitcoinCore {
    __kind: 'BitcoinCore'
}

export interface V5NetworkId_ByFork {
    __kind: 'ByFork'
    blockNumber: bigint
    blockHash: Bytes
}

export interface V5NetworkId_ByGenesis {
    __kind: 'ByGenesis'
    value: Bytes
}

export interface V5NetworkId_Ethereum {
    __kind: 'Ethereum'
    chainId: bigint
}

export interface V5NetworkId_Kusama {
    __kind: 'Kusama'
}

export interface V5NetworkId_Polkadot {
    __kind: 'Polkadot'
}

export interface V5NetworkId_PolkadotBulletin {
    __kind: 'PolkadotBulletin'
}

export interface V4Location {
    parents: number
    interior: V4Junctions
}

export type V4Junctions = V4Junctions_Here | V4Junctions_X1 | V4Junctions_X2 | V4Junctions_X3 | V4Junctions_X4 | V4Junctions_X5 | V4Junctions_X6 | V4Junctions_X7 | V4Junctions_X8

export interface V4Junctions_Here {
    __kind: 'Here'
}

export interface V4Junctions_X1 {
    __kind: 'X1'
    value: V4Junction[]
}

export interface V4Junctions_X2 {
    __kind: 'X2'
    value: V4Junction[]
}

export interface V4Junctions_X3 {
    __kind: 'X3'
    value: V4Junction[]
}

export interface V4Junctions_X4 {
    __kind: 'X4'
    value: V4Junction[]
}

export interface V4Junctions_X5 {
    __kind: 'X5'
    value: V4Junction[]
}

export interface V4Junctions_X6 {
    __kind: 'X6'
    value: V4Junction[]
}

export interface V4Junctions_X7 {
    __kind: 'X7'
    value: V4Junction[]
}

export interface V4Junctions_X8 {
    __kind: 'X8'
    value: V4Junction[]
}

export type V4Junction = V4Junction_AccountId32 | V4Junction_AccountIndex64 | V4Junction_AccountKey20 | V4Junction_GeneralIndex | V4Junction_GeneralKey | V4Junction_GlobalConsensus | V4Junction_OnlyChild | V4Junction_PalletInstance | V4Junction_Parachain | V4Junction_Plurality

export interface V4Junction_AccountId32 {
    __kind: 'AccountId32'
    network?: (V4NetworkId | undefined)
    id: Bytes
}

export interface V4Junction_AccountIndex64 {
    __kind: 'AccountIndex64'
    network?: (V4NetworkId | undefined)
    index: bigint
}

export interface V4Junction_AccountKey20 {
    __kind: 'AccountKey20'
    network?: (V4NetworkId | undefined)
    key: Bytes
}

export interface V4Junction_GeneralIndex {
    __kind: 'GeneralIndex'
    value: bigint
}

export interface V4Junction_GeneralKey {
    __kind: 'GeneralKey'
    length: number
    data: Bytes
}

export interface V4Junction_GlobalConsensus {
    __kind: 'GlobalConsensus'
    value: V4NetworkId
}

export interface V4Junction_OnlyChild {
    __kind: 'OnlyChild'
}

export interface V4Junction_PalletInstance {
    __kind: 'PalletInstance'
    value: number
}

export interface V4Junction_Parachain {
    __kind: 'Parachain'
    value: number
}

export interface V4Junction_Plurality {
    __kind: 'Plurality'
    id: V3BodyId
    part: V3BodyPart
}

export type V4NetworkId = V4NetworkId_BitcoinCash | V4NetworkId_BitcoinCore | V4NetworkId_ByFork | V4NetworkId_ByGenesis | V4NetworkId_Ethereum | V4NetworkId_Kusama | V4NetworkId_Polkadot | V4NetworkId_PolkadotBulletin | V4NetworkId_Rococo | V4NetworkId_Westend | V4NetworkId_Wococo

export interface V4NetworkId_BitcoinCash {
    __kind: 'BitcoinCash'
}

export interface V4NetworkId_BitcoinCore {
    __kind: 'BitcoinCore'
}

export interface V4NetworkId_ByFork {
    __kind: 'ByFork'
    blockNumber: bigint
    blockHash: Bytes
}

export interface V4NetworkId_ByGenesis {
    __kind: 'ByGenesis'
    value: Bytes
}

export interface V4NetworkId_Ethereum {
    __kind: 'Ethereum'
    chainId: bigint
}

export interface V4NetworkId_Kusama {
    __kind: 'Kusama'
}

export interface V4NetworkId_Polkadot {
    __kind: 'Polkadot'
}

export interface V4NetworkId_PolkadotBulletin {
    __kind: 'PolkadotBulletin'
}

export interface V4NetworkId_Rococo {
    __kind: 'Rococo'
}

export interface V4NetworkId_Westend {
    __kind: 'Westend'
}

export interface V4NetworkId_Wococo {
    __kind: 'Wococo'
}

export type Type_831 = Type_831_Attempted | Type_831_Failed | Type_831_Pending | Type_831_Succeeded

export interface Type_831_Attempted {
    __kind: 'Attempted'
    id: bigint
}

export interface Type_831_Failed {
    __kind: 'Failed'
}

export interface Type_831_Pending {
    __kind: 'Pending'
}

export interface Type_831_Succeeded {
    __kind: 'Succeeded'
}

export type AccountId32 = Bytes

export type H256 = Bytes

export const Type_832: sts.Type<Type_832> = sts.struct(() => {
    return  {
        parentBounty: sts.number(),
        value: sts.bigint(),
        metadata: H256,
        status: Type_830,
    }
})

export const Type_830: sts.Type<Type_830> = sts.closedEnum(() => {
    return  {
        Active: sts.enumStruct({
            curator: AccountId32,
        }),
        CuratorUnassigned: sts.unit(),
        Funded: sts.enumStruct({
            curator: AccountId32,
        }),
        FundingAttempted: sts.enumStruct({
            curator: AccountId32,
            paymentStatus: Type_831,
        }),
        PayoutAttempted: sts.enumStruct({
            curator: AccountId32,
            beneficiary: VersionedLocatableAccount,
            paymentStatus: Type_831,
        }),
        RefundAttempted: sts.enumStruct({
            curator: sts.option(() => AccountId32),
            paymentStatus: Type_831,
        }),
    }
})

export const Type_831: sts.Type<Type_831> = sts.closedEnum(() => {
    return  {
        Attempted: sts.enumStruct({
            id: sts.bigint(),
        }),
        Failed: sts.unit(),
        Pending: sts.unit(),
        Succeeded: sts.unit(),
    }
})

export const H256 = sts.bytes()

export interface Type_829 {
    assetKind: VersionedLocatableAsset
    value: bigint
    metadata: H256
    status: Type_830
}

export type VersionedLocatableAsset = VersionedLocatableAsset_V3 | VersionedLocatableAsset_V4 | VersionedLocatableAsset_V5

export interface VersionedLocatableAsset_V3 {
    __kind: 'V3'
    location: V3MultiLocation
    assetId: V3AssetId
}

export interface VersionedLocatableAsset_V4 {
    __kind: 'V4'
    location: V4Location
    assetId: V4AssetId
}

export interface VersionedLocatableAsset_V5 {
    __kind: 'V5'
    location: V5Location
    assetId: V5AssetId
}

export interface V5AssetId {
    parents: number
    interior: V5Junctions
}

export interface V4AssetId {
    parents: number
    interior: V4Junctions
}

export type V3AssetId = V3AssetId_Abstract | V3AssetId_Concrete

export interface V3AssetId_Abstract {
    __kind: 'Abstract'
    value: Bytes
}

export interface V3AssetId_Concrete {
    __kind: 'Concrete'
    value: V3MultiLocation
}

export interface V3MultiLocation {
    parents: number
    interior: V3Junctions
}

export type V3Junctions = V3Junctions_Here | V3Junctions_X1 | V3Junctions_X2 | V3Junctions_X3 | V3Junctions_X4 | V3Junctions_X5 | V3Junctions_X6 | V3Junctions_X7 | V3Junctions_X8

export interface V3Junctions_Here {
    __kind: 'Here'
}

export interface V3Junctions_X1 {
    __kind: 'X1'
    value: V3Junction
}

export interface V3Junctions_X2 {
    __kind: 'X2'
    value: [V3Junction, V3Junction]
}

export interface V3Junctions_X3 {
    __kind: 'X3'
    value: [V3Junction, V3Junction, V3Junction]
}

export interface V3Junctions_X4 {
    __kind: 'X4'
    value: [V3Junction, V3Junction, V3Junction, V3Junction]
}

export interface V3Junctions_X5 {
    __kind: 'X5'
    value: [V3Junction, V3Junction, V3Junction, V3Junction, V3Junction]
}

export interface V3Junctions_X6 {
    __kind: 'X6'
    value: [V3Junction, V3Junction, V3Junction, V3Junction, V3Junction, V3Junction]
}

export interface V3Junctions_X7 {
    __kind: 'X7'
    value: [V3Junction, V3Junction, V3Junction, V3Junction, V3Junction, V3Junction, V3Junction]
}

export interface V3Junctions_X8 {
    __kind: 'X8'
    value: [V3Junction, V3Junction, V3Junction, V3Junction, V3Junction, V3Junction, V3Junction, V3Junction]
}

export type V3Junction = V3Junction_AccountId32 | V3Junction_AccountIndex64 | V3Junction_AccountKey20 | V3Junction_GeneralIndex | V3Junction_GeneralKey | V3Junction_GlobalConsensus | V3Junction_OnlyChild | V3Junction_PalletInstance | V3Junction_Parachain | V3Junction_Plurality

export interface V3Junction_AccountId32 {
    __kind: 'AccountId32'
    network?: (V3NetworkId | undefined)
    id: Bytes
}

export interface V3Junction_AccountIndex64 {
    __kind: 'AccountIndex64'
    network?: (V3NetworkId | undefined)
    index: bigint
}

export interface V3Junction_AccountKey20 {
    __kind: 'AccountKey20'
    network?: (V3NetworkId | undefined)
    key: Bytes
}

export interface V3Junction_GeneralIndex {
    __kind: 'GeneralIndex'
    value: bigint
}

export interface V3Junction_GeneralKey {
    __kind: 'GeneralKey'
    length: number
    data: Bytes
}

export interface V3Junction_GlobalConsensus {
    __kind: 'GlobalConsensus'
    value: V3NetworkId
}

export interface V3Junction_OnlyChild {
    __kind: 'OnlyChild'
}

export interface V3Junction_PalletInstance {
    __kind: 'PalletInstance'
    value: number
}

export interface V3Junction_Parachain {
    __kind: 'Parachain'
    value: number
}

export interface V3Junction_Plurality {
    __kind: 'Plurality'
    id: V3BodyId
    part: V3BodyPart
}

export type V3NetworkId = V3NetworkId_BitcoinCash | V3NetworkId_BitcoinCore | V3NetworkId_ByFork | V3NetworkId_ByGenesis | V3NetworkId_Ethereum | V3NetworkId_Kusama | V3NetworkId_Polkadot | V3NetworkId_PolkadotBulletin | V3NetworkId_Rococo | V3NetworkId_Westend | V3NetworkId_Wococo

export interface V3NetworkId_BitcoinCash {
    __kind: 'BitcoinCash'
}

export interface V3NetworkId_BitcoinCore {
    __kind: 'BitcoinCore'
}

export interface V3NetworkId_ByFork {
    __kind: 'ByFork'
    blockNumber: bigint
    blockHash: Bytes
}

export interface V3NetworkId_ByGenesis {
    __kind: 'ByGenesis'
    value: Bytes
}

export interface V3NetworkId_Ethereum {
    __kind: 'Ethereum'
    chainId: bigint
}

export interface V3NetworkId_Kusama {
    __kind: 'Kusama'
}

export interface V3NetworkId_Polkadot {
    __kind: 'Polkadot'
}

export interface V3NetworkId_PolkadotBulletin {
    __kind: 'PolkadotBulletin'
}

export interface V3NetworkId_Rococo {
    __kind: 'Rococo'
}

export interface V3NetworkId_Westend {
    __kind: 'Westend'
}

export interface V3NetworkId_Wococo {
    __kind: 'Wococo'
}

export const Type_829: sts.Type<Type_829> = sts.struct(() => {
    return  {
        assetKind: VersionedLocatableAsset,
        value: sts.bigint(),
        metadata: H256,
        status: Type_830,
    }
})

export const VersionedLocatableAsset: sts.Type<VersionedLocatableAsset> = sts.closedEnum(() => {
    return  {
        V3: sts.enumStruct({
            location: V3MultiLocation,
            assetId: V3AssetId,
        }),
        V4: sts.enumStruct({
            location: V4Location,
            assetId: V4AssetId,
        }),
        V5: sts.enumStruct({
            location: V5Location,
            assetId: V5AssetId,
        }),
    }
})

export const V5AssetId: sts.Type<V5AssetId> = sts.struct(() => {
    return  {
        parents: sts.number(),
        interior: V5Junctions,
    }
})

export const V5Junctions: sts.Type<V5Junctions> = sts.closedEnum(() => {
    return  {
        Here: sts.unit(),
        X1: sts.array(() => V5Junction),
        X2: sts.array(() => V5Junction),
        X3: sts.array(() => V5Junction),
        X4: sts.array(() => V5Junction),
        X5: sts.array(() => V5Junction),
        X6: sts.array(() => V5Junction),
        X7: sts.array(() => V5Junction),
        X8: sts.array(() => V5Junction),
    }
})

export const V5Junction: sts.Type<V5Junction> = sts.closedEnum(() => {
    return  {
        AccountId32: sts.enumStruct({
            network: sts.option(() => V5NetworkId),
            id: sts.bytes(),
        }),
        AccountIndex64: sts.enumStruct({
            network: sts.option(() => V5NetworkId),
            index: sts.bigint(),
        }),
        AccountKey20: sts.enumStruct({
            network: sts.option(() => V5NetworkId),
            key: sts.bytes(),
        }),
        GeneralIndex: sts.bigint(),
        GeneralKey: sts.enumStruct({
            length: sts.number(),
            data: sts.bytes(),
        }),
        GlobalConsensus: V5NetworkId,
        OnlyChild: sts.unit(),
        PalletInstance: sts.number(),
        Parachain: sts.number(),
        Plurality: sts.enumStruct({
            id: V3BodyId,
            part: V3BodyPart,
        }),
    }
})

export const V3BodyPart: sts.Type<V3BodyPart> = sts.closedEnum(() => {
    return  {
        AtLeastProportion: sts.enumStruct({
            nom: sts.number(),
            denom: sts.number(),
        }),
        Fraction: sts.enumStruct({
            nom: sts.number(),
            denom: sts.number(),
        }),
        Members: sts.enumStruct({
            count: sts.number(),
        }),
        MoreThanProportion: sts.enumStruct({
            nom: sts.number(),
            denom: sts.number(),
        }),
        Voice: sts.unit(),
    }
})

export const V3BodyId: sts.Type<V3BodyId> = sts.closedEnum(() => {
    return  {
        Administration: sts.unit(),
        Defense: sts.unit(),
        Executive: sts.unit(),
        Index: sts.number(),
        Judicial: sts.unit(),
        Legislative: sts.unit(),
        Moniker: sts.bytes(),
        Technical: sts.unit(),
        Treasury: sts.unit(),
        Unit: sts.unit(),
    }
})

export const V5NetworkId: sts.Type<V5NetworkId> = sts.closedEnum(() => {
    return  {
        BitcoinCash: sts.unit(),
        BitcoinCore: sts.unit(),
        ByFork: sts.enumStruct({
            blockNumber: sts.bigint(),
            blockHash: sts.bytes(),
        }),
        ByGenesis: sts.bytes(),
        Ethereum: sts.enumStruct({
            chainId: sts.bigint(),
        }),
        Kusama: sts.unit(),
        Polkadot: sts.unit(),
        PolkadotBulletin: sts.unit(),
    }
})

export const V4AssetId: sts.Type<V4AssetId> = sts.struct(() => {
    return  {
        parents: sts.number(),
        interior: V4Junctions,
    }
})

export const V4Junctions: sts.Type<V4Junctions> = sts.closedEnum(() => {
    return  {
        Here: sts.unit(),
        X1: sts.array(() => V4Junction),
        X2: sts.array(() => V4Junction),
        X3: sts.array(() => V4Junction),
        X4: sts.array(() => V4Junction),
        X5: sts.array(() => V4Junction),
        X6: sts.array(() => V4Junction),
        X7: sts.array(() => V4Junction),
        X8: sts.array(() => V4Junction),
    }
})

export const V4Junction: sts.Type<V4Junction> = sts.closedEnum(() => {
    return  {
        AccountId32: sts.enumStruct({
            network: sts.option(() => V4NetworkId),
            id: sts.bytes(),
        }),
        AccountIndex64: sts.enumStruct({
            network: sts.option(() => V4NetworkId),
            index: sts.bigint(),
        }),
        AccountKey20: sts.enumStruct({
            network: sts.option(() => V4NetworkId),
            key: sts.bytes(),
        }),
        GeneralIndex: sts.bigint(),
        GeneralKey: sts.enumStruct({
            length: sts.number(),
            data: sts.bytes(),
        }),
        GlobalConsensus: V4NetworkId,
        OnlyChild: sts.unit(),
        PalletInstance: sts.number(),
        Parachain: sts.number(),
        Plurality: sts.enumStruct({
            id: V3BodyId,
            part: V3BodyPart,
        }),
    }
})

export const V4NetworkId: sts.Type<V4NetworkId> = sts.closedEnum(() => {
    return  {
        BitcoinCash: sts.unit(),
        BitcoinCore: sts.unit(),
        ByFork: sts.enumStruct({
            blockNumber: sts.bigint(),
            blockHash: sts.bytes(),
        }),
        ByGenesis: sts.bytes(),
        Ethereum: sts.enumStruct({
            chainId: sts.bigint(),
        }),
        Kusama: sts.unit(),
        Polkadot: sts.unit(),
        PolkadotBulletin: sts.unit(),
        Rococo: sts.unit(),
        Westend: sts.unit(),
        Wococo: sts.unit(),
    }
})

export const V4Location: sts.Type<V4Location> = sts.struct(() => {
    return  {
        parents: sts.number(),
        interior: V4Junctions,
    }
})

export const V3AssetId: sts.Type<V3AssetId> = sts.closedEnum(() => {
    return  {
        Abstract: sts.bytes(),
        Concrete: V3MultiLocation,
    }
})

export const V3MultiLocation: sts.Type<V3MultiLocation> = sts.struct(() => {
    return  {
        parents: sts.number(),
        interior: V3Junctions,
    }
})

export const V3Junctions: sts.Type<V3Junctions> = sts.closedEnum(() => {
    return  {
        Here: sts.unit(),
        X1: V3Junction,
        X2: sts.tuple(() => [V3Junction, V3Junction]),
        X3: sts.tuple(() => [V3Junction, V3Junction, V3Junction]),
        X4: sts.tuple(() => [V3Junction, V3Junction, V3Junction, V3Junction]),
        X5: sts.tuple(() => [V3Junction, V3Junction, V3Junction, V3Junction, V3Junction]),
        X6: sts.tuple(() => [V3Junction, V3Junction, V3Junction, V3Junction, V3Junction, V3Junction]),
        X7: sts.tuple(() => [V3Junction, V3Junction, V3Junction, V3Junction, V3Junction, V3Junction, V3Junction]),
        X8: sts.tuple(() => [V3Junction, V3Junction, V3Junction, V3Junction, V3Junction, V3Junction, V3Junction, V3Junction]),
    }
})

export const V3Junction: sts.Type<V3Junction> = sts.closedEnum(() => {
    return  {
        AccountId32: sts.enumStruct({
            network: sts.option(() => V3NetworkId),
            id: sts.bytes(),
        }),
        AccountIndex64: sts.enumStruct({
            network: sts.option(() => V3NetworkId),
            index: sts.bigint(),
        }),
        AccountKey20: sts.enumStruct({
            network: sts.option(() => V3NetworkId),
            key: sts.bytes(),
        }),
        GeneralIndex: sts.bigint(),
        GeneralKey: sts.enumStruct({
            length: sts.number(),
            data: sts.bytes(),
        }),
        GlobalConsensus: V3NetworkId,
        OnlyChild: sts.unit(),
        PalletInstance: sts.number(),
        Parachain: sts.number(),
        Plurality: sts.enumStruct({
            id: V3BodyId,
            part: V3BodyPart,
        }),
    }
})

export const V3NetworkId: sts.Type<V3NetworkId> = sts.closedEnum(() => {
    return  {
        BitcoinCash: sts.unit(),
        BitcoinCore: sts.unit(),
        ByFork: sts.enumStruct({
            blockNumber: sts.bigint(),
            blockHash: sts.bytes(),
        }),
        ByGenesis: sts.bytes(),
        Ethereum: sts.enumStruct({
            chainId: sts.bigint(),
        }),
        Kusama: sts.unit(),
        Polkadot: sts.unit(),
        PolkadotBulletin: sts.unit(),
        Rococo: sts.unit(),
        Westend: sts.unit(),
        Wococo: sts.unit(),
    }
})

export const VersionedLocatableAccount: sts.Type<VersionedLocatableAccount> = sts.closedEnum(() => {
    return  {
        V4: sts.enumStruct({
            location: V4Location,
            accountId: V4Location,
        }),
        V5: sts.enumStruct({
            location: V5Location,
            accountId: V5Location,
        }),
    }
})

export const Type_108: sts.Type<Type_108> = sts.closedEnum(() => {
    return  {
        ElapsedClamped: sts.enumStruct({
            actualElapsed: sts.bigint(),
            ceiling: sts.bigint(),
        }),
        MintFailed: sts.unit(),
    }
})

export type Type_108 = Type_108_ElapsedClamped | Type_108_MintFailed

export interface Type_108_ElapsedClamped {
    __kind: 'ElapsedClamped'
    actualElapsed: bigint
    ceiling: bigint
}

export interface Type_108_MintFailed {
    __kind: 'MintFailed'
}

export const BoundedVec = sts.bytes()

export const Perbill = sts.number()

export const RewardDestination: sts.Type<RewardDestination> = sts.closedEnum(() => {
    return  {
        Account: AccountId32,
        Controller: sts.unit(),
        None: sts.unit(),
        Staked: sts.unit(),
        Stash: sts.unit(),
    }
})

export type RewardDestination = RewardDestination_Account | RewardDestination_Controller | RewardDestination_None | RewardDestination_Staked | RewardDestination_Stash

export interface RewardDestination_Account {
    __kind: 'Account'
    value: AccountId32
}

export interface RewardDestination_Controller {
    __kind: 'Controller'
}

export interface RewardDestination_None {
    __kind: 'None'
}

export interface RewardDestination_Staked {
    __kind: 'Staked'
}

export interface RewardDestination_Stash {
    __kind: 'Stash'
}

export const Type_560: sts.Type<Type_560> = sts.closedEnum(() => {
    return  {
        EraDurationBoundExceeded: sts.unit(),
        MissingPayee: sts.enumStruct({
            era: sts.number(),
            stash: AccountId32,
        }),
        PagedElectionOutOfWeight: sts.enumStruct({
            page: sts.number(),
            required: Weight,
            had: Weight,
        }),
        UnknownValidatorActivation: sts.unit(),
        ValidatorIncentiveTransferFailed: sts.enumStruct({
            era: sts.number(),
        }),
        ValidatorIncentiveWeightMismatch: sts.enumStruct({
            era: sts.number(),
        }),
    }
})

export const Weight: sts.Type<Weight> = sts.struct(() => {
    return  {
        refTime: sts.bigint(),
        proofSize: sts.bigint(),
    }
})

export interface Weight {
    refTime: bigint
    proofSize: bigint
}

export type Type_560 = Type_560_EraDurationBoundExceeded | Type_560_MissingPayee | Type_560_PagedElectionOutOfWeight | Type_560_UnknownValidatorActivation | Type_560_ValidatorIncentiveTransferFailed | Type_560_ValidatorIncentiveWeightMismatch

export interface Type_560_EraDurationBoundExceeded {
    __kind: 'EraDurationBoundExceeded'
}

export interface Type_560_MissingPayee {
    __kind: 'MissingPayee'
    era: number
    stash: AccountId32
}

export interface Type_560_PagedElectionOutOfWeight {
    __kind: 'PagedElectionOutOfWeight'
    page: number
    required: Weight
    had: Weight
}

export interface Type_560_UnknownValidatorActivation {
    __kind: 'UnknownValidatorActivation'
}

export interface Type_560_ValidatorIncentiveTransferFailed {
    __kind: 'ValidatorIncentiveTransferFailed'
    era: number
}

export interface Type_560_ValidatorIncentiveWeightMismatch {
    __kind: 'ValidatorIncentiveWeightMismatch'
    era: number
}

export const AccountVote: sts.Type<AccountVote> = sts.closedEnum(() => {
    return  {
        Split: sts.enumStruct({
            aye: sts.bigint(),
            nay: sts.bigint(),
        }),
        SplitAbstain: sts.enumStruct({
            aye: sts.bigint(),
            nay: sts.bigint(),
            abstain: sts.bigint(),
        }),
        Standard: sts.enumStruct({
            vote: Vote,
            balance: sts.bigint(),
        }),
    }
})

export const Vote = sts.number()

export type AccountVote = AccountVote_Split | AccountVote_SplitAbstain | AccountVote_Standard

export interface AccountVote_Split {
    __kind: 'Split'
    aye: bigint
    nay: bigint
}

export interface AccountVote_SplitAbstain {
    __kind: 'SplitAbstain'
    aye: bigint
    nay: bigint
    abstain: bigint
}

export interface AccountVote_Standard {
    __kind: 'Standard'
    vote: Vote
    balance: bigint
}

export type Vote = number

export const ForeignAssetReserveData: sts.Type<ForeignAssetReserveData> = sts.struct(() => {
    return  {
        reserve: V5Location,
        teleportable: sts.boolean(),
    }
})

export interface ForeignAssetReserveData {
    reserve: V5Location
    teleportable: boolean
}

export const V5Location: sts.Type<V5Location> = sts.struct(() => {
    return  {
        parents: sts.number(),
        interior: V5Junctions,
    }
})

export const AccountId32 = sts.bytes()

export const RuntimeHoldReason: sts.Type<RuntimeHoldReason> = sts.closedEnum(() => {
    return  {
        DelegatedStaking: Type_72,
        MultiAssetBounties: Type_70,
        MultiBlockElectionSigned: Type_74,
        PolkadotXcm: Type_69,
        Preimage: HoldReason,
        Revive: Type_76,
        Session: Type_68,
        Staking: Type_75,
        StakingRcClient: Type_73,
        StateTrieMigration: Type_71,
    }
})

export const Type_71: sts.Type<Type_71> = sts.closedEnum(() => {
    return  {
        SlashForMigrate: sts.unit(),
    }
})

export type Type_71 = Type_71_SlashForMigrate

export interface Type_71_SlashForMigrate {
    __kind: 'SlashForMigrate'
}

export const Type_73: sts.Type<Type_73> = sts.closedEnum(() => {
    return  {
        Keys: sts.unit(),
    }
})

export type Type_73 = Type_73_Keys

export interface Type_73_Keys {
    __kind: 'Keys'
}

export const Type_75: sts.Type<Type_75> = sts.closedEnum(() => {
    return  {
        Staking: sts.unit(),
    }
})

export type Type_75 = Type_75_Staking

export interface Type_75_Staking {
    __kind: 'Staking'
}

export const Type_68: sts.Type<Type_68> = sts.closedEnum(() => {
    return  {
        Keys: sts.unit(),
    }
})

export type Type_68 = Type_68_Keys

export interface Type_68_Keys {
    __kind: 'Keys'
}

export const Type_76: sts.Type<Type_76> = sts.closedEnum(() => {
    return  {
        AddressMapping: sts.unit(),
        CodeUploadDepositReserve: sts.unit(),
        StorageDepositReserve: sts.unit(),
    }
})

export type Type_76 = Type_76_AddressMapping | Type_76_CodeUploadDepositReserve | Type_76_StorageDepositReserve

export interface Type_76_AddressMapping {
    __kind: 'AddressMapping'
}

export interface Type_76_CodeUploadDepositReserve {
    __kind: 'CodeUploadDepositReserve'
}

export interface Type_76_StorageDepositReserve {
    __kind: 'StorageDepositReserve'
}

export const HoldReason: sts.Type<HoldReason> = sts.closedEnum(() => {
    return  {
        Preimage: sts.unit(),
    }
})

export type HoldReason = HoldReason_Preimage

export interface HoldReason_Preimage {
    __kind: 'Preimage'
}

export const Type_69: sts.Type<Type_69> = sts.closedEnum(() => {
    return  {
        AuthorizeAlias: sts.unit(),
    }
})

export type Type_69 = Type_69_AuthorizeAlias

export interface Type_69_AuthorizeAlias {
    __kind: 'AuthorizeAlias'
}

export const Type_74: sts.Type<Type_74> = sts.closedEnum(() => {
    return  {
        SignedSubmission: sts.unit(),
    }
})

export type Type_74 = Type_74_SignedSubmission

export interface Type_74_SignedSubmission {
    __kind: 'SignedSubmission'
}

export const Type_70: sts.Type<Type_70> = sts.closedEnum(() => {
    return  {
        CuratorDeposit: sts.unit(),
    }
})

export type Type_70 = Type_70_CuratorDeposit

export interface Type_70_CuratorDeposit {
    __kind: 'CuratorDeposit'
}

export const Type_72: sts.Type<Type_72> = sts.closedEnum(() => {
    return  {
        StakingDelegation: sts.unit(),
    }
})

export type Type_72 = Type_72_StakingDelegation

export interface Type_72_StakingDelegation {
    __kind: 'StakingDelegation'
}

export type RuntimeHoldReason = RuntimeHoldReason_DelegatedStaking | RuntimeHoldReason_MultiAssetBounties | RuntimeHoldReason_MultiBlockElectionSigned | RuntimeHoldReason_PolkadotXcm | RuntimeHoldReason_Preimage | RuntimeHoldReason_Revive | RuntimeHoldReason_Session | RuntimeHoldReason_Staking | RuntimeHoldReason_StakingRcClient | RuntimeHoldReason_StateTrieMigration

export interface RuntimeHoldReason_DelegatedStaking {
    __kind: 'DelegatedStaking'
    value: Type_72
}

export interface RuntimeHoldReason_MultiAssetBounties {
    __kind: 'MultiAssetBounties'
    value: Type_70
}

export interface RuntimeHoldReason_MultiBlockElectionSigned {
    __kind: 'MultiBlockElectionSigned'
    value: Type_74
}

export interface RuntimeHoldReason_PolkadotXcm {
    __kind: 'PolkadotXcm'
    value: Type_69
}

export interface RuntimeHoldReason_Preimage {
    __kind: 'Preimage'
    value: HoldReason
}

export interface RuntimeHoldReason_Revive {
    __kind: 'Revive'
    value: Type_76
}

export interface RuntimeHoldReason_Session {
    __kind: 'Session'
    value: Type_68
}

export interface RuntimeHoldReason_Staking {
    __kind: 'Staking'
    value: Type_75
}

export interface RuntimeHoldReason_StakingRcClient {
    __kind: 'StakingRcClient'
    value: Type_73
}

export interface RuntimeHoldReason_StateTrieMigration {
    __kind: 'StateTrieMigration'
    value: Type_71
}
