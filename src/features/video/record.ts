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
/** Bitmaps made ahead of the frame shown, at most this many pixels (12 frames: 100 MB). */
const AHEAD_PIXELS = 12 * VIDEO_WIDTH * VIDEO_HEIGHT;

/** A frame's layer: an SVG document, drawn from the top, `height` of it (all by default). */
export interface Layer {
  svg: string;
  height?: number;
}

async function bitmapOf({ svg, height = VIDEO_HEIGHT }: Layer): Promise<ImageBitmap> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image(VIDEO_WIDTH, VIDEO_HEIGHT);
    image.src = url;
    await image.decode();
    return await createImageBitmap(image, 0, 0, VIDEO_WIDTH, height);
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
  /** A frame's layers, bottom first: a layer met again (the same map) is rasterised once. */
  render: (frame: T) => readonly Layer[],
  { signal, onStart, onProgress }: RecordOptions,
): Promise<Blob> {
  const mimeType = videoType();
  if (!mimeType) throw new Error('MediaRecorder unavailable');
  const length = scheduleLength(schedule);
  const layers: (readonly Layer[])[] = [];
  const bitmaps = new Map<string, Promise<ImageBitmap>>();
  /** Frame i's bitmaps, asked for with those of the next frames as far as AHEAD_PIXELS go. */
  const ask = (i: number) => {
    const ahead = new Set<string>();
    let pixels = 0;
    for (let j = i; j < schedule.length && (j === i || pixels < AHEAD_PIXELS); j++) {
      layers[j] ??= render(schedule[j]!.frame);
      for (const layer of layers[j]!) {
        if (ahead.has(layer.svg)) continue;
        ahead.add(layer.svg);
        pixels += VIDEO_WIDTH * (layer.height ?? VIDEO_HEIGHT);
        if (!bitmaps.has(layer.svg)) bitmaps.set(layer.svg, bitmapOf(layer));
      }
    }
    return Promise.all(layers[i]!.map((layer) => bitmaps.get(layer.svg)!));
  };
  /** Closes the bitmaps that frames from i on do not use. */
  const release = (i: number) => {
    const kept = new Set(layers.slice(i).flatMap((frame) => frame?.map((l) => l.svg) ?? []));
    for (const [svg, bitmap] of bitmaps)
      if (!kept.has(svg)) {
        bitmaps.delete(svg);
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
  let bytes = 0;
  recorder.ondataavailable = (event) => {
    if (event.data.size) chunks.push(event.data);
    bytes += event.data.size;
  };
  const stopped = new Promise<void>((resolve) => (recorder.onstop = () => resolve()));
  const show = (frame: readonly ImageBitmap[]) => {
    for (const bitmap of frame) context.drawImage(bitmap, 0, 0);
    track.requestFrame();
  };
  const aborted = () => signal.aborted;

  try {
    let current = await ask(0);
    await Promise.all(bitmaps.values());
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
        const waitedFrom = performance.now();
        current = await ask(i);
        // A frame not ready in time still gets its whole time: the clock waits with it.
        clock += performance.now() - waitedFrom;
        release(i);
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
    // The encoder starts a second or two after the recorder (measured here): a video that
    // ends sooner would come out empty, so its last frame stays until the first frames are out.
    const deadline = performance.now() + 5000;
    while (bytes < 1024 && performance.now() < deadline && !aborted()) {
      recorder.requestData();
      await sleep(100);
      show(current);
    }
    recorder.stop();
    const duration = performance.now() - started;
    await stopped;
    const webm = new Blob(chunks, { type: 'video/webm' });
    return await fixWebmDuration(webm, duration, { logger: false });
  } finally {
    if (recorder.state !== 'inactive') recorder.stop();
    track.stop();
    release(Infinity);
  }
}
