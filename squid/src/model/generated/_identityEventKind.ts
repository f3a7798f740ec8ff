export enum IdentityEventKind {
    IdentitySet = "IdentitySet",
    IdentityCleared = "IdentityCleared",
    IdentityKilled = "IdentityKilled",
    JudgementRequested = "JudgementRequested",
    JudgementUnrequested = "JudgementUnrequested",
    JudgementGiven = "JudgementGiven",
    SubIdentityAdded = "SubIdentityAdded",
    SubIdentitiesSet = "SubIdentitiesSet",
    SubIdentityRenamed = "SubIdentityRenamed",
    SubIdentityRemoved = "SubIdentityRemoved",
    SubIdentityRevoked = "SubIdentityRevoked",
}
