export * from './organisations';
export * from './users';
export * from './auth';
export * from './audit';
export * from './register';
export * from './assessments';
export * from './risks';
export * from './workflow';
