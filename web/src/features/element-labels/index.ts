// Element QR labels: the public surface other features use (the site model page prints the sheet).
export { ElementLabelsSection } from './ElementLabelsSection';
