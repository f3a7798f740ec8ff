export enum SpendStatus {
    Proposed = "Proposed",
    Approved = "Approved",
    Paid = "Paid",
    Failed = "Failed",
    Completed = "Completed",
    Voided = "Voided",
    Rejected = "Rejected",
    Expired = "Expired",
    PayoutFailed = "PayoutFailed",
}
