// Injected by the build (scripts/build.mjs) and the test config from package.json.
declare const __ALIDOMAIN_VERSION__: string | undefined;
export const VERSION: string = typeof __ALIDOMAIN_VERSION__ === 'string' ? __ALIDOMAIN_VERSION__ : '0.0.0-dev';
