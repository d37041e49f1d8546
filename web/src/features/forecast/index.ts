// What other features use of forecast: the planner's home links to its page.
export { ForecastLink } from './ForecastLink';
