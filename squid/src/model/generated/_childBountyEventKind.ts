export enum ChildBountyEventKind {
    Added = "Added",
    Awarded = "Awarded",
    Claimed = "Claimed",
    Canceled = "Canceled",
}
