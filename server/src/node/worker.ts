// worker: analysis in a thread (filled in with the worker pool)
export {};
