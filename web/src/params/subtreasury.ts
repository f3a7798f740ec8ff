import type { ParamMatcher } from '@sveltejs/kit'

/** the Collectives sub-treasuries with a page: /treasury/fellowship, /treasury/ambassador */
export const match: ParamMatcher = (param) => param === 'fellowship' || param === 'ambassador'
