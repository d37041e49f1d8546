// What other features use of positioning: the facilitator's home section.
export { PositioningSection } from './PositioningSection';
