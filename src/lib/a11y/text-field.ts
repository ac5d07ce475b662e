/** Whether a key pressed at `target` is being typed into a field: single-key shortcuts stay out of it. */
export function inTextField(target: EventTarget | null): boolean {
  return (
    target instanceof Element &&
    target.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"]') !==
      null
  );
}
