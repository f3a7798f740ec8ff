export enum BountyPallet {
    Bounties = "Bounties",
    MultiAssetBounties = "MultiAssetBounties",
}
