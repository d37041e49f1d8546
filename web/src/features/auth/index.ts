// Sign-in's public surface: the login mutation, also used when a manager signs in once to set up a tablet.
export { LoginMutation } from './api/auth.queries';
