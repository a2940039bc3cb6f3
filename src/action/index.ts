// The action's entry: everything happens in run(), so tests can call it directly.
import { run } from './main.js';

await run();
