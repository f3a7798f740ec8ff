// quadprog (a port of R's quadprog) ships no types. Its arrays are 1-based, as in the Fortran it ports: index 0 is unused.
declare module 'quadprog' {
  export interface QPResult {
    solution: number[]
    value: number[]
    unconstrained_solution: number[]
    iterations: number[]
    iact: number[]
    /** empty when solved; otherwise why not */
    message: string
  }
  /** minimises -dᵀb + ½ bᵀDb subject to Aᵀb ≥ b0, the first meq constraints as equalities */
  export function solveQP(Dmat: number[][], dvec: number[], Amat: number[][], bvec: number[], meq?: number): QPResult
}
