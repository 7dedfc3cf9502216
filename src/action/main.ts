// Entry point of the GitHub Action (bundled to dist/action.js): wires the runner's process into runAction().
import { runAction } from './run.js';

process.exitCode = await runAction({
  env: process.env,
  cwd: process.cwd(),
  stdout: (text) => {
    process.stdout.write(text);
  },
});
