export enum CoreRenewalStatus {
    Renewable = "Renewable",
    Renewed = "Renewed",
    Dropped = "Dropped",
}
