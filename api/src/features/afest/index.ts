// What other features use of AFEST: the realised training hours per worker per month (the social clause reads them).
export { afestTrainingHours, type TrainingHoursFilter, type TrainingHoursRow } from './afest-hours.js';
