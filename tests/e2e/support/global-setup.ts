import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';
import { extensionPath } from './browser';

/** The end-to-end tests load the built extension; build it when a run starts without one. */
export default function globalSetup(): void {
  if (!existsSync(`${extensionPath}/manifest.json`)) execSync('npx wxt build', { stdio: 'inherit' });
}
