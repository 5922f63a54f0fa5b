#!/usr/bin/env node
// Serves the fictional fagsystem demo: node scripts/serve-demo.mjs [--port N] [--rebuild]
// Builds demo/dist first when its sources have changed (--rebuild forces a build).
import { startDemoServer } from '../demo/server.mjs';

function parseArgs(argv) {
  const options = { port: 5199, build: 'auto' };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--port' || arg === '-p') options.port = Number(argv[++i]);
    else if (arg.startsWith('--port=')) options.port = Number(arg.slice('--port='.length));
    else if (arg === '--rebuild') options.build = 'always';
    else if (arg === '--help' || arg === '-h') {
      console.log('Bruk: node scripts/serve-demo.mjs [--port N] [--rebuild]');
      process.exit(0);
    } else {
      console.error(`Ukjent argument: ${arg}`);
      process.exit(2);
    }
  }
  if (!Number.isInteger(options.port) || options.port < 0 || options.port > 65535) {
    console.error('Ugyldig port');
    process.exit(2);
  }
  return options;
}

const server = await startDemoServer(parseArgs(process.argv.slice(2)));
console.log(`Fagsystem-demo kjører på ${server.url}`);

let closing = false;
async function shutdown() {
  if (closing) return;
  closing = true;
  await server.close();
  process.exit(0);
}
process.on('SIGTERM', shutdown);
process.on('SIGINT', shutdown);
