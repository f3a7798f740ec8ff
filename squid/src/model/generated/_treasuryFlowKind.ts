export enum TreasuryFlowKind {
    Fees = "Fees",
    Deposit = "Deposit",
    Transfer = "Transfer",
    Awarded = "Awarded",
    SpendPaid = "SpendPaid",
    Burnt = "Burnt",
    BountyFunded = "BountyFunded",
    BountyReturned = "BountyReturned",
    MigratedOut = "MigratedOut",
    MigratedIn = "MigratedIn",
    Consolidated = "Consolidated",
    RelayPayout = "RelayPayout",
}
