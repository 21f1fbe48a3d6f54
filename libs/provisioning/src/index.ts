// Public surface of @coop/provisioning: package specs, placement, drivers, cloud-init, IaC export.
export * from './package-spec';
export * from './errors';
export * from './resource-kinds';
export * from './http/http-client';
export * from './drivers/driver';
export * from './drivers/driver-options';
export * from './drivers/create-or-adopt';
export * from './drivers/create-driver';
export * from './drivers/digitalocean/digitalocean-driver';
export * from './drivers/mailcow/mailcow-drivers';
export * from './drivers/borgbase/borgbase-driver';
export * from './drivers/sandbox/sandbox-driver';
export * from './drivers/sandbox/sandbox-store';
export * from './placement/place-resources';
