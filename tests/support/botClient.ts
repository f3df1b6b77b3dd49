import type { Activity } from 'botbuilder';

export interface TestUser {
  id: string;
  aadObjectId: string;
  name: string;
}

export const MARKETER: TestUser = {
  id: 'user-id-0',
  aadObjectId: '00000000-0000-0000-0000-0000000000020',
  name: 'Alex Wilber',
};
export const APPROVER: TestUser = {
  id: 'user-id-1',
  aadObjectId: '00000000-0000-0000-0000-0000000000021',
  name: 'Megan Bowen',
};
export const SECOND_APPROVER: TestUser = {
  id: 'user-id-2',
  aadObjectId: '00000000-0000-0000-0000-0000000000022',
  name: 'Adele Vance',
};
export const NOBODY: TestUser = {
  id: 'user-id-5',
  aadObjectId: '00000000-0000-0000-0000-0000000000025',
  name: 'Lynne Robbins',
};

export interface BotReply {
  status: number;
  activities: Array<Partial<Activity>>;
  /** Body of an invoke response (for `adaptiveCard/action`). */
  invokeBody?: unknown;
}

/** Posts one activity with deliveryMode expectReplies, so the replies come back in the HTTP response. */
export async function postActivity(port: number, activity: Record<string, unknown>): Promise<BotReply> {
  const response = await fetch(`http://127.0.0.1:${port}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      channelId: 'msteams',
      serviceUrl: 'http://127.0.0.1:9/',
      conversation: { id: 'conv-test', conversationType: 'personal' },
      recipient: { id: 'bot', name: 'Campaign Assistant' },
      id: `act-${Math.random().toString(36).slice(2)}`,
      timestamp: new Date().toISOString(),
      // Invoke responses always come back in the HTTP response; messages need expectReplies.
      ...(activity.type === 'invoke' ? {} : { deliveryMode: 'expectReplies' }),
      ...activity,
    }),
  });
  const text = await response.text();
  const body = text ? (JSON.parse(text) as Record<string, unknown>) : {};
  if (activity.type === 'invoke') {
    return { status: response.status, activities: [], invokeBody: body };
  }
  return { status: response.status, activities: (body.activities as Array<Partial<Activity>>) ?? [] };
}

export function say(
  port: number,
  user: TestUser,
  text: string,
  conversationId = 'conv-test',
): Promise<BotReply> {
  return postActivity(port, {
    type: 'message',
    text,
    from: { id: user.id, aadObjectId: user.aadObjectId, name: user.name },
    conversation: { id: conversationId, conversationType: 'personal' },
  });
}

export function clickAction(port: number, user: TestUser, value: unknown): Promise<BotReply> {
  return postActivity(port, {
    type: 'invoke',
    name: 'adaptiveCard/action',
    value,
    from: { id: user.id, aadObjectId: user.aadObjectId, name: user.name },
  });
}

export function cardsOf(reply: BotReply): Array<Record<string, unknown>> {
  return reply.activities.flatMap((activity) =>
    (activity.attachments ?? [])
      .filter((attachment) => attachment.contentType === 'application/vnd.microsoft.card.adaptive')
      .map((attachment) => attachment.content as Record<string, unknown>),
  );
}

export function textOf(node: unknown): string {
  if (Array.isArray(node)) return node.map(textOf).join('\n');
  if (node && typeof node === 'object') {
    return Object.entries(node as Record<string, unknown>)
      .map(([key, value]) =>
        typeof value === 'string' && (key === 'text' || key === 'value' || key === 'title')
          ? value
          : textOf(value),
      )
      .filter((part) => part !== '')
      .join('\n');
  }
  return '';
}
