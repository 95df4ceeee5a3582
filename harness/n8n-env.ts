// What n8n-core reads from the environment when first loaded: import this module before it.
import { mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';

// n8n-core writes its instance settings under N8N_USER_FOLDER.
process.env.N8N_USER_FOLDER ??= mkdtempSync(join(tmpdir(), 'n8n-test-'));
// Failed items are the point of many tests; n8n's own error log would only be noise.
process.env.N8N_LOG_LEVEL ??= 'silent';
