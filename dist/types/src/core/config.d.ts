export * from './config-base.js';
