// BCF exchange: the public surface other features use (the site page's download and import).
export { BcfSection } from './BcfSection';
