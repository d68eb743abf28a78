export * from './changes';
export * from './countries';
export * from './expiry';
export * from './transfers';
export * from './answers';
