export enum ChildBountyStatus {
    Added = "Added",
    Awarded = "Awarded",
    Claimed = "Claimed",
    Cancelled = "Cancelled",
}
