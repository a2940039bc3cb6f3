// The script sandbox's worker thread; the bundle lives in worker/.
import './worker/index.js';
