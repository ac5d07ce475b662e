/**
 * What the app says to the reader outside the views: the polite live region's
 * sentence (a selection, a filter's count) and short notices (a bad URL value, a
 * piece that failed to load) shown until dismissed.
 */
export class Announcer {
  #text = $state('');
  #notices = $state.raw<readonly string[]>([]);

  /** The live region's sentence. */
  get text(): string {
    return this.#text;
  }

  get notices(): readonly string[] {
    return this.#notices;
  }

  say(text: string): void {
    this.#text = text;
  }

  /** The same notice twice shows once. */
  notify(notice: string): void {
    if (!this.#notices.includes(notice)) this.#notices = [...this.#notices, notice];
  }

  dismiss(notice: string): void {
    this.#notices = this.#notices.filter((n) => n !== notice);
  }
}
