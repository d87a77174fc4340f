#!/usr/bin/env node
// Runs the command line from the TypeScript sources through tsx, so the tool needs no build step.
import { register } from 'tsx/esm/api';

// A reader that stops early (`md-models-ts diff a b | head`) closes the pipe; that is not an error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

register();
const { main } = await import('../generator/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
