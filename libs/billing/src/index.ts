// Public surface of @coop/billing: payment gateways (Stripe, manual), dunning policy, money.
export {};
