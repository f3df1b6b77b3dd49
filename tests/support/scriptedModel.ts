import type { ChatRequest, FakeReply } from './fakeChatCompletions';
import { jsonContent } from './fakeChatCompletions';

/** A tool call the scripted planner answers with. */
export type ScriptedCall = [string, Record<string, unknown>];

/** The current campaign the planner prompt names, as the bot filled it in ("none" when there is none). */
export function currentCampaignOf(request: ChatRequest): string | undefined {
  const system = request.body.messages[0]?.content ?? '';
  const match = /Current campaign of this conversation: "([^"]+)"/.exec(system);
  return match?.[1];
}

interface GenerationData {
  SOURCES: Array<{ id: string; body: string }>;
  REVISE?: { subject: string | null; body: string; instruction: string };
}

/** The delimited data of a generation request. */
export function generationDataOf(request: ChatRequest): GenerationData {
  const user = request.body.messages[1]?.content ?? '';
  const json = user.replace(/^<data>\n/, '').replace(/\n<\/data>$/, '');
  return JSON.parse(json) as GenerationData;
}

/**
 * A scripted model for the bot and CLI tests: planning requests (they carry tools) are answered by `plan`,
 * generation requests (structured output) with grounded drafts that cite the first source given.
 */
export function scriptedModel(
  plan: (text: string, request: ChatRequest) => ScriptedCall[],
): (request: ChatRequest) => FakeReply {
  return (request) => {
    if (request.body.tools !== undefined) {
      const text = request.body.messages.at(-1)?.content ?? '';
      return {
        kind: 'toolCalls',
        calls: plan(text, request).map(([name, args]) => ({ name, arguments: args })),
      };
    }
    if (request.body.response_format?.json_schema?.name === 'safety_judgements')
      return judgeAllClean(request);
    const system = request.body.messages[0]?.content ?? '';
    const count = Number(/write (\d+) distinct/.exec(system)?.[1] ?? '1');
    const channel = /distinct (email|sms|push) message/.exec(system)?.[1] ?? 'email';
    const data = generationDataOf(request);
    const source = data.SOURCES[0];
    if (source === undefined) return jsonContent({ variants: [], notes: ['no sources'] });
    const quote =
      source.body
        .split('\n')
        .find((line) => line.trim().length > 10)
        ?.trim() ?? source.body.slice(0, 40);
    const variants = Array.from({ length: count }, (_, index) => {
      const body =
        data.REVISE !== undefined
          ? `Short: ${quote}`
          : channel === 'sms'
            ? `Contoso Outfitters: {{firstName}}, offer ${index + 1}. Reply STOP to opt out`
            : channel === 'push'
              ? `{{firstName}}, offer ${index + 1} is waiting.`
              : `Hi {{firstName}},\n\nVariant ${index + 1}: ${quote}\n\nSee you on the trail,\nThe Contoso Outfitters team`;
      return {
        subject: channel === 'email' ? `Variant ${index + 1} for you` : null,
        body,
        citations: [{ id: source.id, quote }],
      };
    });
    return jsonContent({ variants, notes: [] });
  };
}

/** A judge that finds nothing in any text it is given (one clean judgement per id). */
function judgeAllClean(request: ChatRequest): FakeReply {
  const data = request.body.messages.map((message) => message.content).join('\n');
  const ids = [
    ...new Set([...data.matchAll(/<<<BEGIN [0-9a-f]+ id=(t\d+)>>>/g)].map((match) => match[1] ?? '')),
  ];
  const clean = { severity: 0, span: '', reason: '' };
  return jsonContent({
    judgements: ids.map((id) => ({ id, hate: clean, violence: clean, selfHarm: clean, sexual: clean })),
  });
}
