// The 3D view of a site's model (lazy chunk): orbit by touch, mouse or keys, storey filter, isolate, highlight,
// and the name, class and properties of a tapped element.
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import * as THREE from 'three';
import { OrbitControls } from 'three/examples/jsm/controls/OrbitControls.js';
import { useGraphQLClient } from '../../../graphql/GraphQLClientContext';
import { Button } from '../../../ui/Button';
import { RecommendedElementsQuery } from '../api/bim.queries';
import { loadCompactScene, type CompactScene } from '../compactScene';
import type { IfcElementInfo, IfcScene, MeshTag } from '../ifcScene';
import { fetchModelBytes } from '../modelCache';
import { useRuleMatches } from '../hooks/useRuleMatches';
import type { ModelViewerProps } from './ModelViewer';

const HIGHLIGHT = new THREE.MeshLambertMaterial({ color: 0xff7a00, emissive: 0x552200, side: THREE.DoubleSide });
const SELECTED = new THREE.MeshLambertMaterial({ color: 0x1d6fe0, emissive: 0x0a2a66, side: THREE.DoubleSide });
const GHOST = new THREE.MeshLambertMaterial({ color: 0xb8c0cc, transparent: true, opacity: 0.18, depthWrite: false });

interface Stage {
  renderer: THREE.WebGLRenderer;
  scene: THREE.Scene;
  camera: THREE.PerspectiveCamera;
  controls: OrbitControls;
  render: () => void;
}

type LoadState = { status: 'loading' } | { status: 'error' } | { status: 'ready'; model: IfcScene };
type Loaded = { url: string; status: 'error' } | { url: string; status: 'ready'; model: IfcScene };

interface Selection {
  info: IfcElementInfo;
  properties?: { name: string; value: string }[];
}

