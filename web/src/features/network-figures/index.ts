// What other features use of the network figures: the link from the network homes.
export { NetworkFiguresLink } from './NetworkFiguresLink';
