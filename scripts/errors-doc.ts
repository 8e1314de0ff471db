// Prints the error catalogue table of docs/errors.md from src/kernel/error-codes.ts and the English messages.
import { messageTemplate } from '../src/i18n/index.ts';
import { en } from '../src/i18n/messages/en.ts';
import { errorCodes, fieldReasons } from '../src/kernel/error-codes.ts';

const msg = (key: string) => messageTemplate((en as Record<string, string>)[key] ?? '');
const codes = Object.entries(errorCodes).map(
  ([code, status]) => `| \`${code}\` | ${status} | ${msg(`error.${code}`)} |`,
);
const reasons = fieldReasons.map((r) => `| \`${r}\` | ${msg(`field.${r}`)} |`);
process.stdout.write(
  `| code | HTTP status | message (en) |\n|---|---|---|\n${codes.join('\n')}\n\n` +
    `Field reasons (in \`error.fields.<name>.reason\`):\n\n| reason | message (en) |\n|---|---|\n${reasons.join('\n')}\n`,
);
