import {sts, Block, Bytes, Option, Result, StorageType, RuntimeCtx} from '../support'
import * as v1002005 from '../v1002005'
import * as v1006002 from '../v1006002'
import * as v1007001 from '../v1007001'
import * as paseoV1009001 from '../paseoV1009001'
import * as v2000000 from '../v2000000'
import * as paseoV2000006 from '../paseoV2000006'
import * as v2000006 from '../v2000006'

export const referendumInfoFor =  {
    /**
     *  Information concerning any given referendum.
     */
    v1002005: new StorageType('Referenda.ReferendumInfoFor', 'Optional', [sts.number()], v1002005.ReferendumInfo) as ReferendumInfoForV1002005,
    /**
     *  Information concerning any given referendum.
     */
    v1006002: new StorageType('Referenda.ReferendumInfoFor', 'Optional', [sts.number()], v1006002.ReferendumInfo) as ReferendumInfoForV1006002,
    /**
     *  Information concerning any given referendum.
     */
    v1007001: new StorageType('Referenda.ReferendumInfoFor', 'Optional', [sts.number()], v1007001.ReferendumInfo) as ReferendumInfoForV1007001,
    /**
     *  Information concerning any given referendum.
     */
    paseoV1009001: new StorageType('Referenda.ReferendumInfoFor', 'Optional', [sts.number()], paseoV1009001.ReferendumInfo) as ReferendumInfoForPaseoV1009001,
    /**
     *  Information concerning any given referendum.
     */
    v2000000: new StorageType('Referenda.ReferendumInfoFor', 'Optional', [sts.number()], v2000000.ReferendumInfo) as ReferendumInfoForV2000000,
    /**
     *  Information concerning any given referendum.
     */
    paseoV2000006: new StorageType('Referenda.ReferendumInfoFor', 'Optional', [sts.number()], paseoV2000006.ReferendumInfo) as ReferendumInfoForPaseoV2000006,
    /**
     *  Information concerning any given referendum.
     */
    v2000006: new StorageType('Referenda.ReferendumInfoFor', 'Optional', [sts.number()], v2000006.ReferendumInfo) as ReferendumInfoForV2000006,
}

/**
 *  Information concerning any given referendum.
 */
export interface ReferendumInfoForV1002005  {
    is(block: RuntimeCtx): boolean
    get(block: Block, key: number): Promise<(v1002005.ReferendumInfo | undefined)>
    getMany(block: Block, keys: number[]): Promise<(v1002005.ReferendumInfo | undefined)[]>
    getKeys(block: Block): Promise<number[]>
    getKeys(block: Block, key: number): Promise<number[]>
    getKeysPaged(pageSize: number, block: Block): AsyncIterable<number[]>
    getKeysPaged(pageSize: number, block: Block, key: number): AsyncIterable<number[]>
    getPairs(block: Block): Promise<[k: number, v: (v1002005.ReferendumInfo | undefined)][]>
    getPairs(block: Block, key: number): Promise<[k: number, v: (v1002005.ReferendumInfo | undefined)][]>
    getPairsPaged(pageSize: number, block: Block): AsyncIterable<[k: number, v: (v1002005.ReferendumInfo | undefined)][]>
    getPairsPaged(pageSize: number, block: Block, key: number): AsyncIterable<[k: number, v: (v1002005.ReferendumInfo | undefined)][]>
}

/**
 *  Information concerning any given referendum.
 */
export interface ReferendumInfoForV1006002  {
    is(block: RuntimeCtx): boolean
    get(block: Block, key: number): Promise<(v1006002.ReferendumInfo | undefined)>
    getMany(block: Block, keys: number[]): Promise<(v1006002.ReferendumInfo | undefined)[]>
    getKeys(block: Block): Promise<number[]>
    getKeys(block: Block, key: number): Promise<number[]>
    getKeysPaged(pageSize: number, block: Block): AsyncIterable<number[]>
    getKeysPaged(pageSize: number, block: Block, key: number): AsyncIterable<number[]>
    getPairs(block: Block): Promise<[k: number, v: (v1006002.ReferendumInfo | undefined)][]>
    getPairs(block: Block, key: number): Promise<[k: number, v: (v1006002.ReferendumInfo | undefined)][]>
    getPairsPaged(pageSize: number, block: Block): AsyncIterable<[k: number, v: (v1006002.ReferendumInfo | undefined)][]>
    getPairsPaged(pageSize: number, block: Block, key: number): AsyncIterable<[k: number, v: (v1006002.ReferendumInfo | undefined)][]>
}

/**
 *  Information concerning any given referendum.
 */
export interface ReferendumInfoForV1007001  {
    is(block: RuntimeCtx): boolean
    get(block: Block, key: number): Promise<(v1007001.ReferendumInfo | undefined)>
    getMany(block: Block, keys: number[]): Promise<(v1007001.ReferendumInfo | undefined)[]>
    getKeys(block: Block): Promise<number[]>
    getKeys(block: Block, key: number): Promise<number[]>
    getKeysPaged(pageSize: number, block: Block): AsyncIterable<number[]>
    getKeysPaged(pageSize: number, block: Block, key: number): AsyncIterable<number[]>
    getPairs(block: Block): Promise<[k: number, v: (v1007001.ReferendumInfo | undefined)][]>
    getPairs(block: Block, key: number): Promise<[k: number, v: (v1007001.ReferendumInfo | undefined)][]>
    getPairsPaged(pageSize: number, block: Block): AsyncIterable<[k: number, v: (v1007001.ReferendumInfo | undefined)][]>
    getPairsPaged(pageSize: number, block: Block, key: number): AsyncIterable<[k: number, v: (v1007001.ReferendumInfo | undefined)][]>
}

