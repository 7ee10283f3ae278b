export * from './enums.js';
export * from './periods.js';
export * from './common.js';
export * from './auth.js';
export * from './initiatives.js';
