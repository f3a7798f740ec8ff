import type { ParamMatcher } from '@sveltejs/kit'

export const match = ((param: string): param is 'csv' | 'json' => param === 'csv' || param === 'json') satisfies ParamMatcher
