export enum ChildBountyStatus {
    Funding = "Funding",
    Added = "Added",
    Active = "Active",
    Awarded = "Awarded",
    Claimed = "Claimed",
    Cancelled = "Cancelled",
}
