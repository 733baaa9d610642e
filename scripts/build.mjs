// Bundles source/cli.tsx into dist/ so start-up loads a few files instead of hundreds of modules.
// Heavy parts (the Ink app, the sandbox) are split into chunks that load only when a command needs them.
// The bundled packages' licence notices are written beside the bundle (scripts/third-party-notices.mjs).
import {build} from 'esbuild';
import {rmSync, chmodSync, writeFileSync} from 'node:fs';
import {cliBundle} from './bundle-options.mjs';
import {bundledPackages, NOTICES_FILE, thirdPartyNotices} from './third-party-notices.mjs';

rmSync('dist', {recursive: true, force: true});
const {metafile} = await build(cliBundle);
chmodSync('dist/cli.js', 0o755);
writeFileSync(`dist/${NOTICES_FILE}`, thirdPartyNotices(bundledPackages(metafile)));
