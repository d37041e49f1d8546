// The skills framework's public surface for other features: ULOs named by their titles in the reader's language.
export { useUloLabels, type UloChoice, type UloLabels } from './uloLabels';
