import { DuckDBInstance } from '@duckdb/node-api';

function literal(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}

/** Rewrites a CSV file as Parquet with DuckDB (streamed: memory does not grow with the file). */
export async function convertCsvToParquet(csvFile: string, parquetFile: string): Promise<void> {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  try {
    await connection.run(
      `COPY (SELECT * FROM read_csv(${literal(csvFile)}, header = true, all_varchar = true)) TO ${literal(parquetFile)} (FORMAT parquet, COMPRESSION zstd)`,
    );
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}
