export enum BountyStatus {
    Funding = "Funding",
    Proposed = "Proposed",
    Approved = "Approved",
    Funded = "Funded",
    CuratorProposed = "CuratorProposed",
    Active = "Active",
    PendingPayout = "PendingPayout",
    Claimed = "Claimed",
    Rejected = "Rejected",
    Cancelled = "Cancelled",
}
