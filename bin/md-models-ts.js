#!/usr/bin/env node
// Runs the command line from the TypeScript sources through tsx, so the tool needs no build step.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../generator/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
