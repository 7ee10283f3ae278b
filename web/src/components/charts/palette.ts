// Okabe–Ito: eight colours that stay distinguishable for the common kinds of colour blindness.
// Every chart also separates series by line style, labels or order, never by colour alone.
export const OKABE_ITO = {
  black: '#000000',
  orange: '#E69F00',
  skyBlue: '#56B4E9',
  bluishGreen: '#009E73',
  yellow: '#F0E442',
  blue: '#0072B2',
  vermillion: '#D55E00',
  reddishPurple: '#CC79A7',
} as const;

/** Colours for a sequence of series (actors), darkest and most distinct first. */
export const SERIES_COLORS = [
  OKABE_ITO.blue,
  OKABE_ITO.orange,
  OKABE_ITO.bluishGreen,
  OKABE_ITO.reddishPurple,
  OKABE_ITO.skyBlue,
  OKABE_ITO.vermillion,
  OKABE_ITO.yellow,
];

/** The "all others" bucket: neutral, so it never competes with a named series. */
export const OTHERS_COLOR = '#B8BEC6';

export const CHART_COLORS = {
  value: OKABE_ITO.blue,
  /** Preliminary values: the value's blue, lighter, and always drawn dashed with hollow points. */
  preliminary: '#5A9BD0',
  trajectory: '#5F6B7A',
  trend: OKABE_ITO.vermillion,
  target: OKABE_ITO.bluishGreen,
  baseline: '#1D2733',
  meeting: OKABE_ITO.reddishPurple,
  activity: OKABE_ITO.skyBlue,
  grid: '#E3E7EC',
  axis: '#4A5563',
};

export function seriesColor(index: number): string {
  return SERIES_COLORS[index % SERIES_COLORS.length];
}
