// The command is built with React and Ink in production mode, so the terminal UI is timed that way too.
// Imported first by run.ts, before anything loads React.
process.env.NODE_ENV ??= 'production';
