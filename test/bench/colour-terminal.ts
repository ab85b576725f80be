// The keystroke workloads render as in a colour terminal, wherever the benchmark's own output goes:
// every frame is drawn (Ink draws only the last one when CI is set) and colours are on (chalk turns
// them off when stdout is not a terminal, which would make the frames cheaper than users' frames).
// Imported before anything loads Ink.
delete process.env.CI;
delete process.env.CONTINUOUS_INTEGRATION;
delete process.env.NO_COLOR;
process.env.FORCE_COLOR = '1';
