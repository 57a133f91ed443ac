const warned = new Set<string>();

/** One console warning per distinct message per page, however many elements hit it. */
export function warnOnce(message: string): void {
  if (warned.has(message)) return;
  warned.add(message);
  console.warn(`strike-widgets: ${message}`);
}
