// Tablet set-up's public surface: the manager's set-up code and the link its QR carries.
export { CreateTabletEnrolmentCodeMutation } from './tablet-setup.queries';
export { enrolmentUrl } from './enrol-tablet';
