import { createWriteStream } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { dirname, relative, resolve } from 'node:path';
import { InvalidArgumentError, type Command } from 'commander';
import { SingleBar } from 'cli-progress';
import { generateSyntheticCustomers } from '../../customers/syntheticCustomers';
import { writeCustomersCsv } from '../../customers/writeCustomersCsv';
import { readCustomersFile } from '../../customers/readCustomersCsv';
import { EXIT, type CliContext } from '../cliContext';

const MAX_CUSTOMERS = 10_000_000;

function integerOption(name: string, min: number, max: number): (value: string) => number {
  return (value) => {
    const parsed = Number(value.replace(/_/g, ''));
    if (!/^\d[\d_]*$/.test(value.trim()) || !Number.isSafeInteger(parsed) || parsed < min || parsed > max) {
      throw new InvalidArgumentError(`${name} must be a whole number from ${min} to ${max}.`);
    }
    return parsed;
  };
}

/** A path as shown to the user: relative to the working folder when inside it. */
function displayPath(cwd: string, path: string): string {
  const shown = relative(cwd, path);
  return shown === '' || shown.startsWith('..') ? path : shown;
}

interface CustomersOptions {
  n: number;
  seed: number;
  out: string;
}

async function generateCustomersFile(options: CustomersOptions, context: CliContext): Promise<void> {
  const target = resolve(context.cwd, options.out);
  await mkdir(dirname(target), { recursive: true });
  const temporary = `${target}.partial`;
  const bar = new SingleBar({
    stream: context.stderr,
    format: 'customers [{bar}] {percentage}% | {value}/{total} rows | eta {eta}s',
    hideCursor: false,
  });
  bar.start(options.n, 0);
  try {
    const rows = await writeCustomersCsv(
      generateSyntheticCustomers({ count: options.n, seed: options.seed }),
      createWriteStream(temporary),
      (written) => bar.update(written),
    );
    bar.stop();
    await rename(temporary, target);
    context.stdout.write(
      `${JSON.stringify({ customers: rows, seed: options.seed, out: displayPath(context.cwd, target) })}\n`,
    );
  } catch (error) {
    bar.stop();
    await rm(temporary, { force: true });
    throw error;
  }
}

async function checkCustomersFile(file: string, context: CliContext): Promise<void> {
  const path = resolve(context.cwd, file);
  let valid = 0;
  let invalid = 0;
  for await (const _customer of readCustomersFile(path, {
    onInvalidRow: (issue) => {
      invalid += 1;
      context.stderr.write(`${displayPath(context.cwd, path)}:${issue.line}: ${issue.message}\n`);
    },
  })) {
    valid += 1;
  }
  context.stdout.write(`${JSON.stringify({ valid, invalid, file: displayPath(context.cwd, path) })}\n`);
  if (invalid > 0) context.setExitCode(EXIT.failure);
}

/** `cpo data customers` generates the synthetic customer base; `cpo data check` validates a customer CSV. */
export function registerDataCommand(program: Command, context: CliContext): void {
  const data = program.command('data').description('Generate and check sample data.');
  data
    .command('customers')
    .description('Write a deterministic synthetic customer CSV (fake names, @example.com emails).')
    .requiredOption('--n <count>', 'number of customers', integerOption('--n', 1, MAX_CUSTOMERS))
    .option('--seed <seed>', 'random seed', integerOption('--seed', 0, 2 ** 32 - 1), 42)
    .option('--out <file>', 'output CSV file', 'data/customers.csv')
    .action((options: CustomersOptions) => generateCustomersFile(options, context));
  data
    .command('check')
    .description('Validate a customer CSV; malformed rows are listed on stderr with their line numbers.')
    .option('--customers <file>', 'customer CSV file', 'data/customers.csv')
    .action((options: { customers: string }) => checkCustomersFile(options.customers, context));
}
