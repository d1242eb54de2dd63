/**
 * The gallery's "Custom theme": what a portal would put in its own stylesheet. Custom properties
 * only, no selectors into the widget's shadow roots. `.custom-theme` stands for any ancestor of
 * the widget (or the widget itself); the dark block pairs with however the portal switches to dark.
 */
export const CUSTOM_THEME_CSS = `.custom-theme {
  /* A green brand */
  --iac-color-brand: #0e7c3a;
  --iac-color-brand-strong: #0b602d;
  --iac-color-focus: #0e7c3a;
  --iac-color-text-link: #0e7c3a;
  --iac-color-background-selected: #edfdf3;
  /* Rounder corners */
  --iac-border-radius: 12px;
  --iac-border-radius-large: 18px;
  --iac-avatar-border-radius: 30%;
  /* Another font */
  --iac-font-family: Georgia, 'DejaVu Serif', 'Times New Roman', serif;
  --iac-font-size: 0.9375rem;
}

.custom-theme.dark {
  --iac-color-text-link: #7beaa5;
  --iac-color-focus: #7beaa5;
  --iac-color-background-selected: #0d3a1f;
}`;
