import { z } from 'zod';
import { zodToJsonSchema } from 'zod-to-json-schema';
import { TOOL_CATALOG, TOOL_NAMES } from '../../src/tools/toolCatalog';
import { chatFunctionsOf, toolParameters } from '../../src/tools/chatFunctions';
import { createToolRegistry } from '../../src/orchestration/tools/createToolRegistry';
import { boundarySamples, jsonSchemaAccepts, type JsonSchema } from './support/jsonSchemaCheck';

const functions = createToolRegistry()
  .chatFunctions()
  .map((fn) => ({ type: 'function', function: fn }));
const parametersOf = (name: string): JsonSchema => {
  const found = functions.find((tool) => tool.function.name === name);
  if (!found?.function.parameters) throw new Error(`no function ${name}`);
  return found.function.parameters;
};

/** A minimal valid argument object for a tool: its required fields only. */
const REQUIRED_ONLY: Record<string, Record<string, unknown>> = {
  retrieve_content: { query: 'spring sale' },
};

describe('function definitions generated from the tool catalog', () => {
  it('has one function per catalog tool, in catalog order, with the catalog description', () => {
    expect(functions).toHaveLength(TOOL_NAMES.length);
    expect(functions.map((tool) => tool.function.name)).toEqual(TOOL_NAMES);
    for (const tool of functions) {
      expect(tool.type).toBe('function');
      expect(tool.function.description).toBe(
        TOOL_CATALOG[tool.function.name as keyof typeof TOOL_CATALOG].description,
      );
    }
  });

  it.each(TOOL_NAMES)(
    '%s: parameters are the zod schema as inline JSON Schema, without $schema or $ref',
    (name) => {
      const parameters = parametersOf(name);
      const { $schema: _dialect, ...expected } = zodToJsonSchema(TOOL_CATALOG[name].inputSchema as never, {
        target: 'jsonSchema7',
        $refStrategy: 'none',
      }) as Record<string, unknown>;
      expect(parameters).toEqual(expected);
      expect(parameters.type).toBe('object');
      expect(parameters.additionalProperties).toBe(false);
      expect(JSON.stringify(parameters)).not.toMatch(/"\$ref"|"\$schema"|"definitions"/);
    },
  );

  it.each(TOOL_NAMES)('%s: properties and required fields mirror the zod shape', (name) => {
    const shape = (TOOL_CATALOG[name].inputSchema as z.AnyZodObject).shape as Record<string, z.ZodTypeAny>;
    const parameters = parametersOf(name);
    expect(Object.keys(parameters.properties as object).sort()).toEqual(Object.keys(shape).sort());
    const required = Object.entries(shape)
      .filter(([, field]) => !field.isOptional())
      .map(([key]) => key)
      .sort();
    expect(((parameters.required as string[] | undefined) ?? []).slice().sort()).toEqual(required);
  });

  it.each(TOOL_NAMES)(
    '%s: the JSON Schema and the zod schema agree on boundary values of every field',
    (name) => {
      const schema = TOOL_CATALOG[name].inputSchema as z.ZodTypeAny;
      const parameters = parametersOf(name);
      const base = REQUIRED_ONLY[name] ?? {};
      const disagreements: string[] = [];
      const check = (value: Record<string, unknown>): void => {
        const byZod = schema.safeParse(value).success;
        const byJson = jsonSchemaAccepts(parameters, value);
        if (byZod !== byJson)
          disagreements.push(`${JSON.stringify(value)}: zod ${byZod}, JSON Schema ${byJson}`);
      };
      check(base);
      check({ ...base, unexpected: 1 });
      for (const [field, property] of Object.entries(parameters.properties as Record<string, JsonSchema>)) {
        for (const sample of boundarySamples(property)) check({ ...base, [field]: sample });
        const { [field]: _removed, ...withoutField } = base;
        check(withoutField);
      }
      expect(disagreements).toEqual([]);
    },
  );

  it('the agreement check notices a JSON Schema that drifted from its zod schema', () => {
    const schema = z
      .object({ n: z.number().int().max(10).optional(), s: z.string().max(3).optional() })
      .strict();
    const drifted = toolParameters(
      z.object({ n: z.number().int().max(11).optional(), s: z.string().optional() }).strict(),
    );
    const properties = drifted.properties as Record<string, JsonSchema>;
    const disagreeing = Object.entries(properties).filter(([field, property]) =>
      boundarySamples(property).some(
        (sample) =>
          schema.safeParse({ [field]: sample }).success !== jsonSchemaAccepts(drifted, { [field]: sample }),
      ),
    );
    expect(disagreeing.map(([field]) => field)).toEqual(['n', 's']);
  });

  it("carries the schemas' field descriptions, so the model knows what each argument means", () => {
    const segment = parametersOf('segment_customers').properties as Record<string, JsonSchema>;
    expect(segment.inactiveDays?.description).toMatch(/last purchase is at least this many days ago/);
    const generate = parametersOf('generate_variants').properties as Record<string, JsonSchema>;
    expect(generate.variants?.description).toMatch(/How many variants/);
    expect(generate.channel?.description).toMatch(/email, sms or push/);
  });

  it('states the enums, bounds and patterns the model must respect', () => {
    const segment = parametersOf('segment_customers').properties as Record<string, JsonSchema>;
    expect(segment.channel?.enum).toEqual(['email', 'sms', 'push']);
    expect(segment.inactiveDays).toMatchObject({ type: 'integer', minimum: 0, maximum: 3650 });
    expect(parametersOf('retrieve_content').required).toEqual(['query']);
    const generate = parametersOf('generate_variants').properties as Record<string, JsonSchema>;
    expect(generate.variants).toMatchObject({ type: 'integer', minimum: 1, maximum: 10 });
    const experiment = parametersOf('run_experiment').properties as Record<string, JsonSchema>;
    expect(experiment.action?.enum).toEqual(['launch', 'simulate', 'power']);
    expect(experiment.campaign?.pattern).toBe('^[a-z0-9][a-z0-9-_]*$');
    expect(experiment.holdout).toEqual({ type: 'boolean' });
    const help = parametersOf('help').properties as Record<string, JsonSchema>;
    expect(help.reason?.enum).toEqual(['greeting', 'out_of_scope', 'unclear', 'empty', 'explicit']);
  });

  it('follows the catalog it is given, including field descriptions and nested objects (no hand-written JSON)', () => {
    const nested = z
      .object({
        when: z.object({ from: z.string().describe('ISO date') }).strict(),
        tags: z.array(z.enum(['a', 'b'])).max(3),
      })
      .strict();
    const [fn] = chatFunctionsOf([{ name: 'demo', description: 'Demo tool.', inputSchema: nested }]);
    const tool = fn === undefined ? undefined : { function: fn };
    expect(tool?.function).toEqual({
      name: 'demo',
      description: 'Demo tool.',
      parameters: toolParameters(nested),
    });
    expect(tool?.function.parameters).toMatchObject({
      properties: {
        when: { type: 'object', properties: { from: { type: 'string', description: 'ISO date' } } },
        tags: { type: 'array', items: { type: 'string', enum: ['a', 'b'] }, maxItems: 3 },
      },
      required: ['when', 'tags'],
    });
  });

  it('inlines a schema reused twice instead of emitting a $ref', () => {
    const id = z.string().min(1);
    const parameters = toolParameters(z.object({ a: id, b: id }).strict());
    expect(parameters).toEqual({
      type: 'object',
      properties: { a: { type: 'string', minLength: 1 }, b: { type: 'string', minLength: 1 } },
      required: ['a', 'b'],
      additionalProperties: false,
    });
  });
});
