// A host that prefers code: mount(element, options), then the handle's setLang and unmount.
import { mount } from '../waymark.js';

window.guide = await mount(document.getElementById('guide'), { service: 'gaoling-jintie', lang: 'zh-CN' });
window.guideEvents = [];
document.getElementById('guide').addEventListener('waymark-step', (e) => window.guideEvents.push(e.detail.step));
