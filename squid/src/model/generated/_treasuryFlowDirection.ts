export enum TreasuryFlowDirection {
    In = "In",
    Out = "Out",
    Move = "Move",
}
