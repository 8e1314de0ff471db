// Prints the configuration table of docs/configuration.md from src/config.ts (the source of truth).
import { configKeys } from '../src/config.ts';

const rows = Object.entries(configKeys).map(([name, spec]) => {
  const values = 'values' in spec && spec.values ? ` (${spec.values.map((v) => `\`${v}\``).join(', ')})` : '';
  const def = spec.default === '' ? '*(empty)*' : `\`${String(spec.default)}\``;
  return `| \`${name}\` | ${spec.kind}${values} | ${def} | ${spec.description.replaceAll('|', '\\|')} |`;
});
process.stdout.write(`| key | type | default | description |\n|---|---|---|---|\n${rows.join('\n')}\n`);
