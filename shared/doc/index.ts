export * from './ids';
export * from './schema';
export * from './method';
export * from './circle';
export * from './meeting';
export * from './case';
