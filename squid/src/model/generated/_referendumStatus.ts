export enum ReferendumStatus {
    Preparing = "Preparing",
    Deciding = "Deciding",
    Confirming = "Confirming",
    Approved = "Approved",
    Rejected = "Rejected",
    TimedOut = "TimedOut",
    Cancelled = "Cancelled",
    Killed = "Killed",
}
