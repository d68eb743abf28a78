export * from './actions';
export * from './decisions';
export * from './states';
export * from './transition';
