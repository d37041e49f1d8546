// web-ifc's own bare parse, the yardstick for the element index: open the model, read every line of every element
// class once, close it.
import * as WebIfc from 'web-ifc';

export async function newIfcApi() {
  const api = new WebIfc.IfcAPI();
  await api.Init();
  api.SetLogLevel(WebIfc.LogLevel.LOG_LEVEL_OFF);
  return api;
}

export function bareParse(api, bytes) {
  const model = api.OpenModel(bytes);
  let lines = 0;
  for (const type of api.GetIfcEntityList(model)) {
    if (!api.IsIfcElement(type)) continue;
    const ids = api.GetLineIDsWithType(model, type);
    for (let i = 0; i < ids.size(); i++) {
      api.GetLine(model, ids.get(i));
      lines++;
    }
  }
  api.CloseModel(model);
  return lines;
}
