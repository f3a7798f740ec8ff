/** The treasury pot: the account of PalletId "py/trsry" ("modl" + id, zero-padded to 32 bytes), as 0x-hex public key. */
export const TREASURY_ACCOUNT = '0x' + Buffer.concat([Buffer.from('modlpy/trsry'), Buffer.alloc(20)]).toString('hex')
