import type { ParamMatcher } from '@sveltejs/kit'

/** A non-negative integer that fits a u32 (a referendum or bounty index) */
export const match = ((param: string) => /^\d{1,10}$/.test(param) && Number(param) <= 4_294_967_295) satisfies ParamMatcher
