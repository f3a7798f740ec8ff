export enum VoteKind {
    Standard = "Standard",
    Split = "Split",
    SplitAbstain = "SplitAbstain",
}
