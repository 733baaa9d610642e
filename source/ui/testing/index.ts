export * from './keys.js';
export * from './unstyled.js';
export * from './wait.js';
export * from './render.js';
