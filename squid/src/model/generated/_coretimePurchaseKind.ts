export enum CoretimePurchaseKind {
    Bulk = "Bulk",
    Renewal = "Renewal",
}
