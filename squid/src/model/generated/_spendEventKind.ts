export enum SpendEventKind {
    Proposed = "Proposed",
    Approved = "Approved",
    Paid = "Paid",
    PaymentFailed = "PaymentFailed",
    Processed = "Processed",
    Voided = "Voided",
    Awarded = "Awarded",
    Rejected = "Rejected",
    PayoutFailed = "PayoutFailed",
    FromStorage = "FromStorage",
}
