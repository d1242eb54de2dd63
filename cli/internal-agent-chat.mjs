#!/usr/bin/env node
// The admin command line: `npx internal-agent-chat cleanup`. Arguments, help and exit codes;
// the work is in cleanup.mjs, the way to Twilio in rest.mjs.
import { parseArgs } from 'node:util';
import { cleanup } from './cleanup.mjs';
import { CommandError, EXIT } from './errors.mjs';
import { createOutput } from './output.mjs';
import { baseUrlFromEnv, credentialsFromEnv, openConversationsApi } from './rest.mjs';

const DEFAULT_IDLE_DAYS = 30;

const USAGE = `Usage: npx internal-agent-chat <command> [options]

Commands:
  cleanup    List (and with --yes delete) chats idle for more than N days

Run \`npx internal-agent-chat cleanup --help\` for its options.`;

const CLEANUP_HELP = `Usage: npx internal-agent-chat cleanup [--service ISxxx] [--idle-days N] [--yes]

Finds the Internal Agent Chat conversations of a Twilio Conversations service whose last
activity (last message, last update or creation, whichever is latest) is older than N days.
By default it is a DRY RUN: it lists them and deletes nothing. With --yes it deletes them.

Only conversations tagged as chats in their attributes are ever considered: this widget's
{"internalAgentChat": {...}} and the original plugin's {"internalChat": "internalChat"}.
Customer conversations, anything else without the tag, and anything whose attributes cannot
be read are never deleted. Deleting a chat deletes its messages and media for both agents.

Options:
  --service ISxxx   The Conversations service (default: TWILIO_CONVERSATIONS_SERVICE_SID).
  --idle-days N     Idle for more than N days, a whole number, 1 or more (default: ${DEFAULT_IDLE_DAYS}).
  --yes             Delete what is found. Without it nothing is deleted.
  -h, --help        This help.

Environment:
  TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN           Account SID (AC...) and auth token, or
  TWILIO_ACCOUNT_SID, TWILIO_API_KEY and TWILIO_API_SECRET   an API key (SK...) and its secret.
  TWILIO_CONVERSATIONS_SERVICE_SID                   The service, when --service is not given.

Finding the service Flex uses: it is called "Flex Chat Service" and is the account's default
Conversations service. In the Twilio Console open Conversations > Manage > Services (or
Conversations > Defaults) and copy its SID, which starts with IS. With the Twilio CLI:
\`twilio api:conversations:v1:services:list\`.

Exit codes: 0 done (a dry run included), 1 something failed (see the messages),
2 the command was called wrongly or credentials are missing.`;

/**
 * @param {string[]} argv the arguments after the script
 * @param {NodeJS.ProcessEnv} env
 * @param {import('./output.mjs').Output} out
 * @returns {Promise<number>}
 */
async function main(argv, env, out) {
  const [command, ...rest] = argv;
  if (command === '--help' || command === '-h' || command === 'help') {
    out.line(USAGE);
    return EXIT.ok;
  }
  if (command === undefined) throw new CommandError(`A command is needed.\n\n${USAGE}`, EXIT.usage);
  if (command !== 'cleanup') throw new CommandError(`There is no command "${command}".\n\n${USAGE}`, EXIT.usage);

  const { values } = parseOptions(rest);
  if (values.help) {
    out.line(CLEANUP_HELP);
    return EXIT.ok;
  }

  const idleDays = parseIdleDays(values['idle-days']);
  const serviceSid = (values.service ?? env.TWILIO_CONVERSATIONS_SERVICE_SID ?? '').trim();
  if (!serviceSid) {
    throw new CommandError(
      'Which Conversations service? Pass --service ISxxx or set TWILIO_CONVERSATIONS_SERVICE_SID ' +
        '(`npx internal-agent-chat cleanup --help` says how to find the one Flex uses).',
      EXIT.usage,
    );
  }
  if (!/^IS[0-9a-f]{32}$/i.test(serviceSid)) {
    throw new CommandError(
      `"${serviceSid}" is not a Conversations service SID: those are IS followed by 32 letters and digits. ` +
        'See `npx internal-agent-chat cleanup --help` for how to find it.',
      EXIT.usage,
    );
  }
  const credentials = credentialsFromEnv(env);
  const baseUrl = baseUrlFromEnv(env);
  if (baseUrl) out.problem(`Talking to ${baseUrl}, not Twilio (TWILIO_CONVERSATIONS_BASE_URL is set; it is meant for tests).`);

  const api = await openConversationsApi({ credentials, serviceSid, baseUrl });
  return cleanup({ api, serviceSid, idleDays, apply: Boolean(values.yes), out });
}

/** @param {string[]} args */
function parseOptions(args) {
  try {
    return parseArgs({
      args,
      options: {
        service: { type: 'string' },
        'idle-days': { type: 'string' },
        yes: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new CommandError(`${message}\nRun \`npx internal-agent-chat cleanup --help\` for the options.`, EXIT.usage);
  }
}

/** @param {string | undefined} raw */
function parseIdleDays(raw) {
  if (raw === undefined) return DEFAULT_IDLE_DAYS;
  const days = /^\d+$/.test(raw.trim()) ? Number(raw) : NaN;
  if (!Number.isSafeInteger(days) || days < 1) {
    throw new CommandError(`--idle-days must be a whole number of days, 1 or more (got "${raw}").`, EXIT.usage);
  }
  return days;
}

const out = createOutput({ stdout: process.stdout, stderr: process.stderr });
main(process.argv.slice(2), process.env, out).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    if (error instanceof CommandError) {
      out.problem(error.message);
      process.exitCode = error.exitCode;
    } else {
      out.problem(`The command failed unexpectedly: ${error instanceof Error ? error.stack : String(error)}`);
      process.exitCode = EXIT.failed;
    }
  },
);
