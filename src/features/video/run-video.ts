/**
 * Makes a video of the tour or of the time-lapse and downloads it: loaded when the
 * reader asks for one (with the export's renderer, its fonts and the fine map).
 */
import { periodToPlay, playbackMonths, type PlayMode, type Speed } from '../../lib/time/playback';
import { buildTour } from '../../modes/present/tour';
import type { AppState } from '../../state/app-state.svelte';
import { download, exportShapes } from '../export/run-export';
import { monthFrames, slideFrame } from './frames';
import { videoMessages } from './messages';
import { recordVideo, type RecordOptions } from './record';
import { playbackSchedule, tourSchedule, videoFileName, type VideoKind } from './schedule';

export async function makeVideo(
  app: AppState,
  kind: VideoKind,
  { speed, mode }: { speed: Speed; mode: PlayMode },
  options: RecordOptions,
): Promise<void> {
  const shapes = await exportShapes();
  const words = videoMessages[app.locale.messages.lang];
  if (kind === 'tour') {
    // The tour « Présenter » starts from the explorer: every campaign, in date order.
    const { slides } = buildTour(app.index.campaigns);
    const video = await recordVideo(
      tourSchedule(slides, speed),
      (slide) => slideFrame(app, shapes, slide, words),
      options,
    );
    return download(video, videoFileName(kind, speed));
  }
  // The player's months (the same whether or not it has been loaded).
  const months = playbackMonths(...periodToPlay(app.filters.range, app.index.span));
  const video = await recordVideo(
    playbackSchedule(months, speed),
    monthFrames(app, shapes, app.filters.visible, mode, words),
    options,
  );
  download(video, videoFileName(kind, speed, months));
}
