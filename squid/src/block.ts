/**
 * The processor's data shapes: the fields it fetches and the Block / Event types they give. Apart from processor.ts
 * so that modules, the handler and the decoders type their inputs without importing the processor (no import circle).
 */
import type { DataHandlerContext, Block as SBlock, Event as SEvent } from '@subsquid/substrate-processor'

export const FIELDS = {
  block: { timestamp: true, specVersion: true },
  event: { name: true, args: true, phase: true, extrinsicIndex: true },
  extrinsic: { hash: true, success: true },
  // the treasury's failed payouts on Asset Hub are failed calls
  call: { args: true, success: true },
} as const

export type Fields = typeof FIELDS
export type ProcessorContext<Store> = DataHandlerContext<Store, Fields>
export type Block = SBlock<Fields>
export type Event = SEvent<Fields>
export type BlockHeader = Block['header']
