// The command line's help: the overview and each command's page. Setup's list of permissions is
// written from chat-permissions.mjs, so the help says what the command really checks.
import { CHAT_NEEDS, ROLE_DEFAULTS, needsOf } from './chat-permissions.mjs';

export const DEFAULT_IDLE_DAYS = 30;

export const USAGE = `Usage: npx internal-agent-chat <command> [options]

Commands:
  setup      Check (and with --yes grant) the role permissions agents need for the chat
  cleanup    List (and with --yes delete) chats idle for more than N days

Run \`npx internal-agent-chat <command> --help\` for its options.`;

const ENVIRONMENT = `Environment:
  TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN           Account SID (AC...) and auth token, or
  TWILIO_ACCOUNT_SID, TWILIO_API_KEY and TWILIO_API_SECRET   an API key (SK...) and its secret.
  TWILIO_CONVERSATIONS_SERVICE_SID                   The service, when --service is not given.`;

const FINDING_THE_SERVICE = `Finding the service Flex uses: it is called "Flex Chat Service" and is the account's default
Conversations service. In the Twilio Console open Conversations > Manage > Services (or
Conversations > Defaults) and copy its SID, which starts with IS. With the Twilio CLI:
\`twilio api:conversations:v1:services:list\`.`;

export const CLEANUP_HELP = `Usage: npx internal-agent-chat cleanup [--service ISxxx] [--idle-days N] [--yes]

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

${ENVIRONMENT}

${FINDING_THE_SERVICE}

Exit codes: 0 done (a dry run included), 1 something failed (see the messages),
2 the command was called wrongly or credentials are missing.`;

/** "    createConversation    start a chat: …", one line per permission. @param {import('./chat-permissions.mjs').RoleDefault} roleDefault */
const NAME_WIDTH = Math.max(...CHAT_NEEDS.map((n) => n.permission.length)) + 2;
const needsList = (roleDefault) => needsOf(roleDefault).map((n) => `    ${n.permission.padEnd(NAME_WIDTH)}${n.for}`).join('\n');

export const SETUP_HELP = `Usage: npx internal-agent-chat setup [--service ISxxx] [--yes]

Checks that the roles of a Twilio Conversations service let agents do everything Internal
Agent Chat does. By default it is a DRY RUN: it reads the roles the service's Configuration
gives agents, prints each permission the chat needs as present or MISSING, and changes
nothing. With --yes it grants the missing permissions, and only those: a role update replaces
the role's whole list, so each role is sent every permission it has plus the missing ones.

What it checks:
  ${ROLE_DEFAULTS.service.who} (${ROLE_DEFAULTS.service.field}):
${needsList('service')}
  ${ROLE_DEFAULTS.conversation.who} (${ROLE_DEFAULTS.conversation.field})
  and ${ROLE_DEFAULTS.creator.who} (${ROLE_DEFAULTS.creator.field}), each:
${needsList('conversation')}
Reading messages, typing indicators, read state and attachments' URLs need no permission.
An agent whose Conversations user was given a role of its own instead of the service's
default is not covered: give that role the same permissions.

Options:
  --service ISxxx   The Conversations service (default: TWILIO_CONVERSATIONS_SERVICE_SID; without
                    either, the account's default Conversations service, which in a Flex account
                    is the Flex Chat Service: the command says which service it used).
  --yes             Grant what is missing. Without it nothing is changed.
  -h, --help        This help.

${ENVIRONMENT}

${FINDING_THE_SERVICE}

Exit codes: 0 nothing is missing (or --yes granted all of it), 3 a dry run found permissions
missing (run again with --yes), 1 something failed (see the messages), 2 the command was
called wrongly or credentials are missing.`;
