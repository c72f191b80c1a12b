"""The SEL time bank: ledger, amounts, requests and posts."""
