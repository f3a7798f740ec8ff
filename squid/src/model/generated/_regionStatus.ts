export enum RegionStatus {
    Owned = "Owned",
    Assigned = "Assigned",
    Pooled = "Pooled",
    Split = "Split",
    Dropped = "Dropped",
}
