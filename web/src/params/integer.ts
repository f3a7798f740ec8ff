import type { ParamMatcher } from '@sveltejs/kit'

/** A non-negative integer the API's Int arguments take (GraphQL Int is 32-bit signed): a referendum or bounty index */
export const match = ((param: string) => /^\d{1,10}$/.test(param) && Number(param) <= 2_147_483_647) satisfies ParamMatcher
