// Before the browser tests: one start of the packaged app migrates a database and loads the demo community into it;
// every test file's server then starts on a copy of it (see server.mjs), which saves each of them both steps.
import { prepareTemplate } from "./server.mjs";

await prepareTemplate();
