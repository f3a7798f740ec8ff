export enum MoneyRecipient {
    Treasury = "Treasury",
    Author = "Author",
    CollatorPot = "CollatorPot",
    DapStaging = "DapStaging",
    DapBuffer = "DapBuffer",
    Stakers = "Stakers",
    SwapPool = "SwapPool",
    Burned = "Burned",
    Unminted = "Unminted",
    Reporters = "Reporters",
}
