export enum BountyEventKind {
    Proposed = "Proposed",
    Rejected = "Rejected",
    Approved = "Approved",
    BecameActive = "BecameActive",
    CuratorProposed = "CuratorProposed",
    CuratorUnassigned = "CuratorUnassigned",
    CuratorAccepted = "CuratorAccepted",
    Extended = "Extended",
    Awarded = "Awarded",
    Claimed = "Claimed",
    Canceled = "Canceled",
    DepositPoked = "DepositPoked",
}
