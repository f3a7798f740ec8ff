import {sts, Result, Option, Bytes, BitSequence} from './support'

export const H160 = sts.bytes()
