/**
 * Copies text if the platform lets us. In a sandboxed iframe (opaque origin) or
 * without permission the Clipboard API throws or is missing: say so, never throw.
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (!navigator.clipboard?.writeText) return false;
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
