/** The words after a command: "/subscribe world, Tech" → ["world", "Tech"]. */
export function commandArguments(text: string): string[] {
  return text
    .replace(/^\/\S+/, '')
    .split(/[\s,]+/)
    .filter(Boolean);
}
