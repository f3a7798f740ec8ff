export enum SalaryEventKind {
    Inducted = "Inducted",
    Registered = "Registered",
    Paid = "Paid",
    Swapped = "Swapped",
}
