// Benchmarks of the Atelier (`cargo xtask bench` runs them, tag @bench; `cargo xtask test` does
// not), on the projector viewport: the time of a slide change measured with performance marks,
// and the frames dropped while presenting with real key presses.
import { test, expect } from "../tests/fixtures";
import { DeckWindow } from "../tests/deck-window";

test("time of a slide change (performance marks)", { tag: ["@bench", "@projector"] }, async ({ page }, testInfo) => {
  const deck = new DeckWindow(page);
  await deck.open("/atelier/1");
  // Each change: the key event, then the reactive updates (microtasks), then the style and layout
  // of the new state, forced at once; then two frames go by before the next change. Slide changes
  // and step reveals are reported apart. Long frames (over 50 ms) are counted by
  // long-animation-frame entries. Dropped frames are counted by the next benchmark, with real key
  // presses and no measuring code in the page's way.
  const figures = await page.evaluate(async () => {
    const longFrames: number[] = [];
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) longFrames.push(entry.duration);
    });
    try {
      observer.observe({ type: "long-animation-frame", buffered: false });
    } catch {
      // A browser without long-animation-frame entries reports none.
    }
    const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    const stage = document.querySelector("#deck-stage")!;
    const progress = document.querySelector('[role="progressbar"]')!;
    const slideChanges: number[] = [];
    const stepChanges: number[] = [];
    const press = async (key: string) => {
      const before = progress.getAttribute("aria-valuenow");
      const slideBefore = stage.getAttribute("aria-label");
      performance.mark("deck-change-start");
      window.dispatchEvent(new KeyboardEvent("keydown", { key, bubbles: true, cancelable: true }));
      for (let turn = 0; turn < 1000 && progress.getAttribute("aria-valuenow") === before; turn++) await null;
      for (let turn = 0; turn < 20; turn++) await null;
      stage.getBoundingClientRect();
      document.body.offsetHeight; // style and layout of the new state
      performance.mark("deck-change-end");
      const duration = performance.measure("deck-slide-change", "deck-change-start", "deck-change-end").duration;
      (stage.getAttribute("aria-label") === slideBefore ? stepChanges : slideChanges).push(duration);
      await nextFrame();
    };
    for (let round = 0; round < 3; round++) {
      const last = Number(progress.getAttribute("aria-valuemax"));
      for (let state = 0; state < last; state++) await press("ArrowRight");
      await press("Home");
      await press("End");
      await press("Home");
    }
    await nextFrame();
    observer.disconnect();
    const summary = (changes: number[]) => {
      const sorted = [...changes].sort((a, b) => a - b);
      const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
      return {
        count: sorted.length,
        medianMs: Number(at(0.5).toFixed(2)),
        p95Ms: Number(at(0.95).toFixed(2)),
        maxMs: Number(sorted[sorted.length - 1].toFixed(2)),
        over16ms: sorted.filter((duration) => duration > 16.7).length,
      };
    };
    return {
      slideChanges: summary(slideChanges),
      stepReveals: summary(stepChanges),
      longAnimationFrames: longFrames.length,
    };
  });
  console.log(`slide change (key → new slide styled and laid out): ${JSON.stringify(figures)}`);
  await testInfo.attach("slide-change-timing.json", { body: JSON.stringify(figures, null, 2), contentType: "application/json" });
  expect(figures.slideChanges.count + figures.stepReveals.count).toBeGreaterThan(100);
});

test("frames dropped while presenting with real key presses", { tag: ["@bench", "@projector"] }, async ({ page }, testInfo) => {
  // Two walks of the whole deck at 120 ms a key press, each followed by as long a quiet time.
  test.setTimeout(240_000);
  // The deck is walked as a presenter does, with real key presses (a clicker sends keys), from a
  // freshly opened presentation: the first walk is the one the audience sees. A
  // requestAnimationFrame loop records every frame; a frame more than 1.5 frame intervals after
  // the one before counts as dropped frames. Then as many frames are recorded with nothing
  // happening, to tell the machine's own noise.
  const deck = new DeckWindow(page);
  await deck.open("/atelier/1");
  await page.waitForTimeout(500);
  const startRecording = () =>
    page.evaluate(() => {
      const w = window as any;
      const frames: number[] = [];
      const recording = (w.__recording ?? 0) + 1;
      w.__frames = frames;
      w.__recording = recording;
      const record = (time: number) => {
        frames.push(time);
        if (w.__recording === recording) requestAnimationFrame(record);
      };
      requestAnimationFrame(record);
    });
  const stopRecording = async () =>
    frameFigures(
      await page.evaluate(() => {
        const w = window as any;
        w.__recording += 1;
        return w.__frames as number[];
      }),
    );
  const walks = [];
  for (let walk = 0; walk < 2; walk++) {
    await page.keyboard.press("Home");
    await page.waitForTimeout(300);
    await startRecording();
    const started = Date.now();
    const last = Number(await deck.progress().getAttribute("aria-valuemax"));
    for (let state = 0; state < last; state++) {
      await page.keyboard.press("PageDown");
      await page.waitForTimeout(120);
    }
    await page.waitForTimeout(200);
    const during = await stopRecording();
    await startRecording();
    await page.waitForTimeout(Date.now() - started);
    const idle = await stopRecording();
    walks.push({ walk: walk === 0 ? "first" : "second", keyPresses: last, ...during, droppedIdle: idle.dropped, worstIdleFrameMs: idle.worstFrameMs });
  }
  console.log(`frames while presenting (real key presses): ${JSON.stringify(walks)}`);
  await testInfo.attach("presenting-frames.json", { body: JSON.stringify(walks, null, 2), contentType: "application/json" });
  expect(walks[0].frames).toBeGreaterThan(100);
});

/** The frames recorded at `times` (requestAnimationFrame timestamps): how many, the usual
 * interval (the median), the frames dropped (a frame more than 1.5 intervals after the one before
 * stands for the frames missed in between) and the longest interval. */
function frameFigures(times: number[]) {
  const intervals = times.slice(1).map((time, index) => time - times[index]);
  const sorted = [...intervals].sort((a, b) => a - b);
  const frame = sorted[Math.floor(sorted.length / 2)];
  const dropped = intervals.reduce((sum, interval) => sum + (interval > 1.5 * frame ? Math.round(interval / frame) - 1 : 0), 0);
  return { frames: times.length, frameIntervalMs: Number(frame.toFixed(2)), dropped, worstFrameMs: Number(sorted[sorted.length - 1].toFixed(1)) };
}