export default function ModelViewerCanvas({ modelUrl, geometryUrl, modelId, highlight = [], highlightRules, label }: ModelViewerProps) {
  const { t } = useTranslation();
  const client = useGraphQLClient();
  const hostRef = useRef<HTMLDivElement>(null);
  const stageRef = useRef<Stage | null>(null);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const sourceKey = `${geometryUrl ?? ''} ${modelUrl}`;
  // Whatever was loaded for another URL is stale: this one is loading.
  const load: LoadState = loaded?.url === sourceKey ? loaded : { status: 'loading' };
  const [storey, setStorey] = useState('');
  const [isolate, setIsolate] = useState(false);
  const [selection, setSelection] = useState<Selection | null>(null);
  const matched = useRuleMatches(load.status === 'ready' ? load.model : undefined, highlightRules, modelId);
  const highlightKey = (matched ?? highlight).join(',');
  const highlighted = useMemo(() => new Set(highlightKey ? highlightKey.split(',') : []), [highlightKey]);

  // The renderer lives as long as the component; the model is swapped in when loaded.
  useEffect(() => {
    const host = hostRef.current;
    if (!host) return;
    const renderer = new THREE.WebGLRenderer({ antialias: true, preserveDrawingBuffer: true });
    renderer.setPixelRatio(Math.min(window.devicePixelRatio, 2));
    renderer.setClearColor(0xeef1f5);
    const canvas = renderer.domElement;
    canvas.className = 'model-viewer__canvas';
    host.appendChild(canvas);
    const scene = new THREE.Scene();
    scene.add(new THREE.HemisphereLight(0xffffff, 0x667788, 2.2));
    const sun = new THREE.DirectionalLight(0xffffff, 1.6);
    sun.position.set(30, 60, 40);
    scene.add(sun);
    const camera = new THREE.PerspectiveCamera(45, 1, 0.1, 5000);
    camera.position.set(20, 20, 20);
    const controls = new OrbitControls(camera, canvas);
    controls.enableDamping = false;
    const render = () => renderer.render(scene, camera);
    controls.addEventListener('change', render);
    const resize = () => {
      const { clientWidth: w, clientHeight: h } = host;
      if (!w || !h) return;
      renderer.setSize(w, h, false);
      camera.aspect = w / h;
      camera.updateProjectionMatrix();
      render();
    };
    const observer = new ResizeObserver(resize);
    observer.observe(host);
    stageRef.current = { renderer, scene, camera, controls, render };
    resize();
    return () => {
      observer.disconnect();
      controls.dispose();
      renderer.dispose();
      canvas.remove();
      stageRef.current = null;
    };
  }, []);

  useEffect(() => {
    const controller = new AbortController();
    let scene: IfcScene | undefined;
    (async () => {
      const token = await client.token();
      if (geometryUrl) {
        try {
          const bytes = await fetchModelBytes(geometryUrl, { token, signal: controller.signal, cache: true });
          scene = await loadCompactScene(bytes);
        } catch (error) {
          // No geometry yet, or an unreadable one: the IFC file itself still works (online).
          if (controller.signal.aborted) throw error;
        }
      }
      if (!scene) {
        // web-ifc (3.5 MB of JS plus its wasm) only loads when there is no compact geometry to draw.
        const [{ loadIfcScene }, bytes] = await Promise.all([import('../ifcScene'), fetchModelBytes(modelUrl, { token, signal: controller.signal })]);
        scene = await loadIfcScene(bytes);
      }
      if (controller.signal.aborted) return scene.dispose();
      stageRef.current?.scene.add(scene.root);
      setLoaded({ url: sourceKey, status: 'ready', model: scene });
    })().catch(() => {
      if (!controller.signal.aborted) setLoaded({ url: sourceKey, status: 'error' });
    });
    return () => {
      controller.abort();
      if (scene) {
        stageRef.current?.scene.remove(scene.root);
        scene.dispose();
      }
    };
  }, [modelUrl, geometryUrl, sourceKey, client]);

  const model = load.status === 'ready' ? load.model : undefined;

  // Materials and visibility follow the highlight, the storey filter, isolation and the selection.
  useEffect(() => {
    const stage = stageRef.current;
    if (!model || !stage) return;
    const selectedId = selection?.info.globalId;
    model.root.traverse((object) => {
      if (!(object instanceof THREE.Mesh)) return;
      const tag = object.userData as MeshTag;
      const onStorey = !storey || model.elements.get(tag.owner)?.storey === storey;
      const isHighlighted = tag.keys.some((k) => highlighted.has(k));
      object.visible = onStorey && (!isolate || isHighlighted || highlighted.size === 0);
      object.material =
        selectedId && tag.keys.includes(selectedId)
          ? SELECTED
          : isHighlighted
            ? HIGHLIGHT
            : highlighted.size > 0 && !isolate
              ? GHOST
              : tag.baseMaterial;
    });
    stage.render();
  }, [model, storey, isolate, highlighted, selection]);

  // Frame the highlighted elements (or the whole model) when it loads or the highlight changes.
  useEffect(() => {
    if (model) frame(model, highlighted);
  }, [model, highlighted]);

  function frame(target: IfcScene, ids: Set<string>) {
    const stage = stageRef.current;
    if (!stage) return;
    const box = new THREE.Box3();
    const chosen = [...ids].flatMap((id) => target.meshes.get(id) ?? []);
    if (chosen.length) chosen.forEach((m) => box.expandByObject(m));
    else box.setFromObject(target.root);
    if (box.isEmpty()) return;
    const centre = box.getCenter(new THREE.Vector3());
    const size = box.getSize(new THREE.Vector3()).length() || 10;
    stage.controls.target.copy(centre);
    stage.camera.position.copy(centre).add(new THREE.Vector3(0.9, 0.7, 1.1).normalize().multiplyScalar(size * 1.3));
    stage.camera.near = size / 1000;
    stage.camera.far = size * 20;
    stage.camera.updateProjectionMatrix();
    stage.controls.update();
    stage.render();
  }

  function rotate(angle: number) {
    const stage = stageRef.current;
    if (!stage) return;
    const offset = stage.camera.position.clone().sub(stage.controls.target);
    offset.applyAxisAngle(new THREE.Vector3(0, 1, 0), angle);
    stage.camera.position.copy(stage.controls.target).add(offset);
    stage.controls.update();
  }

  function zoom(factor: number) {
    const stage = stageRef.current;
    if (!stage) return;
    const offset = stage.camera.position.clone().sub(stage.controls.target).multiplyScalar(factor);
    stage.camera.position.copy(stage.controls.target).add(offset);
    stage.controls.update();
  }

  const handleKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const actions: Record<string, () => void> = {
      ArrowLeft: () => rotate(-Math.PI / 12),
      ArrowRight: () => rotate(Math.PI / 12),
      '+': () => zoom(0.8),
      '=': () => zoom(0.8),
      '-': () => zoom(1.25),
    };
    const action = actions[event.key];
    if (action) {
      event.preventDefault();
      action();
    }
  };

  const handleTap = (event: React.PointerEvent<HTMLDivElement>) => {
    const stage = stageRef.current;
    if (!stage || !model) return;
    const rect = stage.renderer.domElement.getBoundingClientRect();
    const pointer = new THREE.Vector2(((event.clientX - rect.left) / rect.width) * 2 - 1, -((event.clientY - rect.top) / rect.height) * 2 + 1);
    const ray = new THREE.Raycaster();
    ray.setFromCamera(pointer, stage.camera);
    const hit = ray.intersectObject(model.root, true).find((h) => h.object.visible && h.object instanceof THREE.Mesh && h.object.material !== GHOST);
    const globalId = (hit?.object.userData as MeshTag | undefined)?.owner;
    const info = globalId ? model.elements.get(globalId) : undefined;
    if (!info) return setSelection(null);
    // The compact geometry carries the indexed properties: shown at once, offline too.
    const facts = 'facts' in model ? (model as CompactScene).facts.get(info.globalId) : undefined;
    if (facts) {
      const properties = Object.entries(facts.properties).map(([name, value]) => ({ name, value: JSON.stringify(value) }));
      if (facts.predefinedType) properties.unshift({ name: 'PredefinedType', value: facts.predefinedType });
      return setSelection({ info, properties });
    }
    setSelection({ info });
    if (modelId) {
      client
        .request(RecommendedElementsQuery, { modelId, filter: { globalIds: [info.globalId], limit: 1 } })
        .then((data) => {
          const properties = data.modelElements.items[0]?.properties ?? [];
          setSelection((current) => (current?.info.globalId === info.globalId ? { info, properties } : current));
        })
        .catch(() => undefined);
    }
  };

  // A tap, not a drag: remember where the pointer went down.
  const downAt = useRef<{ x: number; y: number } | null>(null);
  const highlightedInfo = model ? [...highlighted].map((id) => model.elements.get(id)).filter((e): e is IfcElementInfo => Boolean(e)) : [];

  return (
    <div className="model-viewer">
      <div className="model-viewer__toolbar">
        {model && model.storeys.length > 0 && (
          <label className="model-viewer__storey">
            <span>{t('bim.viewer.storey')}</span>
            <select value={storey} onChange={(e) => setStorey(e.target.value)}>
              <option value="">{t('bim.viewer.allStoreys')}</option>
              {model.storeys.map((s) => (
                <option key={s} value={s}>
                  {s}
                </option>
              ))}
            </select>
          </label>
        )}
        {highlighted.size > 0 && (
          <Button variant="secondary" aria-pressed={isolate} onClick={() => setIsolate((v) => !v)}>
            {t('bim.viewer.isolate')}
          </Button>
        )}
        <Button variant="secondary" onClick={() => rotate(-Math.PI / 12)} aria-label={t('bim.viewer.rotateLeft')}>
          ⟲
        </Button>
        <Button variant="secondary" onClick={() => rotate(Math.PI / 12)} aria-label={t('bim.viewer.rotateRight')}>
          ⟳
        </Button>
        <Button variant="secondary" onClick={() => zoom(0.8)} aria-label={t('bim.viewer.zoomIn')}>
          +
        </Button>
        <Button variant="secondary" onClick={() => zoom(1.25)} aria-label={t('bim.viewer.zoomOut')}>
          −
        </Button>
        <Button variant="secondary" onClick={() => model && frame(model, highlighted)}>
          {t('bim.viewer.frame')}
        </Button>
      </div>
      <div
        ref={hostRef}
        className="model-viewer__stage"
        role="img"
        tabIndex={0}
        aria-label={label ?? t('bim.viewer.label')}
        aria-describedby="model-viewer-help"
        data-state={load.status}
        data-source={model ? ('facts' in model ? 'geometry' : 'ifc') : undefined}
        onKeyDown={handleKeyDown}
        onPointerDown={(e) => (downAt.current = { x: e.clientX, y: e.clientY })}
        onPointerUp={(e) => {
          const start = downAt.current;
          if (start && Math.hypot(e.clientX - start.x, e.clientY - start.y) < 8) handleTap(e);
        }}
      >
        {load.status === 'loading' && <p className="model-viewer__overlay">{t('bim.viewer.loading')}</p>}
        {load.status === 'error' && (
          <p className="model-viewer__overlay" role="alert">
            {t('bim.viewer.error')}
          </p>
        )}
      </div>
      <p id="model-viewer-help" className="model-viewer__help">
        {t('bim.viewer.help')}
      </p>
      {selection && (
        <section className="model-viewer__selection" aria-live="polite" aria-label={t('bim.viewer.selected')}>
          <h3>{selection.info.name ?? selection.info.ifcClass}</h3>
          <dl>
            <dt>{t('bim.viewer.class')}</dt>
            <dd>{selection.info.ifcClass}</dd>
            {selection.info.storey && (
              <>
                <dt>{t('bim.viewer.storey')}</dt>
                <dd>{selection.info.storey}</dd>
              </>
            )}
            {selection.properties?.map((p) => (
              <div key={p.name} className="model-viewer__property">
                <dt>{p.name}</dt>
                <dd>{p.value}</dd>
              </div>
            ))}
          </dl>
        </section>
      )}
      {model && highlighted.size > 0 && (
        <section className="model-viewer__list" aria-label={t('bim.viewer.highlightedHeading', { count: highlightedInfo.length })}>
          <h3>{t('bim.viewer.highlightedHeading', { count: highlightedInfo.length })}</h3>
          <ul>
            {highlightedInfo.map((e) => (
              <li key={e.globalId}>
                {e.name ?? e.ifcClass}
                {e.storey ? ` — ${e.storey}` : ''}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}