/**
 *  Information concerning any given referendum.
 */
export interface ReferendumInfoForPaseoV1009001  {
    is(block: RuntimeCtx): boolean
    get(block: Block, key: number): Promise<(paseoV1009001.ReferendumInfo | undefined)>
    getMany(block: Block, keys: number[]): Promise<(paseoV1009001.ReferendumInfo | undefined)[]>
    getKeys(block: Block): Promise<number[]>
    getKeys(block: Block, key: number): Promise<number[]>
    getKeysPaged(pageSize: number, block: Block): AsyncIterable<number[]>
    getKeysPaged(pageSize: number, block: Block, key: number): AsyncIterable<number[]>
    getPairs(block: Block): Promise<[k: number, v: (paseoV1009001.ReferendumInfo | undefined)][]>
    getPairs(block: Block, key: number): Promise<[k: number, v: (paseoV1009001.ReferendumInfo | undefined)][]>
    getPairsPaged(pageSize: number, block: Block): AsyncIterable<[k: number, v: (paseoV1009001.ReferendumInfo | undefined)][]>
    getPairsPaged(pageSize: number, block: Block, key: number): AsyncIterable<[k: number, v: (paseoV1009001.ReferendumInfo | undefined)][]>
}

/**
 *  Information concerning any given referendum.
 */
export interface ReferendumInfoForV2000000  {
    is(block: RuntimeCtx): boolean
    get(block: Block, key: number): Promise<(v2000000.ReferendumInfo | undefined)>
    getMany(block: Block, keys: number[]): Promise<(v2000000.ReferendumInfo | undefined)[]>
    getKeys(block: Block): Promise<number[]>
    getKeys(block: Block, key: number): Promise<number[]>
    getKeysPaged(pageSize: number, block: Block): AsyncIterable<number[]>
    getKeysPaged(pageSize: number, block: Block, key: number): AsyncIterable<number[]>
    getPairs(block: Block): Promise<[k: number, v: (v2000000.ReferendumInfo | undefined)][]>
    getPairs(block: Block, key: number): Promise<[k: number, v: (v2000000.ReferendumInfo | undefined)][]>
    getPairsPaged(pageSize: number, block: Block): AsyncIterable<[k: number, v: (v2000000.ReferendumInfo | undefined)][]>
    getPairsPaged(pageSize: number, block: Block, key: number): AsyncIterable<[k: number, v: (v2000000.ReferendumInfo | undefined)][]>
}

/**
 *  Information concerning any given referendum.
 */
export interface ReferendumInfoForPaseoV2000006  {
    is(block: RuntimeCtx): boolean
    get(block: Block, key: number): Promise<(paseoV2000006.ReferendumInfo | undefined)>
    getMany(block: Block, keys: number[]): Promise<(paseoV2000006.ReferendumInfo | undefined)[]>
    getKeys(block: Block): Promise<number[]>
    getKeys(block: Block, key: number): Promise<number[]>
    getKeysPaged(pageSize: number, block: Block): AsyncIterable<number[]>
    getKeysPaged(pageSize: number, block: Block, key: number): AsyncIterable<number[]>
    getPairs(block: Block): Promise<[k: number, v: (paseoV2000006.ReferendumInfo | undefined)][]>
    getPairs(block: Block, key: number): Promise<[k: number, v: (paseoV2000006.ReferendumInfo | undefined)][]>
    getPairsPaged(pageSize: number, block: Block): AsyncIterable<[k: number, v: (paseoV2000006.ReferendumInfo | undefined)][]>
    getPairsPaged(pageSize: number, block: Block, key: number): AsyncIterable<[k: number, v: (paseoV2000006.ReferendumInfo | undefined)][]>
}

/**
 *  Information concerning any given referendum.
 */
export interface ReferendumInfoForV2000006  {
    is(block: RuntimeCtx): boolean
    get(block: Block, key: number): Promise<(v2000006.ReferendumInfo | undefined)>
    getMany(block: Block, keys: number[]): Promise<(v2000006.ReferendumInfo | undefined)[]>
    getKeys(block: Block): Promise<number[]>
    getKeys(block: Block, key: number): Promise<number[]>
    getKeysPaged(pageSize: number, block: Block): AsyncIterable<number[]>
    getKeysPaged(pageSize: number, block: Block, key: number): AsyncIterable<number[]>
    getPairs(block: Block): Promise<[k: number, v: (v2000006.ReferendumInfo | undefined)][]>
    getPairs(block: Block, key: number): Promise<[k: number, v: (v2000006.ReferendumInfo | undefined)][]>
    getPairsPaged(pageSize: number, block: Block): AsyncIterable<[k: number, v: (v2000006.ReferendumInfo | undefined)][]>
    getPairsPaged(pageSize: number, block: Block, key: number): AsyncIterable<[k: number, v: (v2000006.ReferendumInfo | undefined)][]>
}
