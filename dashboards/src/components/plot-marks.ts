// Only the marks the dashboards draw, so the bundler leaves the rest of the library out.
export { barX, dot, plot, ruleX, ruleY, stackX, text } from '@observablehq/plot';
