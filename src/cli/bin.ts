#!/usr/bin/env node
// Entry point of the CLI from source (`node --import tsx src/cli/bin.ts`). The published `podlint` bin is
// dist/cli.js (built from src/cli/start.ts), which runs the same code from the CommonJS bundle dist/cli.cjs.
import { runProcess } from './run.js';

await runProcess();
