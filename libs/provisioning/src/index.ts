// Public surface of @coop/provisioning: package specs, placement, drivers, cloud-init, IaC export.
export * from './package-spec';
