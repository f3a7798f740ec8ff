export * as balances from './balances/events'
export * as transactionPayment from './transaction-payment/events'
export * as identity from './identity/events'
