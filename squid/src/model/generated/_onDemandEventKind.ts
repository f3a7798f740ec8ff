export enum OnDemandEventKind {
    OrderPlaced = "OrderPlaced",
    AccountCredited = "AccountCredited",
}
