// Colour-blind-safe palette (Okabe-Ito) for charts, the same order as the server's PDF charts.
export const CHART_COLORS = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9'] as const;
