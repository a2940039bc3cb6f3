#!/usr/bin/env node
// The CLI entry: the compiled code lives in lib/ (npm run build).
import { main } from '../lib/cli/main.js';

process.exitCode = await main(process.argv.slice(2));
