export * as balances from './balances/events'
export * as transactionPayment from './transaction-payment/events'
export * as assetTxPayment from './asset-tx-payment/events'
export * as assets from './assets/events'
