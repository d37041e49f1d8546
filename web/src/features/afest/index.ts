// The AFEST screens the app's routes and homes use.
export { AfestListPage } from './AfestListPage';
export { AfestPage } from './AfestPage';
export { MyAfestPage } from './MyAfestPage';
