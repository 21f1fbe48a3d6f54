export const SECRETS_CIPHER = Symbol('SECRETS_CIPHER');
