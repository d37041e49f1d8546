// The six demo modules, in the order a newcomer meets them in the catalogue.
import { ATTIC_INSULATION } from './attic-insulation.js';
import type { DemoModule } from './builders.js';
import { ETICS } from './etics.js';
import { HEAT_PUMP } from './heat-pump.js';
import { MVHR } from './mvhr.js';
import { U_VALUES } from './u-values.js';
import { WINDOW_AIRTIGHTNESS } from './window-airtightness.js';

export const DEMO_MODULES: DemoModule[] = [WINDOW_AIRTIGHTNESS, ETICS, ATTIC_INSULATION, MVHR, HEAT_PUMP, U_VALUES];
