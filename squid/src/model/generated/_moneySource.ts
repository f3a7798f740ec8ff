export enum MoneySource {
    Fee = "Fee",
    EraPayout = "EraPayout",
    EraRemainder = "EraRemainder",
    DapDrip = "DapDrip",
    DapStagingDrain = "DapStagingDrain",
    Slash = "Slash",
    CoretimeBulk = "CoretimeBulk",
    CoretimeRenewal = "CoretimeRenewal",
    CoretimeCredit = "CoretimeCredit",
    OnDemandOrder = "OnDemandOrder",
}
