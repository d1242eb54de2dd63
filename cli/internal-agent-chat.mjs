#!/usr/bin/env node
// The admin command line (issue 5: `npx internal-agent-chat cleanup`). Being built.
console.error('internal-agent-chat: no commands yet.');
process.exit(2);
