import { NodeTracerProvider } from '@opentelemetry/sdk-trace-node';
import type { Logger } from '../shared/logger';

export interface Telemetry {
  /** Where spans and metrics go: `azure-monitor`, or `local` (ids for log correlation, nothing exported). */
  destination: 'azure-monitor' | 'local';
  shutdown(): Promise<void>;
}

/**
 * Registers OpenTelemetry once, before the bot starts. With an Application Insights connection string the Azure
 * Monitor distro exports traces and metrics; without one a local tracer provider with no exporter only gives
 * spans their ids (log lines carry them as correlation ids) — nothing leaves the machine.
 */
export async function startTelemetry(
  connectionString: string | undefined,
  logger: Logger,
): Promise<Telemetry> {
  if (connectionString !== undefined) {
    const monitor = await import('@azure/monitor-opentelemetry');
    monitor.useAzureMonitor({
      azureMonitorExporterOptions: { connectionString },
      // Our own spans only: the automatic HTTP and Azure SDK spans would carry table URLs, and with them
      // partition and row keys, into Application Insights.
      instrumentationOptions: { azureSdk: { enabled: false }, http: { enabled: false } },
    });
    logger.info('telemetry exported to Azure Monitor');
    return { destination: 'azure-monitor', shutdown: () => monitor.shutdownAzureMonitor() };
  }
  const provider = new NodeTracerProvider();
  provider.register();
  return { destination: 'local', shutdown: () => provider.shutdown() };
}
