export enum OnDemandPayment {
    Deposit = "Deposit",
    Burned = "Burned",
    Credits = "Credits",
}
