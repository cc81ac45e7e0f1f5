// Tells which runtime a native addon was built for, without loading it: addons export
// `node_register_module_v<ABI>`. Guards against a "successful" Electron rebuild that quietly
// compiled for Node (npm_config_nodedir in the environment does that).
import { existsSync, readFileSync } from 'node:fs';

export function builtForAbi(addonFile: string, abi: string): boolean {
  return existsSync(addonFile) && readFileSync(addonFile).includes(`node_register_module_v${abi}`);
}
