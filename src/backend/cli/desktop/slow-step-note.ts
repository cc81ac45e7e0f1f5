// A first `npm start` may download or compile for minutes: say what is going on, but only when a
// step is actually slow, so a quick failure (no internet) still prints just its one line.
export async function withSlowStepNote<T>(work: Promise<T>, note: string, afterMs = 3000): Promise<T> {
  const timer = setTimeout(() => console.log(note), afterMs);
  try {
    return await work;
  } finally {
    clearTimeout(timer);
  }
}
