/** What a call is for: planning a turn, drafting copy or judging copy (logs, metrics and cost). */
export type ChatPurpose = 'plan' | 'generate' | 'judge';

export type ChatMessage =
  { role: 'system' | 'user'; content: string } | { role: 'assistant'; content: string | null };

/** A function the model may call: its parameters are a full JSON Schema with `type: "object"`. */
export interface ChatFunction {
  name: string;
  description: string;
  parameters: Record<string, unknown>;
}

export interface ChatRequest {
  purpose: ChatPurpose;
  messages: ChatMessage[];
  tools?: ChatFunction[];
  toolChoice?: 'auto' | 'required';
  parallelToolCalls?: boolean;
  /** Strict structured output: the schema must list every property as required, no extra properties. */
  jsonSchema?: { name: string; schema: Record<string, unknown> };
  temperature?: number;
  maxOutputTokens?: number;
  /** Budget for the whole call, retries and waiting for a free slot included. */
  deadlineMs?: number;
}

export interface TokenUsage {
  promptTokens: number;
  completionTokens: number;
}

/** One answer of the model, read defensively: a gateway may answer with anything. */
export interface ChatCompletion {
  /** The assistant text, when it answered in text. */
  content: string | null;
  /** The raw `tool_calls` of the assistant message (validated by the caller against the tool registry). */
  toolCalls: unknown;
  finishReason: string | undefined;
  usage: TokenUsage;
  /** US dollars for this call at the configured prices. */
  costUsd: number;
  /** The provider and model or deployment that answered, e.g. `openai:gpt-4o-mini`. */
  model: string;
}

/**
 * Port over a chat model with function calling and structured output. Adapters: Azure OpenAI and any
 * OpenAI-compatible server. Errors are AppErrors: CONFIG when the model refuses the credentials or the
 * deployment does not exist, UNAVAILABLE for everything a later try might fix.
 */
export interface ChatModel {
  readonly id: string;
  complete(request: ChatRequest): Promise<ChatCompletion>;
}
