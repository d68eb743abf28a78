export * from './engine';
export * from './input';
export * from './types';
export * from './answers';
export * from './questions';
