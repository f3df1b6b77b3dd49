/** A piece of a short message; optional pieces are dropped, lowest priority first, until the text fits. */
export interface MessagePart {
  text: string;
  /** A salutation such as `{{firstName}},`: the next part then continues the sentence in lower case. */
  salutation?: boolean;
  /** Undefined = required. Higher numbers are kept longer. */
  priority?: number;
}

export const SMS_MAX_LENGTH = 160;
export const PUSH_MAX_LENGTH = 120;

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

function join(parts: readonly MessagePart[]): string {
  return parts
    .map((part, index) => (parts[index - 1]?.salutation ? lowerFirst(part.text.trim()) : part.text.trim()))
    .filter((text) => text !== '')
    .join(' ');
}

/**
 * Joins parts with spaces within `maxLength`, dropping optional parts from the lowest priority.
 * Returns undefined when even the required parts are too long, so the caller can shorten them.
 */
export function fitMessage(parts: readonly MessagePart[], maxLength: number): string | undefined {
  const kept = [...parts];
  let text = join(kept);
  while (text.length > maxLength) {
    let lowest = -1;
    kept.forEach((part, index) => {
      const current = kept[lowest];
      if (part.priority !== undefined && (lowest === -1 || (current?.priority ?? 0) > part.priority))
        lowest = index;
    });
    if (lowest === -1) return undefined;
    kept.splice(lowest, 1);
    text = join(kept);
  }
  return text;
}
