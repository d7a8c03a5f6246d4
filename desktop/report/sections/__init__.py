"""One module per report section; each renders a part of the engine's result into flowables."""
