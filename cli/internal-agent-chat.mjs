#!/usr/bin/env node
// The admin command line: `npx internal-agent-chat setup | cleanup`. Arguments, the service and
// exit codes; the help is in help.mjs, the work in setup.mjs and cleanup.mjs, the way to Twilio
// in rest.mjs and roles-rest.mjs.
import { parseArgs } from 'node:util';
import { cleanup } from './cleanup.mjs';
import { CommandError, EXIT } from './errors.mjs';
import { CLEANUP_HELP, DEFAULT_IDLE_DAYS, SETUP_HELP, USAGE } from './help.mjs';
import { createOutput } from './output.mjs';
import { baseUrlFromEnv, credentialsFromEnv, openConversationsApi } from './rest.mjs';
import { openRolesApi } from './roles-rest.mjs';
import { setup } from './setup.mjs';

/** Each command's options (besides --help) and its help. */
const COMMANDS = {
  cleanup: { options: { service: { type: 'string' }, 'idle-days': { type: 'string' }, yes: { type: 'boolean' } }, help: CLEANUP_HELP },
  setup: { options: { service: { type: 'string' }, yes: { type: 'boolean' } }, help: SETUP_HELP },
};

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
  if (command !== 'cleanup' && command !== 'setup') throw new CommandError(`There is no command "${command}".\n\n${USAGE}`, EXIT.usage);

  const { values } = parseOptions(command, rest);
  if (values.help) {
    out.line(COMMANDS[command].help);
    return EXIT.ok;
  }
  const idleDays = command === 'cleanup' ? parseIdleDays(/** @type {string | undefined} */ (values['idle-days'])) : 0;
  const given = serviceSidFrom(command, /** @type {string | undefined} */ (values.service), env);
  const credentials = credentialsFromEnv(env);
  const baseUrl = baseUrlFromEnv(env);
  if (baseUrl) out.problem(`Talking to ${baseUrl}, not Twilio (TWILIO_CONVERSATIONS_BASE_URL is set; it is meant for tests).`);
  const apply = Boolean(values.yes);

  if (command === 'cleanup') {
    if (!given) throw missingService(command); // It deletes: never a service it was not given.
    const api = await openConversationsApi({ credentials, serviceSid: given, baseUrl });
    return cleanup({ api, serviceSid: given, idleDays, apply, out });
  }
  const api = await openRolesApi({ credentials, baseUrl });
  const serviceSid = given ?? (await api.defaultServiceSid());
  if (!serviceSid) throw missingService(command, "The account has no default Conversations service. ");
  if (!given) out.problem(`Using the account's default Conversations service, ${serviceSid} (pass --service to choose another).`);
  return setup({ api, serviceSid, apply, out });
}

/**
 * The service given with --service or TWILIO_CONVERSATIONS_SERVICE_SID, checked; undefined when
 * neither is set.
 * @param {'cleanup' | 'setup'} command
 * @param {string | undefined} option
 * @param {NodeJS.ProcessEnv} env
 */
function serviceSidFrom(command, option, env) {
  const sid = (option ?? env.TWILIO_CONVERSATIONS_SERVICE_SID ?? '').trim();
  if (sid && !/^IS[0-9a-f]{32}$/i.test(sid)) {
    throw new CommandError(
      `"${sid}" is not a Conversations service SID: those are IS followed by 32 letters and digits. ` +
        `See \`npx internal-agent-chat ${command} --help\` for how to find it.`,
      EXIT.usage,
    );
  }
  return sid || undefined;
}

/** @param {'cleanup' | 'setup'} command @param {string} [why] */
const missingService = (command, why = '') =>
  new CommandError(
    `${why}Which Conversations service? Pass --service ISxxx or set TWILIO_CONVERSATIONS_SERVICE_SID ` +
      `(\`npx internal-agent-chat ${command} --help\` says how to find the one Flex uses).`,
    EXIT.usage,
  );

/**
 * @param {'cleanup' | 'setup'} command
 * @param {string[]} args
 */
function parseOptions(command, args) {
  try {
    return parseArgs({
      args,
      options: { ...COMMANDS[command].options, help: { type: 'boolean', short: 'h' } },
      strict: true,
      allowPositionals: false,
    });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new CommandError(`${message}\nRun \`npx internal-agent-chat ${command} --help\` for the options.`, EXIT.usage);
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
