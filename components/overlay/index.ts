export { mountOverlay, HOST_TAG, isOverlayHost } from './mount';
export { dismissKey } from './model';
export { HIGHLIGHT_CSS, HIGHLIGHT_NAMES } from './highlight-style';
export type { MountOptions, OverlayHandle, OverlayState, OverlayField, ViewportRect, PanelState, PanelStateReport } from './types';
