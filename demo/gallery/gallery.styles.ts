/**
 * The gallery page's own styles (its chrome and the preview frames), with the dark theme and the
 * custom theme as the widget's tokens. Nothing here reaches into the elements' shadow roots.
 */
import { DARK_THEME, themeCss } from '../../src/theme/index.js';
import { CUSTOM_THEME_CSS } from './custom-theme.js';

const chrome = `
body {
  margin: 0;
}
.gallery {
  --chrome-text: #121c2d;
  --chrome-text-weak: #606b85;
  --chrome-background: #f4f4f6;
  --chrome-surface: #ffffff;
  --chrome-border: #e1e3ea;
  --chrome-accent: #0263e0;
  box-sizing: border-box;
  display: grid;
  grid-template-columns: 15rem minmax(0, 1fr);
  grid-template-rows: auto minmax(0, 1fr);
  min-block-size: 100vh;
  background: var(--chrome-background);
  color: var(--chrome-text);
  font-family: Inter, system-ui, sans-serif;
  font-size: 0.875rem;
  line-height: 1.4;
}
.gallery *, .gallery *::before, .gallery *::after { box-sizing: border-box; }
.gallery-bar {
  grid-column: 1 / -1;
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: 0.5rem 1.5rem;
  padding: 0.625rem 1rem;
  background: #121c2d;
  color: #ffffff;
}
.gallery-brand { display: flex; gap: 0.5rem; align-items: baseline; margin: 0; font-size: 1rem; font-weight: 600; }
.gallery-brand span { color: #cacdd8; font-weight: 400; font-size: 0.8125rem; }
.gallery-settings { display: flex; flex-wrap: wrap; gap: 0.5rem 1rem; align-items: center; margin-inline-start: auto; }
.gallery-settings fieldset { display: flex; align-items: center; gap: 0.375rem; margin: 0; padding: 0; border: 0; }
.gallery-settings legend { float: inline-start; margin-inline-end: 0.375rem; padding: 0; color: #cacdd8; font-size: 0.8125rem; }
.segmented { display: inline-flex; border: 1px solid #606b85; border-radius: 6px; overflow: hidden; }
.segmented label { position: relative; display: block; cursor: pointer; }
.segmented input { position: absolute; inset: 0; margin: 0; opacity: 0; cursor: pointer; }
.segmented span { display: block; padding: 0.25rem 0.625rem; color: #ffffff; white-space: nowrap; }
.segmented label + label span { border-inline-start: 1px solid #606b85; }
.segmented input:checked + span { background: #ffffff; color: #121c2d; font-weight: 600; }
.segmented input:focus-visible + span { outline: 2px solid #99cdff; outline-offset: -2px; }
.gallery-copy {
  padding: 0.3125rem 0.75rem;
  border: 1px solid #99cdff;
  border-radius: 6px;
  background: transparent;
  color: #ffffff;
  font: inherit;
  cursor: pointer;
}
.gallery-copy:hover { background: rgb(255 255 255 / 0.1); }
.gallery-copy:focus-visible { outline: 2px solid #99cdff; outline-offset: 2px; }
.gallery-copied { min-inline-size: 8rem; color: #cacdd8; font-size: 0.8125rem; }
.gallery-nav {
  overflow-y: auto;
  padding: 0.75rem 0.5rem 2rem;
  border-inline-end: 1px solid var(--chrome-border);
  background: var(--chrome-surface);
}
.gallery-nav h2 {
  margin: 0.75rem 0.5rem 0.25rem;
  color: var(--chrome-text-weak);
  font-size: 0.75rem;
  font-weight: 600;
  letter-spacing: 0.04em;
  text-transform: uppercase;
}
.gallery-nav ul { margin: 0; padding: 0; list-style: none; }
.gallery-nav a {
  display: block;
  padding: 0.3125rem 0.5rem;
  border-radius: 6px;
  color: inherit;
  text-decoration: none;
}
.gallery-nav a:hover { background: var(--chrome-background); }
.gallery-nav a[aria-current='page'] { background: #ebf4ff; color: #0263e0; font-weight: 600; }
.gallery-nav a:focus-visible { outline: 2px solid var(--chrome-accent); outline-offset: -2px; }
.gallery-main { align-self: start; min-inline-size: 0; padding: 1.25rem 1.5rem 2rem; }
.gallery-main h1 { margin: 0 0 0.25rem; font-size: 1.25rem; }
.gallery-description { max-inline-size: 48rem; margin: 0 0 1rem; color: var(--chrome-text-weak); }
.gallery-status { margin: 0 0 0.75rem; color: var(--chrome-text-weak); }
.gallery-status.problem { color: #d61f1f; }
.stage {
  overflow: auto;
  padding: 1.5rem;
  border: 1px solid var(--chrome-border);
  border-radius: 8px;
  background: repeating-conic-gradient(#eceef2 0% 25%, #f7f8fa 0% 50%) 0 0 / 24px 24px;
}
.stage.dark { background: repeating-conic-gradient(#0d131c 0% 25%, #111a27 0% 50%) 0 0 / 24px 24px; border-color: #394762; }
.gallery-css { margin-block-start: 1.25rem; }
.gallery-css h2 { margin: 0 0 0.5rem; font-size: 1rem; }
.gallery-css pre {
  overflow: auto;
  margin: 0;
  padding: 1rem;
  border-radius: 8px;
  background: #121c2d;
  color: #f4f4f6;
  font-size: 0.8125rem;
}
@media (max-width: 48rem) {
  .gallery { grid-template-columns: minmax(0, 1fr); grid-template-rows: auto auto minmax(0, 1fr); }
  .gallery-nav { max-block-size: 14rem; border-inline-end: 0; border-block-end: 1px solid var(--chrome-border); }
  .gallery-settings { margin-inline-start: 0; }
}

/* The preview: one frame per element, its natural size, or 360 px wide when narrow. */
.preview {
  --frame-width: 100%;
  --frame-height: auto;
  margin-inline: auto;
  inline-size: var(--frame-width);
  max-inline-size: 100%;
  color-scheme: light;
}
.preview.dark { color-scheme: dark; }
.preview[data-frame='list'] { --frame-width: 20rem; --frame-height: 36rem; }
.preview[data-frame='thread'] { --frame-width: 42rem; --frame-height: 36rem; }
.preview[data-frame='composer'] { --frame-width: 36rem; }
.preview[data-frame='attachment'] { --frame-width: 24rem; }
.preview[data-frame='avatar'] { --frame-width: 48rem; }
.preview[data-frame='widget'] { --frame-width: 72rem; --frame-height: 40rem; }
.preview[data-width='narrow'] { --frame-width: 360px; max-inline-size: none; }
.preview[data-width='narrow'][data-frame='widget'] { --frame-height: 40rem; }
.preview > *, .preview > .provider > * { display: flex; flex-direction: column; block-size: var(--frame-height); }
.preview > .provider { display: block; block-size: auto; }
.preview[data-frame='attachment'] > .provider {
  padding: 1rem;
  border-radius: 8px;
  background: var(--iac-color-background, #ffffff);
}
.preview[data-frame='avatar'] > .provider { display: grid; gap: 1px; }
.preview[data-frame='composer'] > iac-composer { display: block; }
.preview[data-frame='attachment'] iac-attachment,
.preview[data-frame='avatar'] gallery-avatars { display: block; }
`;

export const galleryCss = [
  chrome,
  themeCss(DARK_THEME, '.preview.dark'),
  CUSTOM_THEME_CSS,
].join('\n');
