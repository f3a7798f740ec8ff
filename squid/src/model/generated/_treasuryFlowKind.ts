export enum TreasuryFlowKind {
    Fees = "Fees",
    Deposit = "Deposit",
    Awarded = "Awarded",
    SpendPaid = "SpendPaid",
    Burnt = "Burnt",
}
