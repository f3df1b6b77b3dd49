import { createServices, type AppServices } from '../app/createServices';
import { createTableStore } from '../app/createTableStore';
import type { CliContext } from './cliContext';

const built = new WeakMap<CliContext, Promise<AppServices>>();

/**
 * The same services the bot uses, built once per CLI invocation from its configuration (the composition
 * root for commands that read or write the table store).
 */
export function servicesOf(context: CliContext): Promise<AppServices> {
  let services = built.get(context);
  if (services === undefined) {
    const config = context.config();
    const created = createServices(config, createTableStore(config), context.logger());
    services = created.init().then(() => created);
    built.set(context, services);
  }
  return services;
}
