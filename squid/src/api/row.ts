/**
 * The rows the API's SQL returns, typed from the generated TypeORM model (squid/src/model/generated): a column
 * renamed or retyped in schema.graphql changes the model, and every mapper that reads the old column fails tsc.
 *
 * Row<Spend> is a `SELECT * FROM spend` row as pg hands it over: snake_case columns (the squid's naming
 * strategy), a relation as its `<field>_id` column, BigInt (numeric) as its decimal text, null where nullable.
 */
import type { Asset } from '../model/generated'

/** camelCase → snake_case: `nativeAmount` is the column `native_amount` */
export type Snake<S extends string> = S extends `${infer C}${infer Rest}` ? `${C extends Lowercase<C> ? C : `_${Lowercase<C>}`}${Snake<Rest>}` : S

/** An entity a model field refers to (a ManyToOne): stored as the referenced row's id. */
type Ref = { id: string }

/** The column of a model field: none for a OneToMany list, `<field>_id` for a relation; a scalar list is an array column. */
type ColumnOf<K extends string, T> = NonNullable<T> extends readonly Ref[] ? never : NonNullable<T> extends Date ? Snake<K> : NonNullable<T> extends Ref ? `${Snake<K>}_id` : Snake<K>

/** What pg returns for a field's column: numeric as text, a relation as its id, null (never undefined). */
type ValueOf<T> = T extends undefined ? never : T extends null ? null : T extends bigint ? string : T extends Date ? Date : T extends Ref ? string : T

export type Row<E> = { [K in keyof E & string as ColumnOf<K, E[K]>]: ValueOf<E[K]> }

/** The columns of R, each named with a prefix, as `a.id AS asset_id` names them. */
export type Prefixed<R, P extends string> = { [K in keyof R & string as `${P}${K}`]: R[K] }

/** The columns of an outer join's right side: null when no row matched. */
export type OrNull<R> = { [K in keyof R]: R[K] | null }

/** A row's columns of an asset joined as `asset a` (sql.ts ASSET_COLS). */
export type AssetCols = Prefixed<Row<Asset>, 'asset_'>

/** A column that a query computed, under a name of its own (count(*) AS n). */
export type Count = { n: number }
