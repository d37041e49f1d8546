// The demo site tablet's device token: fixed and public like the demo password, so a newcomer can pair a browser as
// the site tablet. Only a demo on the embedded database in development (and test runs) has a tablet with it.
export const DEMO_TABLET_TOKEN = 'fit-demo-tablet-les-tilleuls-0123456789abcdef';
