/**
 * Copies text if the platform lets us. In a sandboxed iframe (opaque origin) or
 * without permission the Clipboard API throws or is missing: say so, never throw.
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (!navigator.clipboard?.writeText) return false;
    // Chromium logs a console error when a frame's permissions policy blocks the
    // call (an iframe without allow="clipboard-write"): ask first where it can tell.
    const policy = (document as { featurePolicy?: { allowsFeature(f: string): boolean } })
      .featurePolicy;
    if (policy && !policy.allowsFeature('clipboard-write')) return false;
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
