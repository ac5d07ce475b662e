/**
 * Records frames (SVG documents) as a WebM video: each is turned into a bitmap a few
 * frames ahead, drawn on a 1920×1080 canvas and held for its time while MediaRecorder
 * records the canvas in real time. Chrome writes no duration into the file, so it is
 * added afterwards (fix-webm-duration, loaded with this module): players then show the
 * length and can seek. Why real time and not WebCodecs: docs/decisions/0015-video-export.md.
 */
import fixWebmDuration from 'fix-webm-duration';
import { videoType } from './support';
import { frameAt, scheduleLength, VIDEO_HEIGHT, VIDEO_WIDTH, type Timed } from './schedule';

/**
 * A frame held longer is given again to the encoder this often (a keyframe now and then
 * for seeking); more often would only give a loaded machine more to drop.
 */
const KEEP_ALIVE_MS = 1000;
/** Frames turned into bitmaps ahead of the one shown (each is 8 MB at 1920×1080). */
const AHEAD = 8;

async function bitmapOf(svg: string): Promise<ImageBitmap> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image(VIDEO_WIDTH, VIDEO_HEIGHT);
    image.src = url;
    await image.decode();
    return await createImageBitmap(image);
  } finally {
    URL.revokeObjectURL(url);
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));

export interface RecordOptions {
  signal: AbortSignal;
  /** Once the first frames are ready and the recording runs, with the video's length (ms). */
  onStart: (length: number) => void;
  /** Where the recording is, in ms of the video. */
  onProgress: (elapsed: number) => void;
}

export async function recordVideo<T>(
  schedule: readonly Timed<T>[],
  render: (frame: T) => string,
  { signal, onStart, onProgress }: RecordOptions,
): Promise<Blob> {
  const mimeType = videoType();
  if (!mimeType) throw new Error('MediaRecorder unavailable');
  const length = scheduleLength(schedule);
  const bitmaps = new Map<number, Promise<ImageBitmap>>();
  const ask = (from: number) => {
    for (let i = from; i < Math.min(schedule.length, from + AHEAD); i++)
      if (!bitmaps.has(i)) bitmaps.set(i, bitmapOf(render(schedule[i]!.frame)));
  };
  const release = (below: number) => {
    for (const [i, bitmap] of bitmaps)
      if (i < below) {
        bitmaps.delete(i);
        void bitmap.then(
          (b) => b.close(),
          () => {},
        );
      }
  };

  const canvas = document.createElement('canvas');
  canvas.width = VIDEO_WIDTH;
  canvas.height = VIDEO_HEIGHT;
  // Opaque: a canvas with alpha makes Chrome encode a second (alpha) stream, twice the work.
  const context = canvas.getContext('2d', { alpha: false })!;
  const stream = canvas.captureStream(0);
  const track = stream.getVideoTracks()[0] as CanvasCaptureMediaStreamTrack;
  const recorder = new MediaRecorder(stream, { mimeType, videoBitsPerSecond: 8_000_000 });
  const chunks: Blob[] = [];
  recorder.ondataavailable = (event) => {
    if (event.data.size) chunks.push(event.data);
  };
  const stopped = new Promise<void>((resolve) => (recorder.onstop = () => resolve()));
  let current: ImageBitmap | undefined;
  const show = (bitmap: ImageBitmap) => {
    context.drawImage(bitmap, 0, 0, VIDEO_WIDTH, VIDEO_HEIGHT);
    track.requestFrame();
  };
  const aborted = () => signal.aborted;

  try {
    ask(0);
    current = await bitmaps.get(0)!;
    await Promise.all([...bitmaps.values()]);
    if (aborted()) throw signal.reason;
    show(current);
    recorder.start(KEEP_ALIVE_MS);
    const started = performance.now();
    onStart(length);
    let shown = 0;
    let given = started;
    let clock = started;
    for (;;) {
      if (aborted()) throw signal.reason;
      const elapsed = performance.now() - clock;
      if (elapsed >= length) break;
      const i = frameAt(schedule, elapsed);
      const changed = i !== shown;
      if (changed) {
        ask(i);
        const waitedFrom = performance.now();
        current = await bitmaps.get(i)!;
        // A frame not ready in time still gets its whole time: the clock waits with it.
        clock += performance.now() - waitedFrom;
        release(i);
        ask(i + 1);
        shown = i;
      }
      if (changed || performance.now() - given >= KEEP_ALIVE_MS) {
        show(current);
        given = performance.now();
      }
      onProgress(Math.min(length, performance.now() - clock));
      const next = schedule[i]!;
      await sleep(Math.min(KEEP_ALIVE_MS, next.at + next.ms - (performance.now() - clock)));
    }
    show(current);
    recorder.stop();
    const duration = performance.now() - started;
    await stopped;
    const webm = new Blob(chunks, { type: 'video/webm' });
    return await fixWebmDuration(webm, duration, { logger: false });
  } finally {
    if (recorder.state !== 'inactive') recorder.stop();
    track.stop();
    release(Infinity);
    current?.close();
  }
}
