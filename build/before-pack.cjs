// electron-builder hook (see electron-builder.yml): refuses to package without the better-sqlite3
// binary staged for exactly this Electron version, platform and architecture, since a missing
// extraResources file is only a warning and the installed app could not open its database.
const { readFileSync } = require('node:fs');
const path = require('node:path');
const { Arch } = require('electron-builder');

exports.default = async function beforePack(context) {
  const targetFile = path.join(context.packager.projectDir, 'out', 'native', 'target.json');
  let staged;
  try {
    staged = JSON.parse(readFileSync(targetFile, 'utf8'));
  } catch {
    throw new Error(`${targetFile} mangler: pak med "npm run package", som først gør SQLite klar til Electron.`);
  }
  const wanted = { electronVersion: context.packager.info.framework.version, platform: context.electronPlatformName, arch: Arch[context.arch] };
  for (const key of Object.keys(wanted)) {
    if (staged[key] !== wanted[key]) {
      throw new Error(`SQLite er gjort klar til ${staged[key]}, men der pakkes til ${wanted[key]} (${key}). Pak på den platform og arkitektur, installeren er til.`);
    }
  }
};
