export enum DapEventKind {
    IssuanceMinted = "IssuanceMinted",
    StagingDrained = "StagingDrained",
}
