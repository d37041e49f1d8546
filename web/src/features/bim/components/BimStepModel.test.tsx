// The BIM step's fallbacks: a site without a model, a device without WebGL (jsdom has none), and the site asked for.
import { screen } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { clientFor, fakeServer, renderWithClient } from '../../../test-utils';
import { BimStepModel } from './BimStepModel';

const bindings = [{ ifcClass: 'IfcWindow' }, { ifcClass: 'IfcDoor', where: [{ property: 'IsExternal', equals: true }] }];

describe(BimStepModel.name, () => {
  // A device without WebGL: no 3D context to be had.
  beforeEach(() => {
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
  });

  it('on a tablet, says the site has no model yet and lists what the step is about', async () => {
    const server = fakeServer({ data: { currentSiteModel: null } });
    renderWithClient(<BimStepModel bindings={bindings} siteMode="tablet" />, clientFor(server));
    expect(await screen.findByText(/This site has no building model yet/)).toBeTruthy();
    expect(screen.getByText('IfcWindow')).toBeTruthy();
    expect(screen.getByText(/IsExternal = true/)).toBeTruthy();
    // The tablet's own site: no site is named.
    expect(server.requests[0]!.variables).toEqual({ siteId: null });
  });

  it('without WebGL, says so instead of drawing, and still lists the elements', async () => {
    const model = { id: 'm1', siteId: 's1', version: 2, fileName: 'duplex.ifc', geometry: { url: '/sites/s1/models/m1/geometry', bytes: 1000 } };
    const server = fakeServer({ data: { sites: [{ id: 's1', name: 'Les Tilleuls' }] } }, { data: { currentSiteModel: model } });
    renderWithClient(<BimStepModel bindings={bindings} siteMode="choose" />, clientFor(server));
    expect(await screen.findByText(/cannot draw 3D views/)).toBeTruthy();
    expect(screen.getByLabelText('Site')).toHaveProperty('value', 's1');
    expect(screen.getAllByText('IfcWindow').length).toBeGreaterThan(0);
    expect(server.requests[1]!.variables).toEqual({ siteId: 's1' });
  });
});
