export * from './catalogue';
export * from './feared-events';
export * from './heatmap';
export * from './matrix';
export * from './scales';
export * from './scoring';
export * from './numbering';
