export * from './engine';
export * from './input';
export * from './types';
